package telltale.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import telltale.database.RowIds;

/**
 * One audited action: who, when, which screening; never personal data (subjects are keyed hashes).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
  @Id String id;
  OffsetDateTime at;
  String action;
  String actor;

  @Column(name = "screening_id")
  String screeningId;

  String subject;
  String detail;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime at,
      String action,
      String actor,
      String screeningId,
      String subject,
      String detail) {
    this.id = RowIds.random();
    this.at = at;
    this.action = action;
    this.actor = actor;
    this.screeningId = screeningId;
    this.subject = subject;
    this.detail = detail;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String screeningId() {
    return screeningId;
  }

  public String subject() {
    return subject;
  }

  public String detail() {
    return detail;
  }
}
