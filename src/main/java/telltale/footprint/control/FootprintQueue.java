package telltale.footprint.control;

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
import telltale.database.LeasedQueue;
import telltale.database.RowIds;
import telltale.profile.Ats;

/**
 * Durable queue of footprint reads: one job per candidate and linked account, a {@link
 * LeasedQueue}, so several instances share the work and a crashed worker's job is claimed again
 * when its lease runs out.
 */
@ApplicationScoped
public class FootprintQueue {
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final LeasedQueue QUEUE = new LeasedQueue("footprint_job", LEASE);
  public static final String GITHUB = "github";

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** A claimed job; reported says whether a coverage note on it was made already. */
  public record Job(
      String id, Ats ats, String candidateId, String login, int attempts, boolean reported) {}

  /**
   * Joins the caller's transaction (the screening's); adds nothing when the candidate already has a
   * job for this account. Two instances racing may both add one: the account is then read twice.
   */
  public void enqueue(Ats ats, String candidateId, String login, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    em.createNativeQuery(
            "INSERT INTO footprint_job (id, ats, candidate_id, site, login, status, attempts,"
                + " reported, next_attempt_at, created_at) SELECT ?1, ?2, ?3, ?4, ?5, 'queued', 0,"
                + " 0, ?6, ?6 FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM"
                + " footprint_job WHERE ats = ?2 AND candidate_id = ?3 AND site = ?4 AND login ="
                + " ?5)")
        .setParameter(1, RowIds.random())
        .setParameter(2, ats.name())
        .setParameter(3, candidateId)
        .setParameter(4, GITHUB)
        .setParameter(5, login)
        .setParameter(6, at)
        .executeUpdate();
  }

  /** Claims up to {@code limit} due jobs, leasing them for {@link #LEASE}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Job> claim(Instant now, int limit) {
    List<Job> jobs = new ArrayList<>();
    for (Object[] row :
        QUEUE.claim(em, "id, ats, candidate_id, login, attempts, reported", now, limit)) {
      jobs.add(
          new Job(
              (String) row[0],
              Ats.valueOf((String) row[1]),
              (String) row[2],
              (String) row[3],
              ((Number) row[4]).intValue(),
              ((Number) row[5]).intValue() != 0));
    }
    return jobs;
  }

  /**
   * Joins the caller's transaction (the screening with the footprint). A job another worker
   * finished meanwhile is not finished twice: the caller's transaction is rolled back.
   */
  public void done(Job job, String status) {
    int updated =
        em.createNativeQuery(
                "UPDATE footprint_job SET status = ?1 WHERE id = ?2 AND status = 'queued'")
            .setParameter(1, status)
            .setParameter(2, job.id())
            .executeUpdate();
    if (updated == 0) {
      throw new IllegalStateException("footprint job " + job.id() + " was finished elsewhere");
    }
  }

  /**
   * Due again at {@code next}; counts as an attempt unless the pause was GitHub's rate limit. Joins
   * a transaction when there is one (a coverage note screened with it), else runs in its own.
   */
  @Transactional
  public void later(Job job, Instant next, boolean attempt, boolean reported) {
    em.createNativeQuery(
            "UPDATE footprint_job SET attempts = attempts + ?1, next_attempt_at = ?2, reported = ?3"
                + " WHERE id = ?4 AND status = 'queued'")
        .setParameter(1, attempt ? 1 : 0)
        .setParameter(2, next.atOffset(ZoneOffset.UTC))
        .setParameter(3, reported || job.reported() ? 1 : 0)
        .setParameter(4, job.id())
        .executeUpdate();
  }

  /** Removes the candidate's jobs (erasure); returns how many went. */
  public int forget(Ats ats, String candidateId) {
    return em.createNativeQuery("DELETE FROM footprint_job WHERE ats = ?1 AND candidate_id = ?2")
        .setParameter(1, ats.name())
        .setParameter(2, candidateId)
        .executeUpdate();
  }

  /** Removes jobs created before the retention limit; returns how many went. */
  public int expire(OffsetDateTime before) {
    return em.createNativeQuery("DELETE FROM footprint_job WHERE created_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
