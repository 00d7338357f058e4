package telltale.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import telltale.intake.entity.DeliveryRecord;

/**
 * Webhook deliveries already handled. Claiming a delivery inserts its key; a second claim of the
 * same key fails on the primary key, on any instance, which is what makes repeats no-ops.
 */
@ApplicationScoped
public class DeliveryLog {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  public static String key(String ats, String connection, String deliveryId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((ats + "/" + connection + "/" + deliveryId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Inserts the claim now, so a duplicate fails before any work is done. One native statement: the
   * claim is never read back in the transaction that makes it, so registering an entity and
   * flushing the persistence context only cost time on every delivery.
   */
  public void claim(
      String key,
      String ats,
      String connection,
      String status,
      String screeningId,
      OffsetDateTime at) {
    em.createNativeQuery(
            "INSERT INTO webhook_delivery (delivery_key, ats, connection, received_at, status,"
                + " screening_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, key)
        .setParameter(2, ats)
        .setParameter(3, connection)
        .setParameter(4, at)
        .setParameter(5, status)
        .setParameter(6, screeningId)
        .executeUpdate();
  }

  public Optional<DeliveryRecord> find(String key) {
    return Optional.ofNullable(em.find(DeliveryRecord.class, key));
  }

  /**
   * Drops the link from deliveries to erased screenings (the delivery keys stay, for
   * de-duplication).
   */
  public void forgetScreenings(List<String> screeningIds) {
    if (!screeningIds.isEmpty()) {
      em.createQuery("UPDATE DeliveryRecord d SET d.screeningId = NULL WHERE d.screeningId IN :ids")
          .setParameter("ids", screeningIds)
          .executeUpdate();
    }
  }

  public int expire(OffsetDateTime before) {
    return em.createQuery("DELETE FROM DeliveryRecord d WHERE d.receivedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
