package telltale.screening.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import telltale.audit.control.AuditLog;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.History;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.control.ScreeningStore;
import telltale.screening.entity.Ats;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;
import telltale.writeback.control.Intents;
import telltale.writeback.control.WriteBackConfig;

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
    return screen(UUID.randomUUID().toString(), profile, actor);
  }

  /** Screens under a given id (webhook deliveries claim the id first). */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor) {
    return screen(id, profile, actor, WriteBackConfig.DEFAULT_CONNECTION);
  }

  /**
   * Screens under a given id for an ATS connection; when that connection writes back and the band
   * or signals changed, the write-back is stored in this same transaction.
   */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor, String connection) {
    Instant now = clock.instant();
    var signature = shingles.of(profile.resumeText());
    History.Prints prints =
        new History.Prints(
            fingerprinter.of(profile),
            fingerprinter.nameKey(profile),
            signature.size() >= MIN_SHINGLES
                ? Optional.of(MinHash.signature(signature))
                : Optional.empty());
    Screening screening = engine.screen(id, profile, history.find(profile, prints), now);
    Screening previous = store.latest(profile.ats(), profile.candidateId()).orElse(null);
    store.save(screening, profile);
    writeBack.afterScreening(screening, previous, connection, now);
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

  public List<Screening> ofCandidate(Ats ats, String candidateId) {
    return store.ofCandidate(ats, candidateId);
  }
}
