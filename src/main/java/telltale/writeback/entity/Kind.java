package telltale.writeback.entity;

/** The vendor operation one outbox item performs. Constants are spelled as stored. */
public enum Kind {
  note,
  tag
}
