package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import telltale.database.LeasedQueue;
import telltale.database.ResultValues;
import telltale.database.RowIds;
import telltale.meetings.entity.Platform;
import telltale.profile.Ats;

/**
 * Meetings and the events seen. Meetings due to be read are claimed with FOR UPDATE SKIP LOCKED and
 * a lease, so several instances share the work and a crashed reader's meeting is read again.
 */
@ApplicationScoped
public class MeetingStore {
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final LeasedQueue QUEUE = new LeasedQueue("meeting", LEASE);

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** A stored meeting; ats and candidate empty while unmatched. */
  public record Row(
      String id,
      Platform platform,
      String meetingId,
      String meetingUuid,
      String connection,
      Ats ats,
      String candidateId,
      Integer round,
      String status,
      int attempts) {

    public boolean matched() {
      return ats != null && candidateId != null;
    }
  }

  private static final String COLUMNS =
      "id, platform, meeting_id, meeting_uuid, connection, ats, candidate_id, interview_round,"
          + " status, attempts";

  /**
   * Records a signed event's two keys (of the event, of its signature); false when either was seen
   * before (a replay).
   */
  public boolean firstTime(String eventKey, String signatureKey, Instant now) {
    long seen =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM meeting_event WHERE event_key IN (?1, ?2)")
                    .setParameter(1, eventKey)
                    .setParameter(2, signatureKey)
                    .getSingleResult())
            .longValue();
    if (seen > 0) {
      return false;
    }
    for (String key : List.of(eventKey, signatureKey)) {
      em.createNativeQuery("INSERT INTO meeting_event (event_key, received_at) VALUES (?1, ?2)")
          .setParameter(1, key)
          .setParameter(2, now.atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
    return true;
  }

  public String register(
      Platform platform, String meetingId, Ats ats, String candidateId, int round, Instant now) {
    String id = RowIds.random();
    em.createNativeQuery(
            "INSERT INTO meeting (id, platform, meeting_id, connection, ats, candidate_id,"
                + " interview_round, status, attempts, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                + " ?7, 'registered', 0, ?8)")
        .setParameter(1, id)
        .setParameter(2, platform.name())
        .setParameter(3, meetingId)
        .setParameter(4, ZoomConfig.DEFAULT)
        .setParameter(5, ats.name())
        .setParameter(6, candidateId)
        .setParameter(7, round)
        .setParameter(8, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return id;
  }

  /** Meetings of this id in a status, oldest first. */
  public List<Row> withMeetingId(Platform platform, String meetingId, String status) {
    return rows(
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM meeting WHERE platform = ?1 AND meeting_id = ?2 AND status = ?3"
                    + " ORDER BY created_at")
            .setParameter(1, platform.name())
            .setParameter(2, meetingId)
            .setParameter(3, status)
            .getResultList());
  }

  /** An ended meeting is queued to be read (a registered one, or a new, not yet matched one). */
  public void queue(
      Optional<Row> registered,
      Platform platform,
      String meetingId,
      String meetingUuid,
      String connection,
      Instant due,
      Instant now) {
    if (registered.isPresent()) {
      em.createNativeQuery(
              "UPDATE meeting SET status = 'queued', meeting_uuid = ?1, connection = ?2,"
                  + " next_attempt_at = ?3 WHERE id = ?4")
          .setParameter(1, meetingUuid)
          .setParameter(2, connection)
          .setParameter(3, due.atOffset(ZoneOffset.UTC))
          .setParameter(4, registered.get().id())
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "INSERT INTO meeting (id, platform, meeting_id, meeting_uuid, connection, status,"
                + " attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'queued', 0,"
                + " ?6, ?7)")
        .setParameter(1, RowIds.random())
        .setParameter(2, platform.name())
        .setParameter(3, meetingId)
        .setParameter(4, meetingUuid)
        .setParameter(5, connection)
        .setParameter(6, due.atOffset(ZoneOffset.UTC))
        .setParameter(7, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /**
   * A queued row learns its meeting's key from the platform's report (Teams): a meeting registered
   * under that key takes over the read (the registered row is queued with the record, the
   * placeholder goes); else the row keeps the key, so a person can register it later.
   */
  public Row rekey(Row queued, String meetingKey) {
    Optional<Row> registered =
        queued.matched()
            ? Optional.empty()
            : withMeetingId(queued.platform(), meetingKey, "registered").stream().findFirst();
    if (registered.isPresent()) {
      Row r = registered.get();
      em.createNativeQuery(
              "UPDATE meeting SET status = 'queued', meeting_uuid = ?1, connection = ?2,"
                  + " attempts = ?3 WHERE id = ?4")
          .setParameter(1, queued.meetingUuid())
          .setParameter(2, queued.connection())
          .setParameter(3, queued.attempts())
          .setParameter(4, r.id())
          .executeUpdate();
      forget(queued);
      return new Row(
          r.id(),
          r.platform(),
          meetingKey,
          queued.meetingUuid(),
          queued.connection(),
          r.ats(),
          r.candidateId(),
          r.round(),
          "queued",
          queued.attempts());
    }
    em.createNativeQuery("UPDATE meeting SET meeting_id = ?1 WHERE id = ?2")
        .setParameter(1, meetingKey)
        .setParameter(2, queued.id())
        .executeUpdate();
    return new Row(
        queued.id(),
        queued.platform(),
        meetingKey,
        queued.meetingUuid(),
        queued.connection(),
        queued.ats(),
        queued.candidateId(),
        queued.round(),
        queued.status(),
        queued.attempts());
  }

  /** Removes one row (a platform record that is no meeting). */
  public void forget(Row row) {
    em.createNativeQuery("DELETE FROM meeting WHERE id = ?1")
        .setParameter(1, row.id())
        .executeUpdate();
  }

  /** A person assigns an unmatched meeting to a candidate's round; it is read again now. */
  public void assign(Row unmatched, Ats ats, String candidateId, int round, Instant now) {
    em.createNativeQuery(
            "UPDATE meeting SET ats = ?1, candidate_id = ?2, interview_round = ?3, status = 'queued',"
                + " attempts = 0, next_attempt_at = ?4 WHERE id = ?5")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .setParameter(3, round)
        .setParameter(4, now.atOffset(ZoneOffset.UTC))
        .setParameter(5, unmatched.id())
        .executeUpdate();
  }

  /** Claims up to {@code limit} due meetings, leasing them for {@link #LEASE}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Row> claim(Instant now, int limit) {
    return rows(QUEUE.claim(em, COLUMNS, now, limit));
  }

  /** Joins the caller's transaction: read into a screening, or unmatched. */
  public void finish(Row row, String status, Ats ats, String candidateId, String screeningId) {
    em.createNativeQuery(
            "UPDATE meeting SET status = ?1, ats = ?2, candidate_id = ?3, screening_id = ?4,"
                + " next_attempt_at = NULL WHERE id = ?5 AND status = 'queued'")
        .setParameter(1, status)
        .setParameter(2, ats == null ? null : ats.name())
        .setParameter(3, candidateId)
        .setParameter(4, screeningId)
        .setParameter(5, row.id())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retryLater(Row row, Instant next) {
    QUEUE.later(em, row.id(), next, true);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void giveUp(Row row) {
    em.createNativeQuery(
            "UPDATE meeting SET status = 'failed', next_attempt_at = NULL"
                + " WHERE id = ?1 AND status = 'queued'")
        .setParameter(1, row.id())
        .executeUpdate();
  }

  /**
   * A polled meeting the platform has not reported yet is looked for again at {@code next}; the
   * failure count starts over, since the platform did answer.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void pollLater(Row row, Instant next) {
    em.createNativeQuery(
            "UPDATE meeting SET attempts = 0, next_attempt_at = ?1 WHERE id = ?2"
                + " AND status = 'queued'")
        .setParameter(1, next.atOffset(ZoneOffset.UTC))
        .setParameter(2, row.id())
        .executeUpdate();
  }

  /** A polled meeting the platform never reported within the polling time is given up. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void pollExpired(Row row) {
    em.createNativeQuery(
            "UPDATE meeting SET status = 'expired', next_attempt_at = NULL"
                + " WHERE id = ?1 AND status = 'queued'")
        .setParameter(1, row.id())
        .executeUpdate();
  }

  /** When the meeting was registered (or first seen). */
  public Optional<Instant> createdAt(String id) {
    List<?> found =
        em.createNativeQuery("SELECT created_at FROM meeting WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return found.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(ResultValues.instant(found.get(0)));
  }

  public Optional<Row> find(String id) {
    return rows(
            em.createNativeQuery("SELECT " + COLUMNS + " FROM meeting WHERE id = ?1")
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst();
  }

  /** A candidate's meetings, in the order they were registered or seen. */
  public List<Row> ofCandidate(Ats ats, String candidateId) {
    return rows(
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM meeting WHERE ats = ?1 AND candidate_id = ?2 ORDER BY created_at, id")
            .setParameter(1, ats.name())
            .setParameter(2, candidateId)
            .getResultList());
  }

  /** Removes a candidate's meetings; returns how many went. */
  public int erase(Ats ats, String candidateId) {
    return em.createNativeQuery("DELETE FROM meeting WHERE ats = ?1 AND candidate_id = ?2")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .executeUpdate();
  }

  /** Removes meetings created before one time and events received before another. */
  public int expire(OffsetDateTime meetingsBefore, OffsetDateTime eventsBefore) {
    return em.createNativeQuery("DELETE FROM meeting WHERE created_at < ?1")
            .setParameter(1, meetingsBefore)
            .executeUpdate()
        + em.createNativeQuery("DELETE FROM meeting_event WHERE received_at < ?1")
            .setParameter(1, eventsBefore)
            .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private static List<Row> rows(List<?> result) {
    List<Row> rows = new ArrayList<>();
    for (Object[] r : (List<Object[]>) result) {
      rows.add(
          new Row(
              (String) r[0],
              Platform.valueOf((String) r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              r[5] == null ? null : Ats.valueOf((String) r[5]),
              (String) r[6],
              r[7] == null ? null : ((Number) r[7]).intValue(),
              (String) r[8],
              ((Number) r[9]).intValue()));
    }
    return rows;
  }
}
