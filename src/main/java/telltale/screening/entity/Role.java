package telltale.screening.entity;

import jakarta.validation.constraints.Size;

/** The role applied for; it sets the verification tier, never the person. */
public record Role(
    @Size(max = 200, message = "must be at most 200 characters") String title,
    Boolean remote,
    Boolean privilegedAccess) {}
