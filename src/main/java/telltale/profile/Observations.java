package telltale.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What an interviewer observed in one round; the body of POST .../observations. */
public record Observations(
    @NotNull(message = "name the interview round (1, 2, ...)")
        @Positive(message = "must be 1 or more")
        @Max(value = 50, message = "must be at most 50")
        Integer round,
    @PlausibleDate Instant at,
    @IpAddress String meetingIp,
    @NotNull(message = "list the observations, or send an empty list when nothing stood out")
        @Size(max = 20, message = "must list at most 20 observations")
        List<@NotNull(message = "must not be null") Observation> observations) {

  public Interview asRound() {
    return new Interview(round, at, meetingIp, observations);
  }
}
