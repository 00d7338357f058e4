package telltale.profile;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The role applied for and how it is filled; it sets the verification tier, never the person.
 * vendorSupplied: the role is filled through a contractor or staffing vendor.
 */
@Schema(name = "Role")
public record Position(
    @Size(max = 200, message = "must be at most 200 characters") @NoControlCharacters String title,
    Boolean remote,
    Boolean privilegedAccess,
    Boolean vendorSupplied) {}
