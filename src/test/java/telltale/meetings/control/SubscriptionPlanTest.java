package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import telltale.meetings.control.SubscriptionPlan.Create;
import telltale.meetings.control.SubscriptionPlan.Keep;
import telltale.meetings.control.SubscriptionPlan.Renew;
import telltale.meetings.control.SubscriptionPlan.Subscription;

class SubscriptionPlanTest {
  static final String URL = "https://telltale.example.com/webhooks/teams";
  static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

  static Subscription sub(String id, String resource, String url, Duration left) {
    return new Subscription(id, resource, url, left == null ? null : NOW.plus(left));
  }

  @Test
  void noSubscriptionOrOnlyOthersMeansCreate() {
    assertEquals(new Create(), SubscriptionPlan.decide(List.of(), URL, NOW, Set.of()));
    List<Subscription> others =
        List.of(
            // another app's listener, or ours on another resource
            sub(
                "a",
                "/communications/callRecords",
                "https://other.example/hook",
                Duration.ofDays(2)),
            sub("b", "me/mailFolders('Inbox')/messages", URL, Duration.ofDays(2)),
            sub("c", "/communications/callRecords?$filter=x", URL, Duration.ofDays(2)));
    assertEquals(new Create(), SubscriptionPlan.decide(others, URL, NOW, Set.of()));
  }

  @Test
  void oursIsFoundLenientlyAndKeptWhileMoreThanADayIsLeft() {
    Subscription ours = sub("s1", "communications/callRecords", URL + "/", Duration.ofHours(30));
    assertEquals(new Keep(ours), SubscriptionPlan.decide(List.of(ours), URL, NOW, Set.of()));
    Subscription upper =
        sub("s2", "/Communications/CallRecords", URL.toUpperCase(), Duration.ofHours(30));
    assertEquals(new Keep(upper), SubscriptionPlan.decide(List.of(upper), URL, NOW, Set.of()));
  }

  @Test
  void lessThanADayLeftOrAnUnreadableExpiryMeansRenew() {
    Subscription near = sub("s1", "/communications/callRecords", URL, Duration.ofHours(23));
    assertEquals(new Renew(near), SubscriptionPlan.decide(List.of(near), URL, NOW, Set.of()));
    Subscription unknown = sub("s2", "/communications/callRecords", URL, null);
    assertEquals(new Renew(unknown), SubscriptionPlan.decide(List.of(unknown), URL, NOW, Set.of()));
    Subscription past = sub("s3", "/communications/callRecords", URL, Duration.ofHours(-1));
    assertEquals(new Renew(past), SubscriptionPlan.decide(List.of(past), URL, NOW, Set.of()));
  }

  @Test
  void ofTwoOfOursTheLongestLivedCounts() {
    Subscription older = sub("s1", "/communications/callRecords", URL, Duration.ofHours(2));
    Subscription newer = sub("s2", "/communications/callRecords", URL, Duration.ofHours(60));
    assertEquals(
        new Keep(newer), SubscriptionPlan.decide(List.of(older, newer), URL, NOW, Set.of()));
    assertEquals(
        new Keep(newer), SubscriptionPlan.decide(List.of(newer, older), URL, NOW, Set.of()));
  }

  @Test
  void aSubscriptionGraphSaidItRemovedDoesNotCount() {
    Subscription removed = sub("s1", "/communications/callRecords", URL, Duration.ofHours(60));
    assertEquals(new Create(), SubscriptionPlan.decide(List.of(removed), URL, NOW, Set.of("s1")));
    Subscription other = sub("s2", "/communications/callRecords", URL, Duration.ofHours(5));
    assertEquals(
        new Renew(other), SubscriptionPlan.decide(List.of(removed, other), URL, NOW, Set.of("s1")));
  }

  @Test
  void theExpiryAskedForStaysWithinGraphsLimitForCallRecords() {
    Instant expiry = SubscriptionPlan.expiry(NOW);
    assertTrue(!expiry.isAfter(NOW.plus(Duration.ofMinutes(4230))), expiry.toString());
    assertTrue(expiry.isAfter(NOW.plus(Duration.ofDays(2))), expiry.toString());
  }

  @Test
  void logsNameASubscriptionByItsLastCharactersOnly() {
    assertEquals("...4c07", TeamsSubscriptions.tail("7f105c7d-2dc5-4530-97cd-4e7ae6534c07"));
    assertEquals("(no id)", TeamsSubscriptions.tail(null));
  }
}
