package telltale.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows every store holds about one candidate, read for a subject access request: each table by
 * the candidate or by the candidate's screenings, every column a person could ask about.
 */
@ApplicationScoped
public class HeldRows {
  private static final String OF_SCREENINGS =
      " IN (SELECT id FROM screening WHERE ats = ?1 AND candidate_id = ?2)";

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** Rows of one kind, each a map of column to value, times as ISO-8601 instants. */
  public Map<String, List<Map<String, Object>>> about(
      String ats, String candidateId, String subject) {
    Map<String, List<Map<String, Object>>> held = new LinkedHashMap<>();
    held.put(
        "webhookDeliveries",
        rows(
            "SELECT ats, connection, received_at, status, screening_id FROM webhook_delivery"
                + " WHERE screening_id"
                + OF_SCREENINGS,
            List.of("ats", "connection", "receivedAt", "status", "screeningId"),
            ats,
            candidateId,
            subject));
    held.put(
        "outcomes",
        rows(
            "SELECT screening_id, outcome, reviewer, reason, recorded_at FROM screening_outcome"
                + " WHERE screening_id"
                + OF_SCREENINGS,
            List.of("screeningId", "outcome", "reviewer", "reason", "recordedAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "explanations",
        rows(
            "SELECT rule_id, reason, reviewer, screening_id, created_at FROM explanation"
                + " WHERE ats = ?1 AND candidate_id = ?2",
            List.of("rule", "reason", "reviewer", "screeningId", "createdAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "writeBacks",
        rows(
            "SELECT screening_id, connection, kind, status, created_at, delivered_at, request_json"
                + " FROM writeback_outbox WHERE screening_id"
                + OF_SCREENINGS,
            List.of(
                "screeningId", "connection", "kind", "status", "createdAt", "deliveredAt", "sent"),
            ats,
            candidateId,
            subject));
    held.put(
        "fingerprints",
        rows(
            "SELECT kind, hash, screening_id, created_at FROM fingerprint"
                + " WHERE ats = ?1 AND candidate_id = ?2",
            List.of("kind", "keyedHash", "screeningId", "createdAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "resumeSignatures",
        rows(
            "SELECT screening_id, created_at FROM resume_signature"
                + " WHERE ats = ?1 AND candidate_id = ?2",
            List.of("screeningId", "createdAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "idempotencyKeys",
        rows(
            "SELECT screening_id, created_at FROM idempotency_key WHERE screening_id"
                + OF_SCREENINGS,
            List.of("screeningId", "createdAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "footprintReads",
        rows(
            "SELECT site, login, status, attempts, created_at FROM footprint_job"
                + " WHERE ats = ?1 AND candidate_id = ?2",
            List.of("site", "account", "status", "attempts", "createdAt"),
            ats,
            candidateId,
            subject));
    held.put(
        "interviewMeetings",
        rows(
            "SELECT platform, meeting_id, interview_round, status, created_at, screening_id"
                + " FROM meeting WHERE ats = ?1 AND candidate_id = ?2",
            List.of("platform", "meeting", "round", "status", "createdAt", "screeningId"),
            ats,
            candidateId,
            subject));
    held.put(
        "audit",
        rows(
            "SELECT at, action, actor, screening_id, detail FROM audit_log WHERE subject = ?3"
                + " OR screening_id"
                + OF_SCREENINGS
                + " ORDER BY at",
            List.of("at", "action", "actor", "screeningId", "detail"),
            ats,
            candidateId,
            subject));
    return held;
  }

  private List<Map<String, Object>> rows(
      String sql, List<String> names, String ats, String candidateId, String subject) {
    var query = em.createNativeQuery(sql).setParameter(1, ats).setParameter(2, candidateId);
    if (sql.contains("?3")) {
      query.setParameter(3, subject);
    }
    List<?> found = query.getResultList();
    return found.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .map(
            columns -> {
              Map<String, Object> named = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                named.put(names.get(i), plain(columns[i]));
              }
              return named;
            })
        .toList();
  }

  private static Object plain(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (value == null || value instanceof Number || value instanceof String) {
      return value;
    }
    return value.toString();
  }
}
