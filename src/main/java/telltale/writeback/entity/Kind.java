package telltale.writeback.entity;

/** The vendor operation one outbox item performs. Constants are spelled as stored. */
public enum Kind {
  note,
  tag,
  /** Ashby only: the band label in a custom field the employer created for it. */
  field
}
