package telltale.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A webhook delivery already handled. Its key is the primary key, so the same delivery arriving
 * twice, even at two instances at once, is recorded once.
 */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryRecord {
  @Id
  @Column(name = "delivery_key")
  String key;

  String ats;
  String connection;

  @Column(name = "received_at")
  OffsetDateTime receivedAt;

  String status;

  @Column(name = "screening_id")
  String screeningId;

  protected DeliveryRecord() {}

  public DeliveryRecord(
      String key,
      String ats,
      String connection,
      OffsetDateTime receivedAt,
      String status,
      String screeningId) {
    this.key = key;
    this.ats = ats;
    this.connection = connection;
    this.receivedAt = receivedAt;
    this.status = status;
    this.screeningId = screeningId;
  }

  public String status() {
    return status;
  }

  public String screeningId() {
    return screeningId;
  }
}
