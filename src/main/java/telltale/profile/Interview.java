package telltale.profile;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One interview round with what the interviewer observed (checklist codes) and, when a meeting
 * platform reported the round, what it said about the candidate's connection: the platform's name
 * ("Zoom"), the connection's country and anonymiser network (never the address), a listed virtual
 * camera's name, the machine as a keyed hash with its kind ("disk:&lt;hash&gt;"), and the
 * connection's exact public address as a keyed hash (networkKey, for linkage with other candidates;
 * the address itself is dropped once its country and network are looked up).
 */
public record Interview(
    @Positive(message = "must be 1 or more") @Max(value = 50, message = "must be at most 50")
        Integer round,
    @PlausibleDate Instant at,
    @IpAddress String meetingIp,
    @Size(max = 20, message = "must list at most 20 observations")
        List<@NotNull(message = "must not be null") Observation> observations,
    @Size(max = 40, message = "must be at most 40 characters") @NoControlCharacters String source,
    @CountryCode String meetingCountry,
    @Size(max = 120, message = "must be at most 120 characters") @NoControlCharacters
        String meetingNetwork,
    @Size(max = 120, message = "must be at most 120 characters") @NoControlCharacters String camera,
    @Size(max = 100, message = "must be at most 100 characters") @NoControlCharacters
        String deviceKey,
    @Size(max = 100, message = "must be at most 100 characters") @NoControlCharacters
        String networkKey) {

  /** JSON-B's constructor (a record with two has to name it). */
  @JsonbCreator
  public Interview {
    observations = Lists.copy(observations);
  }

  /** A round as an interviewer reports it. */
  public Interview(Integer round, Instant at, String meetingIp, List<Observation> observations) {
    this(round, at, meetingIp, observations, null, null, null, null, null, null);
  }

  /** "Zoom, round 2", or "round 2" when a person reported the round. */
  public String described(int number) {
    return (source == null ? "round " : source + ", round ") + number;
  }

  /**
   * Earlier rounds with later ones added; a later round from a source (a meeting platform) replaces
   * that source's earlier report of the same round.
   */
  public static List<Interview> added(List<Interview> earlier, List<Interview> later) {
    List<Interview> all = new ArrayList<>();
    for (Interview round : earlier) {
      boolean replaced =
          later.stream()
              .anyMatch(
                  l ->
                      l.source() != null
                          && l.source().equals(round.source())
                          && Objects.equals(l.round(), round.round()));
      if (!replaced) {
        all.add(round);
      }
    }
    all.addAll(later);
    return all;
  }
}
