package telltale.meetings.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import telltale.meetings.entity.Participant;
import telltale.meetings.entity.Platform;

/**
 * One video platform as the meetings component uses it: how a person names one of its meetings,
 * whether a connection has API credentials, and the participant records of a meeting that ended.
 * Each connected platform is one bean implementing this; {@link Platforms} finds it by name.
 */
public interface PlatformApi {

  /** The platform this bean reads. */
  Platform platform();

  /**
   * The meeting's key as Telltale stores and matches it, from what a person or an ATS gave: an id
   * or a join link; empty when it does not name one of this platform's meetings.
   */
  Optional<String> meetingKey(String idOrLink);

  /** How to name a meeting of this platform, for the error when {@link #meetingKey} finds none. */
  String meetingHint();

  /** Whether the connection has the credentials to read meetings. */
  boolean readable(String connection);

  /**
   * Every participant record of the ended meeting, as the platform reports it.
   *
   * @throws RateLimited when the platform asks to wait
   * @throws Unavailable when it cannot answer now (network, 5xx, refused token, not yet filled in)
   */
  List<Participant> participants(MeetingStore.Row meeting);

  /**
   * For a platform that announces no ended meeting (no webhook), how a registered meeting is looked
   * for: read at once, then every {@code every} while the platform reports no participants, until
   * {@code until} after registration, when it is given up (expired). Empty (the default): a
   * registered meeting waits for the platform's event.
   */
  default Optional<Polling> polling() {
    return Optional.empty();
  }

  /** Read every {@code every} until {@code until} after registration. */
  record Polling(Duration every, Duration until) {}

  /**
   * The meeting's key as the platform's report names it, with the participant records. A platform
   * whose events name a meeting only by a record id (a Teams call record names its meeting by its
   * joinWebUrl) gives the key here; a null key means the record is no meeting (a one-to-one call),
   * so there is nothing to assign.
   */
  default Report report(MeetingStore.Row meeting) {
    return new Report(meeting.meetingId(), participants(meeting));
  }

  /** What one read found. */
  record Report(String meetingKey, List<Participant> participants) {}

  /** The platform asked to wait before the next call. */
  final class RateLimited extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration wait;

    public RateLimited(Duration wait) {
      super("rate limited", null, false, false);
      this.wait = wait;
    }

    public Duration retryAfter() {
      return wait;
    }

    /** The wait the answer's Retry-After header asks for (seconds), else a minute. */
    public static RateLimited after(java.net.http.HttpResponse<?> response) {
      Duration wait = Duration.ofSeconds(60);
      String header = response.headers().firstValue("Retry-After").orElse("").strip();
      try {
        wait = Duration.ofSeconds(Math.max(1, Long.parseLong(header)));
      } catch (NumberFormatException e) {
        // absent or an HTTP date: a minute
      }
      return new RateLimited(wait);
    }
  }

  /** The platform could not answer now; the read is tried again later. */
  final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String what) {
      super(what, null, false, false);
    }
  }
}
