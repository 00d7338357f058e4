package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys of evidence requests, as keyed hashes with the hash of the body they came with
 * and the screening they produced; the primary key holds across instances.
 */
@ApplicationScoped
public class IdempotencyKeys {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** What a key was first used for. */
  public record Used(String requestHash, String screeningId) {}

  public Optional<Used> find(String keyHash) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT request_hash, screening_id FROM idempotency_key WHERE key_hash = ?1")
            .setParameter(1, keyHash)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(row -> new Used((String) row[0], (String) row[1]));
  }

  public void remember(String keyHash, String requestHash, String screeningId, OffsetDateTime at) {
    em.createNativeQuery(
            "INSERT INTO idempotency_key (key_hash, request_hash, screening_id, created_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, keyHash)
        .setParameter(2, requestHash)
        .setParameter(3, screeningId)
        .setParameter(4, at)
        .executeUpdate();
  }

  public int expire(OffsetDateTime before) {
    return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
