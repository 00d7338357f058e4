package telltale.screening.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person marks one fired signal as explained, e.g. "the bank account is in her married name; the
 * marriage certificate was seen". The signal stays on the card, counts half and corroborates
 * nothing, on this and later screenings of the candidate, until its evidence changes.
 */
public record ExplanationRequest(
    @NotBlank(message = "name the rule, e.g. payroll_account_anomaly")
        @Size(max = 64, message = "must be at most 64 characters")
        String rule,
    @NotBlank(message = "say what explains the signal")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String reason,
    @NotBlank(message = "name who explains it")
        @Size(max = 100, message = "must be at most 100 characters")
        String reviewer) {}
