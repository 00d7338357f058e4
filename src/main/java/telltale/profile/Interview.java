package telltale.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** One interview round with what the interviewer observed (checklist codes). */
public record Interview(
    @Positive(message = "must be 1 or more") @Max(value = 50, message = "must be at most 50")
        Integer round,
    @PlausibleDate Instant at,
    @IpAddress String meetingIp,
    @Size(max = 20, message = "must list at most 20 observations")
        List<@NotNull(message = "must not be null") Observation> observations) {

  public Interview {
    observations = Lists.copy(observations);
  }
}
