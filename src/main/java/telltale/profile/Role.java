package telltale.profile;

import jakarta.validation.constraints.Size;

/**
 * The role applied for and how it is filled; it sets the verification tier, never the person.
 * vendorSupplied: the role is filled through a contractor or staffing vendor.
 */
public record Role(
    @Size(max = 200, message = "must be at most 200 characters") String title,
    Boolean remote,
    Boolean privilegedAccess,
    Boolean vendorSupplied) {}
