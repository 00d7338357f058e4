package telltale.profile;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/** How and when the application was submitted. */
public record Application(
    Instant submittedAt,
    @IpAddress String clientIp,
    @Size(max = 1000, message = "must be at most 1000 characters") String userAgent,
    @Size(max = 200, message = "must be at most 200 characters") String source) {}
