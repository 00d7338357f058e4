package telltale.screening.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import telltale.api.ClientError;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.Catalogue;
import telltale.database.RowIds;
import telltale.linkage.boundary.Linkage;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.resume.boundary.Resumes;
import telltale.resume.entity.DocumentTimes;
import telltale.resume.entity.ResumeReading;
import telltale.screening.control.CaseLocks;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.control.ExplanationStore;
import telltale.screening.control.Facts;
import telltale.screening.control.IdempotencyKeys;
import telltale.screening.control.ScreeningStore;
import telltale.screening.control.Sources;
import telltale.screening.control.Timeline;
import telltale.screening.entity.CandidateCase;
import telltale.screening.entity.CaseEvent;
import telltale.screening.entity.ExplanationRequest;
import telltale.screening.entity.HeldScreening;
import telltale.screening.entity.Provenance;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.entity.Trigger;

/**
 * The use case: a profile in, a screening out and kept, with the candidate's fingerprints, in one
 * transaction. Telltale never rejects anyone; it says what to verify.
 */
@ApplicationScoped
public class Screenings {
  @Inject ChecklistEngine engine;
  @Inject ScreeningStore store;
  @Inject CaseLocks cases;
  @Inject Linkage linkage;
  @Inject Resumes resumes;
  @Inject AuditLog audit;
  @Inject Event<Screened> screened;
  @Inject ExplanationStore explanations;
  @Inject IdempotencyKeys keys;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Screening screen(CandidateProfile profile, String actor) {
    return screen(RowIds.random(), profile, actor, Ats.DEFAULT_CONNECTION, List.of());
  }

  /** Screens under a given id (webhook deliveries claim the id first). */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor) {
    return screen(id, profile, actor, Ats.DEFAULT_CONNECTION);
  }

  /**
   * Screens under a given id for an ATS connection; observers of {@link Screened} (the write-back)
   * act in this same transaction.
   */
  @Transactional
  public Screening screen(String id, CandidateProfile profile, String actor, String connection) {
    return screen(id, profile, actor, connection, List.of());
  }

  /**
   * Screens with notes on the profile's inputs for the coverage (a resume file that could not be
   * fetched). A resume file the profile carries is read first: its text screens as the resume text
   * and is signed for linkage, and neither the file nor the text is stored.
   */
  @Transactional
  public Screening screen(
      String id, CandidateProfile profile, String actor, String connection, List<String> notes) {
    return screen(id, prepare(profile), actor, connection, notes);
  }

  /**
   * A profile with its resume file read, ready to screen. Reading a file takes up to seconds, so a
   * caller that can (the background fetch worker) prepares outside any transaction and screens the
   * prepared profile in a short one.
   */
  public static final class Prepared {
    final ResumeReading reading;

    Prepared(ResumeReading reading) {
      this.reading = reading;
    }
  }

  /** Reads the profile's resume file, if it carries one; joins no transaction and opens none. */
  public Prepared prepare(CandidateProfile profile) {
    return new Prepared(resumes.read(profile));
  }

  /** Screens a prepared profile (its file read already) with notes for the coverage. */
  @Transactional
  public Screening screen(
      String id, Prepared prepared, String actor, String connection, List<String> notes) {
    ResumeReading reading = prepared.reading;
    List<String> all = new ArrayList<>(notes);
    all.addAll(reading.notes());
    CandidateProfile delivered = reading.profile();
    cases.hold(delivered.ats().name(), delivered.candidateId());
    // a later delivery replaces what its source says, and keeps what other systems added to the
    // case
    Optional<ScreeningStore.Stored> earlier =
        store.latest(delivered.ats(), delivered.candidateId());
    CandidateProfile read =
        earlier.map(e -> delivered.keepingEvidenceOf(e.profile())).orElse(delivered);
    Prints prints =
        linkage
            .prints(read)
            .with(reading.linkablePrints())
            .with(reading.read() ? List.of(linkage.fileRead(read)) : List.of());
    Arrived arrived =
        earlier
            .map(e -> new Arrived("screened", delivered, e.screening().provenance()))
            .orElse(Arrived.whole(delivered, "screened"));
    return screen(id, read, prints, reading.times(), actor, connection, all, arrived);
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
              cases.hold(earlier.ats().name(), earlier.candidateId());
              List<Interview> rounds = new ArrayList<>(earlier.interviews());
              rounds.add(round);
              CandidateProfile later = earlier.withInterviews(rounds);
              Screening again =
                  screen(
                      RowIds.random(),
                      later,
                      linkage.printsWithRecordedResume(later),
                      actor,
                      Ats.DEFAULT_CONNECTION,
                      fileNotes(stored.screening()),
                      new Arrived(
                          "observed",
                          CandidateProfile.builder(earlier.candidateId())
                              .interviews(List.of(round))
                              .build(),
                          stored.screening().provenance()));
              audit.record(
                  clock.instant().atOffset(ZoneOffset.UTC),
                  Audited.of("observed", actor)
                      .screening(screeningId)
                      .subject(linkage.subject(earlier.ats().name(), earlier.candidateId()))
                      .detail(
                          "round "
                              + round.round()
                              + ", "
                              + round.observations().size()
                              + " observations, screened again as "
                              + again.id()));
              return again;
            });
  }

  /**
   * A person marks a fired signal of a screening as explained; the candidate is screened again
   * under a new id with it explained, and it stays explained until its evidence changes.
   */
  @Transactional
  public Optional<Screening> explain(String screeningId, ExplanationRequest request, String actor) {
    return store
        .find(screeningId)
        .map(
            stored -> {
              Signal signal =
                  stored.screening().signals().stream()
                      .filter(s -> s.id().equals(request.rule().strip()))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new ClientError(
                                  409,
                                  "rule_not_fired",
                                  "The rule "
                                      + request.rule().strip()
                                      + " did not fire in screening "
                                      + screeningId
                                      + "; only a fired signal can be explained."));
              CandidateProfile profile = stored.profile();
              cases.hold(profile.ats().name(), profile.candidateId());
              explanations.put(
                  profile.ats(),
                  profile.candidateId(),
                  signal.id(),
                  new ExplanationStore.Explained(
                      linkage.evidenceKey(
                          signal.id(), engine.basis(signal.id(), profile).orElseThrow()),
                      request.reason().strip(),
                      request.reviewer().strip()),
                  screeningId,
                  clock.instant().atOffset(ZoneOffset.UTC));
              Screening again =
                  screen(
                      RowIds.random(),
                      profile,
                      linkage.printsWithRecordedResume(profile),
                      actor,
                      Ats.DEFAULT_CONNECTION,
                      fileNotes(stored.screening()),
                      new Arrived(
                          "explained",
                          CandidateProfile.builder(profile.candidateId()).build(),
                          stored.screening().provenance()));
              audit.record(
                  clock.instant().atOffset(ZoneOffset.UTC),
                  Audited.of("explained", request.reviewer().strip())
                      .screening(screeningId)
                      .subject(linkage.subject(profile.ats().name(), profile.candidateId()))
                      .detail(signal.id() + ", screened again as " + again.id()));
              return again;
            });
  }

  /**
   * What a screening was started by (the audit action) and the facts that arrived with it, over the
   * provenance of the case before.
   */
  private record Arrived(String action, CandidateProfile sent, List<Provenance> before) {
    static Arrived whole(CandidateProfile profile, String action) {
      return new Arrived(action, profile, List.of());
    }
  }

  /**
   * What the coverage said about the resume file when it was read (or not) at the earlier
   * screening: a re-screen does not read the file again, so these notes are carried forward.
   */
  static List<String> fileNotes(Screening earlier) {
    return earlier.coverage().notes().stream().filter(n -> n.startsWith(FILE_NOTE)).toList();
  }

  /** The earlier screening's file notes, then these. */
  static List<String> fileNotes(Screening earlier, List<String> more) {
    List<String> all = new ArrayList<>(fileNotes(earlier));
    all.addAll(more);
    return all;
  }

  /** How every coverage note about a resume file begins (the resume and fetch components'). */
  static final String FILE_NOTE = "Resume file: ";

  /** Screens again without a file read now: the resume file's times are not known. */
  private Screening screen(
      String id,
      CandidateProfile profile,
      Prints prints,
      String actor,
      String connection,
      List<String> notes,
      Arrived arrived) {
    return screen(id, profile, prints, DocumentTimes.NONE, actor, connection, notes, arrived);
  }

  private Screening screen(
      String id,
      CandidateProfile profile,
      Prints prints,
      DocumentTimes document,
      String actor,
      String connection,
      List<String> notes,
      Arrived arrived) {
    Instant now = clock.instant();
    // read only when a rule fires: most screenings never ask
    Supplier<Map<String, ExplanationStore.Explained>> explained =
        memoized(() -> explanations.of(profile.ats(), profile.candidateId()));
    Screening screening =
        engine
            .screen(
                id,
                profile,
                linkage.find(profile, prints),
                document,
                now,
                (rule, basis) ->
                    Optional.ofNullable(explained.get().get(rule))
                        .filter(e -> e.evidenceKey().equals(linkage.evidenceKey(rule, basis.get())))
                        .map(ExplanationStore.Explained::words))
            .withCoverageNotes(notes)
            .withProvenance(
                new Trigger(arrived.action(), actor, Sources.friendly(actor)),
                Facts.after(arrived.before(), profile, arrived.sent(), actor, now));
    store.save(screening, profile);
    screened.fire(new Screened(screening, profile, () -> store.before(screening), connection, now));
    linkage.record(profile, id, prints, now.atOffset(ZoneOffset.UTC));
    audit.record(
        now.atOffset(ZoneOffset.UTC),
        Audited.of("screened", actor)
            .screening(id)
            .subject(linkage.subject(profile.ats().name(), profile.candidateId()))
            .detail("band " + screening.band() + ", score " + screening.score()));
    return screening;
  }

  public boolean exists(String id) {
    return store.find(id).isPresent();
  }

  public Optional<Screening> find(String id) {
    return store.find(id).map(ScreeningStore.Stored::screening);
  }

  /** The profile a stored screening was made from (without resume text, which is never kept). */
  public Optional<CandidateProfile> profileOf(String id) {
    return store.find(id).map(ScreeningStore.Stored::profile);
  }

  /** The highest interview round recorded for the screened profile, 0 when none. */
  public int roundsOf(String id) {
    return store
        .find(id)
        .map(
            s ->
                s.profile().interviews().stream()
                    .map(Interview::round)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0))
        .orElse(0);
  }

  /**
   * Merges later evidence (any sections of a profile) into the candidate's latest profile, section
   * by section, and screens again under a new id; empty when the candidate was never screened.
   * Connectors name themselves as the actor ("persona", "zoom", "github"): the facts they send are
   * shown as coming from them.
   */
  @Transactional
  public Optional<Screening> addEvidence(
      Ats ats, String candidateId, CandidateProfile partial, String actor) {
    return addEvidence(ats, candidateId, partial, actor, List.of(), null);
  }

  /**
   * The same, with notes for the coverage of the new screening (a source read in the background
   * that could not be read yet, what a meeting platform left empty). Interview rounds are added to
   * the earlier ones, a source's report of a round in place of its earlier report of that round.
   */
  @Transactional
  public Optional<Screening> addEvidence(
      Ats ats, String candidateId, CandidateProfile partial, String actor, List<String> notes) {
    return addEvidence(ats, candidateId, partial, actor, notes, null);
  }

  /**
   * The same, honouring an Idempotency-Key: the same key with the same body answers with the
   * screening it made the first time, the same key with another body is refused (422).
   */
  @Transactional
  public Optional<Screening> addEvidence(
      Ats ats, String candidateId, CandidateProfile partial, String actor, Idempotency once) {
    return addEvidence(ats, candidateId, partial, actor, List.of(), once);
  }

  /**
   * With coverage notes and an Idempotency-Key (null for none). The candidate's case is locked
   * first, so concurrent evidence takes turns and no fact is lost.
   */
  private Optional<Screening> addEvidence(
      Ats ats,
      String candidateId,
      CandidateProfile partial,
      String actor,
      List<String> notes,
      Idempotency once) {
    cases.hold(ats.name(), candidateId);
    if (!store.lockCase(ats, candidateId)) {
      return Optional.empty();
    }
    String keyHash =
        once == null
            ? null
            : linkage.keyedHash(
                "idempotency", actor + "\n" + ats.name() + "\n" + candidateId + "\n" + once.key());
    String bodyHash =
        once == null
            ? null
            : linkage.keyedHash(
                "idempotency-body", new String(once.body(), StandardCharsets.UTF_8));
    if (keyHash != null) {
      Optional<IdempotencyKeys.Used> used = keys.find(keyHash);
      if (used.isPresent()) {
        if (!used.get().requestHash().equals(bodyHash)) {
          throw new ClientError(
              422,
              "idempotency_key_reused",
              "This Idempotency-Key was already used with another body; send a new key for new"
                  + " evidence.");
        }
        return store.find(used.get().screeningId()).map(ScreeningStore.Stored::screening);
      }
    }
    return store
        .latest(ats, candidateId)
        .map(
            stored -> {
              CandidateProfile merged =
                  stored
                      .profile()
                      .completedWith(partial)
                      .withInterviews(
                          Interview.added(stored.profile().interviews(), partial.interviews()));
              Screening again =
                  screen(
                      RowIds.random(),
                      merged,
                      linkage.printsWithRecordedResume(merged),
                      DocumentTimes.NONE,
                      actor,
                      Ats.DEFAULT_CONNECTION,
                      fileNotes(stored.screening(), notes),
                      new Arrived("evidence_added", partial, stored.screening().provenance()));
              OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
              if (keyHash != null) {
                keys.remember(keyHash, bodyHash, again.id(), now);
              }
              audit.record(
                  now,
                  Audited.of("evidence_added", actor)
                      .screening(again.id())
                      .subject(linkage.subject(ats.name(), candidateId))
                      .detail(
                          "screened again from "
                              + stored.screening().id()
                              + ": "
                              + String.join(", ", Facts.of(partial))));
              return again;
            });
  }

  /** A request's Idempotency-Key as sent and the body it came with. */
  public record Idempotency(String key, byte[] body) {}

  /**
   * Screens the most recent stored profiles again under another catalogue and under the current
   * one, the same way (history lookups are not replayed, so linkage rules sit out on both sides),
   * for a backtest. Nothing is stored.
   */
  public List<Rescreened> rescreen(Catalogue other, int limit) {
    ChecklistEngine candidate = engine.with(other);
    return store.recent(limit).stream()
        .map(
            stored -> {
              Screening kept = stored.screening();
              return new Rescreened(
                  kept.id(),
                  engine
                      .screen(kept.id(), stored.profile(), Links.unchecked(), kept.screenedAt())
                      .band(),
                  candidate
                      .screen(kept.id(), stored.profile(), Links.unchecked(), kept.screenedAt())
                      .band());
            })
        .toList();
  }

  /** One stored screening's band under the current catalogue and under another. */
  public record Rescreened(String screeningId, Band now, Band then) {}

  /** Removes the candidate's screenings; returns their ids (for privacy erasure). */
  public List<String> erase(Ats ats, String candidateId) {
    return store.erase(ats, candidateId);
  }

  /** Removes screenings older than the retention limit; returns how many went. */
  public int expire(OffsetDateTime before) {
    return store.expire(before);
  }

  /** Forgets Idempotency-Keys used before then; returns how many went. */
  public int expireIdempotencyKeys(OffsetDateTime before) {
    return keys.expire(before);
  }

  public List<Screening> ofCandidate(Ats ats, String candidateId) {
    return store.ofCandidate(ats, candidateId);
  }

  /** The id of the candidate's latest screening; empty when never screened. */
  public Optional<String> latestId(Ats ats, String candidateId) {
    return store.latestId(ats, candidateId);
  }

  /** The candidate a screened application belongs to; empty when no screening names it. */
  public Optional<String> candidateOfApplication(Ats ats, String applicationId) {
    return store.candidateOfApplication(ats, applicationId);
  }

  /**
   * The candidate's latest stored profile (never with resume text), for a comparison made inside
   * one request, e.g. a vendor's verified name against the candidate's; empty when never screened.
   */
  public Optional<CandidateProfile> latestProfile(Ats ats, String candidateId) {
    return store.latest(ats, candidateId).map(ScreeningStore.Stored::profile);
  }

  /** Every screening of the candidate, oldest first, with what arrived and how the band moved. */
  public List<CaseEvent> timeline(Ats ats, String candidateId) {
    return Timeline.of(store.ofCandidate(ats, candidateId));
  }

  /** Every stored screening of the candidate with its profile, newest first (subject access). */
  public List<HeldScreening> heldAbout(Ats ats, String candidateId) {
    return store.ofCandidate(ats, candidateId).stream()
        .flatMap(s -> store.find(s.id()).stream())
        .map(stored -> new HeldScreening(stored.screening(), stored.profile()))
        .toList();
  }

  /** The candidate's case: the latest screening and the timeline; empty when never screened. */
  public Optional<CandidateCase> caseOf(Ats ats, String candidateId) {
    List<Screening> newestFirst = store.ofCandidate(ats, candidateId);
    return newestFirst.stream()
        .findFirst()
        .map(latest -> new CandidateCase(ats, candidateId, latest, Timeline.of(newestFirst)));
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
