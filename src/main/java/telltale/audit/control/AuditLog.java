package telltale.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import telltale.audit.entity.AuditEntry;

/**
 * Records what was done, by whom and to which screening; callers pass ids and keyed hashes only.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  public void record(
      OffsetDateTime at,
      String action,
      String actor,
      String screeningId,
      String subject,
      String detail) {
    em.persist(new AuditEntry(at, action, actor, screeningId, subject, detail));
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
