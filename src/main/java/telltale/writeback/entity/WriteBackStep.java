package telltale.writeback.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The vendor operation one outbox item performs. Constants are spelled as stored. */
@Schema(name = "Kind")
public enum WriteBackStep {
  note,
  tag,
  /** Ashby only: the band label in a custom field the employer created for it. */
  field,
  /** Ashby only: the fraud status a person's recorded outcome stands for (never from a band). */
  fraud_status
}
