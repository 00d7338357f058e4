package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import telltale.database.Backlog;
import telltale.database.LeasedQueue;
import telltale.database.RowIds;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Durable queue of thin deliveries waiting for the vendor's API: a {@link LeasedQueue}, so several
 * instances share the work and a crashed worker's job is picked up again when its lease runs out.
 */
@ApplicationScoped
public class FetchQueue {
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final LeasedQueue QUEUE = new LeasedQueue("fetch_job", LEASE);
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** A claimed job. */
  public record Job(
      String id,
      String deliveryKey,
      Ats ats,
      String connection,
      String target,
      CandidateProfile profile,
      int attempts) {}

  /** Joins the caller's transaction: the job exists exactly when the delivery is claimed. */
  public void enqueue(
      String deliveryKey, Delivery delivery, String target, CandidateProfile profile, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    em.createNativeQuery(
            "INSERT INTO fetch_job (id, delivery_key, ats, connection, target, profile_json, status, attempts,"
                + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', 0, ?7, ?7)")
        .setParameter(1, RowIds.random())
        .setParameter(2, deliveryKey)
        .setParameter(3, delivery.ats().name())
        .setParameter(4, delivery.connection())
        .setParameter(5, target)
        .setParameter(6, JSON.toJson(profile))
        .setParameter(7, at)
        .executeUpdate();
  }

  /** Claims up to {@code limit} due jobs for this worker, leasing them for {@link #LEASE}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Job> claim(Instant now, int limit) {
    List<Job> jobs = new ArrayList<>();
    for (Object[] row :
        QUEUE.claim(
            em, "id, delivery_key, ats, connection, target, profile_json, attempts", now, limit)) {
      jobs.add(
          new Job(
              (String) row[0],
              (String) row[1],
              Ats.valueOf((String) row[2]),
              (String) row[3],
              (String) row[4],
              JSON.fromJson((String) row[5], CandidateProfile.class),
              ((Number) row[6]).intValue()));
    }
    return jobs;
  }

  /**
   * Joins the caller's transaction; the partial profile is dropped once screened. A job another
   * worker finished meanwhile (its lease ran out during a slow download) is not finished twice: the
   * caller's transaction, with its screening, is rolled back.
   */
  public void done(Job job, String status, String screeningId) {
    int updated =
        em.createNativeQuery(
                "UPDATE fetch_job SET status = ?1, screening_id = ?2, profile_json = ''"
                    + " WHERE id = ?3 AND status = 'queued'")
            .setParameter(1, status)
            .setParameter(2, screeningId)
            .setParameter(3, job.id())
            .executeUpdate();
    if (updated == 0) {
      throw new IllegalStateException("fetch job " + job.id() + " was finished by another worker");
    }
    em.createNativeQuery(
            "UPDATE webhook_delivery SET status = 'screened', screening_id = ?1 WHERE delivery_key = ?2")
        .setParameter(1, screeningId)
        .setParameter(2, job.deliveryKey())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retryLater(Job job, Instant next) {
    QUEUE.later(em, job.id(), next, true);
  }

  public long count(String status) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM fetch_job WHERE status = ?1")
                .setParameter(1, status)
                .getSingleResult())
        .longValue();
  }

  /** Jobs still waiting for the vendor's API or a file, and the age of the oldest. */
  public Backlog backlog(Instant now) {
    return Backlog.of(em, "fetch_job", List.of("queued"), now);
  }
}
