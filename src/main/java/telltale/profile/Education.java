package telltale.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One entry of the education history; dates are a year or a year-month. */
public record Education(
    @Size(max = 300, message = "must be at most 300 characters") @NoControlCharacters
        String institution,
    @Size(max = 200, message = "must be at most 200 characters") String degree,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String from,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String to) {}
