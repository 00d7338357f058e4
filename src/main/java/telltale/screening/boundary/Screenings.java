package telltale.screening.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import telltale.audit.control.AuditLog;
import telltale.database.RowIds;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.History;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.control.ScreeningStore;
import telltale.screening.entity.Ats;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Interview;
import telltale.screening.entity.Screening;
import telltale.writeback.control.Intents;

/**
 * The use case: a profile in, a screening out and kept, with the candidate's fingerprints, in one
 * transaction. Telltale never rejects anyone; it says what to verify.
 */
@ApplicationScoped
public class Screenings {
  /** Fewer distinct shingles than this and a resume is too short to compare. */
  static final int MIN_SHINGLES = 10;

  @Inject ChecklistEngine engine;
  @Inject ScreeningStore store;
  @Inject History history;
  @Inject Fingerprinter fingerprinter;
  @Inject Shingles shingles;
  @Inject AuditLog audit;
  @Inject Intents writeBack;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Screening screen(CandidateProfile profile, String actor) {
    return screen(RowIds.random(), profile, actor);
  }

  /** Screens under a given id (webhook deliveries claim the id first). */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor) {
    return screen(id, profile, actor, Ats.DEFAULT_CONNECTION);
  }

  /**
   * Screens under a given id for an ATS connection; when that connection writes back and the band
   * or signals changed, the write-back is stored in this same transaction.
   */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor, String connection) {
    var signature = shingles.of(profile.resumeText());
    return screen(
        id,
        profile,
        signature.size() >= MIN_SHINGLES
            ? Optional.of(MinHash.signature(signature))
            : Optional.empty(),
        actor,
        connection);
  }

  /**
   * Adds an interview round to a screened candidate and screens again under a new id. The stored
   * profile has no resume text, so the candidate's recorded resume signature is carried forward:
   * the resume is compared as before and stays linkable.
   */
  @Transactional
  public Optional<Screening> observe(String screeningId, Interview round, String actor) {
    return store
        .find(screeningId)
        .map(
            stored -> {
              CandidateProfile earlier = stored.profile();
              List<Interview> rounds = new ArrayList<>(earlier.interviews());
              rounds.add(round);
              Screening again =
                  screen(
                      RowIds.random(),
                      earlier.withInterviews(rounds),
                      history.resumeSignature(earlier.ats().name(), earlier.candidateId()),
                      actor,
                      Ats.DEFAULT_CONNECTION);
              audit.record(
                  clock.instant().atOffset(ZoneOffset.UTC),
                  "observed",
                  actor,
                  screeningId,
                  fingerprinter.subject(earlier.ats().name(), earlier.candidateId()),
                  "round "
                      + round.round()
                      + ", "
                      + round.observations().size()
                      + " observations, screened again as "
                      + again.id());
              return again;
            });
  }

  private Screening screen(
      String id,
      CandidateProfile profile,
      Optional<int[]> resume,
      String actor,
      String connection) {
    Instant now = clock.instant();
    History.Prints prints =
        new History.Prints(fingerprinter.of(profile), fingerprinter.nameKey(profile), resume);
    Screening screening = engine.screen(id, profile, history.find(profile, prints), now);
    store.save(screening, profile);
    writeBack.afterScreening(screening, () -> store.before(screening), connection, now);
    history.record(profile, id, prints, now.atOffset(ZoneOffset.UTC));
    audit.record(
        now.atOffset(ZoneOffset.UTC),
        "screened",
        actor,
        id,
        fingerprinter.subject(profile.ats().name(), profile.candidateId()),
        "band " + screening.band() + ", score " + screening.score());
    return screening;
  }

  public Optional<Screening> find(String id) {
    return store.find(id).map(ScreeningStore.Stored::screening);
  }

  /** The highest interview round recorded for the screened profile, 0 when none. */
  public int roundsOf(String id) {
    return store
        .find(id)
        .map(
            s ->
                s.profile().interviews().stream()
                    .map(Interview::round)
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0))
        .orElse(0);
  }

  public List<Screening> ofCandidate(Ats ats, String candidateId) {
    return store.ofCandidate(ats, candidateId);
  }
}
