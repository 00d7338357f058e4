package telltale.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where the candidate says they live and work. */
public record Location(
    @Size(max = 200, message = "must be at most 200 characters") String city,
    @Size(max = 200, message = "must be at most 200 characters") String region,
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code such as US")
        @CountryCode
        String country,
    @TimeZoneId String timezone) {}
