package telltale.outcome.boundary;

import telltale.outcome.entity.RecordedOutcome;

/**
 * A person recorded how a screened case ended. Fired inside the recording's transaction, so what an
 * observer stores (the ATS's fraud status in the write-back outbox) commits or rolls back with it.
 */
public record OutcomeRecorded(RecordedOutcome outcome) {}
