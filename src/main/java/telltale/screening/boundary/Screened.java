package telltale.screening.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import telltale.screening.entity.Screening;

/**
 * A screening was just stored, for an ATS connection. Fired synchronously inside the screening's
 * transaction, so what an observer stores (the write-back outbox) commits or rolls back with it.
 * The candidate's previous screening is read only when an observer asks for it.
 */
public record Screened(
    Screening screening, Supplier<Optional<Screening>> previous, String connection, Instant at) {}
