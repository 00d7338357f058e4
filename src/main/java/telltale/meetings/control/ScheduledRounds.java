package telltale.meetings.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import telltale.meetings.entity.Platform;
import telltale.meetings.entity.ScheduledMeeting;

/**
 * Which platform's meeting each scheduled interview's link names, and its round: the rank by start
 * time among the interviews whose link a platform recognises. A link no platform recognises (a
 * phone bridge, an office, another video service) takes no round; a link repeated across interviews
 * (a personal meeting room) is one meeting, at its first round.
 */
public final class ScheduledRounds {
  private ScheduledRounds() {}

  /** A recognised meeting: platform, its key as Telltale stores it, round from 1, start or null. */
  public record Ranked(Platform platform, String meetingKey, int round, Instant start) {}

  public static List<Ranked> rank(List<ScheduledMeeting> scheduled, List<PlatformApi> platforms) {
    List<ScheduledMeeting> ordered =
        scheduled.stream()
            .filter(s -> s.link() != null && isWebLink(s.link()))
            .sorted(
                Comparator.comparing(
                    ScheduledMeeting::start,
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
            .toList();
    List<Ranked> ranked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScheduledMeeting meeting : ordered) {
      Optional<Ranked> found = recognise(meeting, platforms, ranked.size() + 1);
      if (found.isPresent() && seen.add(found.get().platform() + "/" + found.get().meetingKey())) {
        ranked.add(found.get());
      }
    }
    return ranked;
  }

  /**
   * Whether a polled platform's meeting starts after its polling time from now: registered now, it
   * would be given up before it took place.
   */
  public static boolean beyondPolling(Ranked meeting, PlatformApi api, Instant now) {
    return api.polling().isPresent()
        && meeting.start() != null
        && meeting.start().isAfter(now.plus(api.polling().get().until()));
  }

  private static Optional<Ranked> recognise(
      ScheduledMeeting meeting, List<PlatformApi> platforms, int round) {
    for (PlatformApi api : platforms) {
      Optional<String> key = api.meetingKey(meeting.link());
      if (key.isPresent()) {
        return Optional.of(new Ranked(api.platform(), key.get(), round, meeting.start()));
      }
    }
    return Optional.empty();
  }

  /** Only a web link counts: a bare number in a location field is no meeting. */
  private static boolean isWebLink(String link) {
    String text = link.strip().toLowerCase(Locale.ROOT);
    return text.startsWith("https://") || text.startsWith("http://");
  }
}
