package telltale.screening.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import telltale.profile.CandidateProfile;
import telltale.screening.entity.Screening;

/**
 * A screening was just stored, for an ATS connection. Fired synchronously inside the screening's
 * transaction, so what an observer stores (the write-back outbox) commits or rolls back with it.
 * The candidate's previous screening is read only when an observer asks for it; the profile is the
 * one the screening judged, so observers need not read back what was just stored.
 */
public record Screened(
    Screening screening,
    CandidateProfile profile,
    Supplier<Optional<Screening>> previous,
    String connection,
    Instant at) {}
