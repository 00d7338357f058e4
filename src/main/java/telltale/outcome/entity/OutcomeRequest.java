package telltale.outcome.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's record of how a screened case ended. The decision is the reviewer's, never
 * Telltale's. The reason is kept with the outcome and never copied into the audit log.
 */
public record OutcomeRequest(
    @NotNull(
            message =
                "name the outcome: verified_genuine, identity_confirmed_false, withdrawn or unknown")
        Outcome outcome,
    @NotBlank(message = "name the reviewer who decided")
        @Size(max = 100, message = "must be at most 100 characters")
        String reviewer,
    @Size(max = 2000, message = "must be at most 2000 characters") String reason) {}
