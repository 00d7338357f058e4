package telltale.writeback.entity;

/**
 * Where an outbox item is: waiting, claimed by an instance under a lease, written, or given up
 * (retryable by an operator). Constants are spelled as stored and on the wire.
 */
public enum OutboxStatus {
  pending,
  dispatching,
  delivered,
  failed
}
