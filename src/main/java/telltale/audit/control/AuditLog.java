package telltale.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import telltale.audit.entity.AuditEntry;
import telltale.audit.entity.Audited;

/**
 * Records what was done, by whom and to which screening; callers pass ids and keyed hashes only.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  public void record(OffsetDateTime at, Audited what) {
    em.persist(
        new AuditEntry(
            at, what.action(), what.actor(), what.screeningId(), what.subject(), what.detail()));
  }

  public long count(String action, String screeningId) {
    return em.createQuery(
            "SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :action AND a.screeningId = :id",
            Long.class)
        .setParameter("action", action)
        .setParameter("id", screeningId)
        .getSingleResult();
  }

  /** Removes entries older than the retention limit. */
  public int expire(OffsetDateTime before) {
    return em.createQuery("DELETE FROM AuditEntry a WHERE a.at < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
