package telltale.profile;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How and when the application was submitted. */
@Schema(name = "Application")
public record Submission(
    @PlausibleDate Instant submittedAt,
    @IpAddress String clientIp,
    @Size(max = 1000, message = "must be at most 1000 characters") String userAgent,
    @Size(max = 200, message = "must be at most 200 characters") String source) {}
