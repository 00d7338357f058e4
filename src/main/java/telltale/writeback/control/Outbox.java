package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.database.Backlog;
import telltale.database.ResultValues;
import telltale.database.RowIds;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.OutboxItem;
import telltale.writeback.entity.OutboxStatus;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

/**
 * The write-back outbox table. Items are added in the screening's transaction; a dispatcher claims
 * due items with SELECT … FOR UPDATE SKIP LOCKED (instances never wait on each other's rows) and
 * marks them dispatching under a lease with a fresh token; only the holder of that token can
 * complete the item. A lease that runs out (the instance died mid-call) makes the item due again.
 */
@ApplicationScoped
public class Outbox {
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final String COLUMNS =
      "id, screening_id, ats, connection, kind, status, attempts, next_attempt_at, last_error,"
          + " created_at, delivered_at";

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  @Inject AuditLog audit;

  /** A claimed item: send it, then complete it with its token. */
  public record Claim(
      String id,
      String token,
      String ats,
      String connection,
      WriteBackStep kind,
      int attempts,
      WriteBackRequest request) {}

  /** Stores the intent; joins the caller's transaction (the screening's). */
  @Transactional
  public void add(
      Connection connection, WriteBackStep kind, WriteBackRequest request, Instant now) {
    em.createNativeQuery(
            "INSERT INTO writeback_outbox (id, screening_id, ats, connection, kind, status,"
                + " attempts, next_attempt_at, request_json, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7, ?8)")
        .setParameter(1, RowIds.random())
        .setParameter(2, request.screeningId())
        .setParameter(3, connection.ats().name())
        .setParameter(4, connection.name())
        .setParameter(5, kind.name())
        .setParameter(6, ResultValues.utc(now))
        .setParameter(7, JSON.toJson(request))
        .setParameter(8, ResultValues.utc(now))
        .executeUpdate();
  }

  /** Claims up to limit due items for this instance, each under a lease. */
  @Transactional
  public List<Claim> claim(Instant now, int limit, Duration lease) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, ats, connection, kind, attempts, request_json FROM writeback_outbox"
                    + " WHERE (status = 'pending' AND next_attempt_at <= ?1)"
                    + " OR (status = 'dispatching' AND lease_until <= ?2)"
                    + " ORDER BY next_attempt_at FETCH FIRST "
                    + Math.max(1, limit)
                    + " ROWS ONLY FOR UPDATE SKIP LOCKED")
            .setParameter(1, ResultValues.utc(now))
            .setParameter(2, ResultValues.utc(now))
            .getResultList();
    List<Claim> claims = new ArrayList<>();
    for (Object[] row : rows) {
      String id = (String) row[0];
      String token = RowIds.random();
      em.createNativeQuery(
              "UPDATE writeback_outbox SET status = 'dispatching', lease_token = ?1,"
                  + " lease_until = ?2, attempts = attempts + 1 WHERE id = ?3")
          .setParameter(1, token)
          .setParameter(2, ResultValues.utc(now.plus(lease)))
          .setParameter(3, id)
          .executeUpdate();
      claims.add(
          new Claim(
              id,
              token,
              (String) row[1],
              (String) row[2],
              WriteBackStep.valueOf((String) row[3]),
              (int) ResultValues.number(row[4]) + 1,
              JSON.fromJson(ResultValues.text(row[5]), WriteBackRequest.class)));
    }
    return claims;
  }

  /** Marks the item written and audits it; false when the lease was lost meanwhile. */
  @Transactional
  public boolean delivered(Claim claim, Instant now) {
    int updated =
        em.createNativeQuery(
                "UPDATE writeback_outbox SET status = 'delivered', delivered_at = ?1,"
                    + " lease_token = NULL, lease_until = NULL, last_error = NULL"
                    + " WHERE id = ?2 AND lease_token = ?3")
            .setParameter(1, ResultValues.utc(now))
            .setParameter(2, claim.id())
            .setParameter(3, claim.token())
            .executeUpdate();
    if (updated == 1) {
      audit.record(
          ResultValues.utc(now),
          Audited.of("written_back", "writeback:" + claim.ats() + "/" + claim.connection())
              .screening(claim.request().screeningId())
              .detail(claim.kind().name()));
    }
    return updated == 1;
  }

  /**
   * Puts the item back to wait until at. countAttempt false gives the attempt back (the vendor only
   * asked us to wait).
   */
  @Transactional
  public void reschedule(Claim claim, Instant at, String error, boolean countAttempt) {
    em.createNativeQuery(
            "UPDATE writeback_outbox SET status = 'pending', next_attempt_at = ?1,"
                + " last_error = ?2, lease_token = NULL, lease_until = NULL,"
                + " attempts = attempts - ?3 WHERE id = ?4 AND lease_token = ?5")
        .setParameter(1, ResultValues.utc(at))
        .setParameter(2, bounded(error))
        .setParameter(3, countAttempt ? 0 : 1)
        .setParameter(4, claim.id())
        .setParameter(5, claim.token())
        .executeUpdate();
  }

  /** Gives up on the item until an operator retries it. */
  @Transactional
  public void fail(Claim claim, String error) {
    em.createNativeQuery(
            "UPDATE writeback_outbox SET status = 'failed', last_error = ?1,"
                + " lease_token = NULL, lease_until = NULL WHERE id = ?2 AND lease_token = ?3")
        .setParameter(1, bounded(error))
        .setParameter(2, claim.id())
        .setParameter(3, claim.token())
        .executeUpdate();
  }

  /** Makes a failed (or waiting) item due now with fresh attempts; false if it is not retryable. */
  @Transactional
  public boolean retry(String id, Instant now) {
    return em.createNativeQuery(
                "UPDATE writeback_outbox SET status = 'pending', attempts = 0,"
                    + " next_attempt_at = ?1, last_error = NULL"
                    + " WHERE id = ?2 AND status IN ('failed', 'pending')")
            .setParameter(1, ResultValues.utc(now))
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  public Optional<OutboxItem> find(String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM writeback_outbox WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(Outbox::item);
  }

  /** The newest items, optionally of one status. */
  public List<OutboxItem> list(OutboxStatus status, int limit) {
    String where = status == null ? "" : " WHERE status = ?1";
    var query =
        em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM writeback_outbox"
                + where
                + " ORDER BY created_at DESC, id FETCH FIRST "
                + Math.max(1, limit)
                + " ROWS ONLY");
    if (status != null) {
      query.setParameter(1, status.name());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(Outbox::item).toList();
  }

  private static OutboxItem item(Object[] row) {
    return new OutboxItem(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        WriteBackStep.valueOf((String) row[4]),
        OutboxStatus.valueOf((String) row[5]),
        (int) ResultValues.number(row[6]),
        ResultValues.instant(row[7]),
        ResultValues.text(row[8]),
        ResultValues.instant(row[9]),
        ResultValues.instant(row[10]));
  }

  private static String bounded(String error) {
    return error == null || error.length() <= 500 ? error : error.substring(0, 500);
  }

  /** Items in the given states (pending and dispatching wait; failed gave up), oldest first. */
  public Backlog backlog(List<OutboxStatus> statuses, Instant now) {
    return Backlog.of(
        em, "writeback_outbox", statuses.stream().map(OutboxStatus::name).toList(), now);
  }
}
