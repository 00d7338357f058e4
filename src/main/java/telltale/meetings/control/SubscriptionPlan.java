package telltale.meetings.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What to do about Telltale's Graph subscription on call records, from Graph's list of the app's
 * subscriptions (the only state there is): ours has the configured notificationUrl and the resource
 * /communications/callRecords (with or without the leading slash, in any case). None: create one.
 * Of several (two instances created one each), the one that lives longest is kept; renewed when
 * less than a day is left.
 */
public final class SubscriptionPlan {
  /** The resource subscribed to. */
  public static final String RESOURCE = "/communications/callRecords";

  /** The longest lifetime Graph allows a subscription on call records: 4,230 minutes. */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(4230);

  /** Asked for less than the most, so that clocks a little apart are not refused. */
  static final Duration MARGIN = Duration.ofMinutes(30);

  /** Renewed when less than this is left. */
  static final Duration RENEW_WITHIN = Duration.ofHours(24);

  private SubscriptionPlan() {}

  /** One subscription as Graph lists it; expires is null when Graph gave no readable date. */
  public record Subscription(String id, String resource, String notificationUrl, Instant expires) {}

  /** What the round does. */
  public sealed interface Action {}

  /** No subscription of ours: create one. */
  public record Create() implements Action {}

  /** Ours runs out within a day: PATCH a new expiry. */
  public record Renew(Subscription subscription) implements Action {}

  /** Ours lives long enough. */
  public record Keep(Subscription subscription) implements Action {}

  /**
   * The action for {@code listed}; subscriptions whose id is in {@code gone} (Graph said it removed
   * them) do not count.
   */
  public static Action decide(
      List<Subscription> listed, String notificationUrl, Instant now, Set<String> gone) {
    Optional<Subscription> ours =
        listed.stream()
            .filter(s -> s.id() != null && !gone.contains(s.id()))
            .filter(s -> sameUrl(s.notificationUrl(), notificationUrl))
            .filter(s -> sameResource(s.resource()))
            .max(
                Comparator.comparing(
                    Subscription::expires, Comparator.nullsFirst(Comparator.naturalOrder())));
    if (ours.isEmpty()) {
      return new Create();
    }
    Instant expires = ours.get().expires();
    if (expires == null || expires.isBefore(now.plus(RENEW_WITHIN))) {
      return new Renew(ours.get());
    }
    return new Keep(ours.get());
  }

  /** The expiry asked for when creating or renewing at {@code now}: 4,230 minutes less a margin. */
  public static Instant expiry(Instant now) {
    return now.plus(MAX_LIFETIME).minus(MARGIN);
  }

  static boolean sameResource(String resource) {
    return resource != null && strip(resource).equalsIgnoreCase(strip(RESOURCE));
  }

  static boolean sameUrl(String listed, String configured) {
    return listed != null
        && listed.strip().replaceAll("/+$", "").equalsIgnoreCase(configured.replaceAll("/+$", ""));
  }

  private static String strip(String resource) {
    return resource.strip().replaceAll("^/+", "").toLowerCase(Locale.ROOT);
  }
}
