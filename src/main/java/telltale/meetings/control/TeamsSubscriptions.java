package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import telltale.meetings.control.PlatformApi.RateLimited;
import telltale.meetings.control.PlatformApi.Unavailable;
import telltale.meetings.control.SubscriptionPlan.Action;
import telltale.meetings.control.SubscriptionPlan.Create;
import telltale.meetings.control.SubscriptionPlan.Renew;
import telltale.meetings.control.SubscriptionPlan.Subscription;

/**
 * Keeps one Graph change-notification subscription on /communications/callRecords alive for the
 * configured notification-url: lists the app's subscriptions (GET /subscriptions, following
 * {@literal @}odata.nextLink), then creates ours (POST /subscriptions), renews it (PATCH
 * /subscriptions/{id}) or leaves it, as {@link SubscriptionPlan} decides. Graph's list is the only
 * state, so several instances may do this side by side. Acts on lifecycle notifications:
 * reauthorizationRequired (POST /subscriptions/{id}/reauthorize, else a renewal),
 * subscriptionRemoved (a new subscription) and missed (logged). Logs name the subscription by the
 * last characters of its id, never the client state or a token.
 */
@ApplicationScoped
public class TeamsSubscriptions {
  static final int MAX_PAGES = 20;
  static final Duration RETRY = Duration.ofMinutes(1);
  private static final System.Logger LOG = System.getLogger(TeamsSubscriptions.class.getName());
  private static final String PERMISSION =
      "the app registration needs the Microsoft Graph application permission CallRecords.Read.All"
          + " with an administrator's consent (README, Interview platforms)";

  @Inject TeamsConfig config;
  @Inject GraphClient graph;
  Clock clock = Clock.systemUTC();
  private final ReentrantLock lock = new ReentrantLock();
  private volatile String reported;

  /** Graph refused a call for a reason retrying soon will not mend (or mends only slowly). */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(String what, int status) {
      super(what, null, false, false);
      this.status = status;
    }
  }

  private record Setup(TeamsConfig.Access access, String notificationUrl, String clientState) {}

  /** Whether Telltale keeps the subscription: notification-url, credentials and client-state. */
  public boolean enabled() {
    return setup().isPresent();
  }

  /** Why the subscription is not kept, for the start-up log; empty when it is. */
  public Optional<String> whyOff() {
    if (enabled()) {
      return Optional.empty();
    }
    if (config.notificationUrl().isEmpty()) {
      return Optional.of(
          "no telltale.meetings.teams.notification-url: Telltale keeps no Teams call-record"
              + " subscription (create and renew it yourself, or set the address)");
    }
    return Optional.of(
        "telltale.meetings.teams.notification-url is set, but the Teams subscription needs"
            + " tenant-id, client-id, client-secret and client-state too; none is kept");
  }

  /** One round of upkeep; returns how long to wait until the next. */
  public Duration upkeep() {
    return upkeep(Set.of());
  }

  /**
   * A lifecycle notification, already checked to carry the client state and the tenant: acted on
   * here, away from the request Graph waits on.
   */
  public void lifecycle(String event, String subscriptionId) {
    String id =
        subscriptionId != null && subscriptionId.matches("[A-Za-z0-9-]{1,64}")
            ? subscriptionId
            : null;
    if (!enabled()) {
      LOG.log(
          Level.WARNING,
          "Teams subscription lifecycle event "
              + event
              + ": renew or recreate the call-record subscription (README, Interview platforms)");
      return;
    }
    switch (event) {
      case "reauthorizationRequired" -> {
        if (id == null) {
          upkeep();
        } else {
          reauthorize(id);
        }
      }
      case "subscriptionRemoved" -> upkeep(id == null ? Set.of() : Set.of(id));
      case "missed" ->
          LOG.log(
              Level.WARNING,
              "Teams subscription "
                  + tail(id)
                  + ": Graph reports missed call-record notifications; those call records are not"
                  + " read (Graph offers no list of them to catch up from)");
      default ->
          LOG.log(Level.INFO, "Teams subscription " + tail(id) + ": lifecycle event " + event);
    }
  }

  Duration upkeep(Set<String> gone) {
    Optional<Setup> setup = setup();
    if (setup.isEmpty()) {
      return config.upkeepInterval();
    }
    lock.lock();
    try {
      Setup s = setup.get();
      List<Subscription> listed = list(s);
      Instant now = clock.instant();
      Action action = SubscriptionPlan.decide(listed, s.notificationUrl(), now, gone);
      if (action instanceof Create) {
        create(s);
      } else if (action instanceof Renew renew) {
        renew(s, renew.subscription());
      } else if (action instanceof SubscriptionPlan.Keep keep) {
        report("in place", keep.subscription().id(), keep.subscription().expires());
      }
      return config.upkeepInterval();
    } catch (RuntimeException e) {
      return failed("upkeep", e);
    } finally {
      lock.unlock();
    }
  }

  private void reauthorize(String id) {
    Setup s = setup().orElseThrow();
    lock.lock();
    try {
      HttpResponse<String> response =
          graph.call(
              s.access(), "POST", s.access().url() + "/subscriptions/" + id + "/reauthorize", null);
      if (response.statusCode() == 404) {
        // gone: a round without it creates ours anew, unless another of ours is still there
        LOG.log(Level.INFO, "Teams subscription " + tail(id) + " is gone");
        upkeep(Set.of(id));
        return;
      }
      check(response, "reauthorize the subscription");
      LOG.log(Level.INFO, "Teams subscription " + tail(id) + " reauthorized");
    } catch (RateLimited | Refused | Unavailable e) {
      // the documented alternative: a renewal reauthorizes too
      LOG.log(
          Level.INFO,
          "Teams subscription "
              + tail(id)
              + ": reauthorize failed ("
              + e.getMessage()
              + "), renewing");
      try {
        renew(s, new Subscription(id, SubscriptionPlan.RESOURCE, s.notificationUrl(), null));
      } catch (RuntimeException again) {
        failed("reauthorization", again);
      }
    } catch (RuntimeException e) {
      failed("reauthorization", e);
    } finally {
      lock.unlock();
    }
  }

  private List<Subscription> list(Setup s) {
    String base = s.access().url();
    String next = base + "/subscriptions";
    List<Subscription> all = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      if (!next.startsWith(base + "/")) {
        throw new Unavailable("a next link outside the configured Graph address");
      }
      HttpResponse<String> response = graph.call(s.access(), "GET", next, null);
      check(response, "list subscriptions");
      JsonObject answer = TeamsApi.object(response.body());
      if (answer.get("value") instanceof JsonArray value) {
        for (JsonValue v : value) {
          if (v instanceof JsonObject o) {
            all.add(subscription(o));
          }
        }
      }
      next = TeamsApi.text(answer, "@odata.nextLink");
    }
    return all;
  }

  private void create(Setup s) {
    Instant expiry = SubscriptionPlan.expiry(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    String body =
        Json.createObjectBuilder()
            .add("changeType", "created")
            .add("notificationUrl", s.notificationUrl())
            .add("lifecycleNotificationUrl", s.notificationUrl() + "/lifecycle")
            .add("resource", SubscriptionPlan.RESOURCE)
            .add("expirationDateTime", expiry.toString())
            .add("clientState", s.clientState())
            .build()
            .toString();
    HttpResponse<String> response =
        graph.call(s.access(), "POST", s.access().url() + "/subscriptions", body);
    check(response, "create the subscription");
    Subscription created = subscription(TeamsApi.object(response.body()));
    report("created", created.id(), created.expires() != null ? created.expires() : expiry);
  }

  private void renew(Setup s, Subscription subscription) {
    Instant expiry = SubscriptionPlan.expiry(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    String body =
        Json.createObjectBuilder().add("expirationDateTime", expiry.toString()).build().toString();
    HttpResponse<String> response =
        graph.call(
            s.access(), "PATCH", s.access().url() + "/subscriptions/" + subscription.id(), body);
    if (response.statusCode() == 404) {
      LOG.log(
          Level.INFO,
          "Teams subscription " + tail(subscription.id()) + " is gone; creating a new one");
      create(s);
      return;
    }
    check(response, "renew the subscription");
    Subscription renewed = subscription(TeamsApi.object(response.body()));
    report("renewed", subscription.id(), renewed.expires() != null ? renewed.expires() : expiry);
  }

  /** 2xx passes; 429 (or 503 with Retry-After) waits; 400/401/403 are refusals; others retry. */
  private static void check(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    PlatformHttp.limited(response);
    String code = errorCode(response.body());
    String answered = "HTTP " + status + (code.isEmpty() ? "" : " " + code);
    if (status == 401 || status == 403) {
      throw new Refused("Graph refused to " + what + " (" + answered + "): " + PERMISSION, status);
    }
    if (status == 400) {
      throw new Refused("Graph refused to " + what + " (" + answered + ")", status);
    }
    throw new Unavailable("Graph could not " + what + " (" + answered + ")");
  }

  /** Logs a failed round for the operator and says when to try again. */
  private Duration failed(String what, RuntimeException e) {
    Duration interval = config.upkeepInterval();
    Duration soon = interval.compareTo(RETRY) < 0 ? interval : RETRY;
    Duration wait;
    String message;
    if (e instanceof RateLimited limited) {
      wait = limited.retryAfter();
      message = "Graph asked to wait";
    } else if (e instanceof GraphClient.CredentialsRefused) {
      wait = interval;
      message =
          e.getMessage()
              + ": check telltale.meetings.teams.tenant-id, .client-id and .client-secret";
    } else if (e instanceof Refused refused && refused.status != 400) {
      wait = interval;
      message = e.getMessage();
    } else if (e instanceof Refused) {
      // most often the validation request: Graph could not reach the notification-url yet
      wait = soon;
      message =
          e.getMessage()
              + ": telltale.meetings.teams.notification-url must be this service's public https"
              + " address of /webhooks/teams (and its /lifecycle), answering Graph's validation"
              + " request within 10 seconds";
    } else if (e instanceof Unavailable) {
      wait = soon;
      message = e.getMessage();
    } else {
      wait = soon;
      message = e.getClass().getSimpleName();
    }
    reported = null;
    LOG.log(
        Level.WARNING,
        "Teams subscription "
            + what
            + " failed, next try in "
            + wait.toSeconds()
            + " s: "
            + message);
    return wait;
  }

  /** The state for the operator: logged when it changes, else once at the first round. */
  private void report(String what, String id, Instant expires) {
    String state = what + " " + id;
    if (what.equals("in place") && state.equals(reported)) {
      return;
    }
    reported = "in place " + id;
    LOG.log(
        Level.INFO,
        "Teams call-record subscription "
            + tail(id)
            + " "
            + what
            + ", expires "
            + (expires == null ? "at an unknown time" : expires.truncatedTo(ChronoUnit.SECONDS)));
  }

  private Optional<Setup> setup() {
    Optional<TeamsConfig.Access> access = config.access();
    Optional<String> url = config.notificationUrl();
    Optional<byte[]> state = config.clientState();
    if (access.isEmpty() || url.isEmpty() || state.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Setup(access.get(), url.get(), new String(state.get(), StandardCharsets.UTF_8)));
  }

  private static Subscription subscription(JsonObject o) {
    return new Subscription(
        TeamsApi.text(o, "id"),
        TeamsApi.text(o, "resource"),
        TeamsApi.text(o, "notificationUrl"),
        instant(TeamsApi.text(o, "expirationDateTime")));
  }

  private static Instant instant(String text) {
    return PlatformHttp.instant(text);
  }

  private static String errorCode(String body) {
    try {
      JsonObject answer = TeamsApi.object(body == null || body.isBlank() ? "{}" : body);
      String code =
          answer.get("error") instanceof JsonObject error ? TeamsApi.text(error, "code") : null;
      return code != null && code.matches("[A-Za-z0-9_.]{1,60}") ? code : "";
    } catch (Unavailable e) {
      return "";
    }
  }

  /** The last characters of a subscription id: enough to tell it apart in logs. */
  static String tail(String id) {
    return id == null ? "(no id)" : id.length() <= 4 ? id : "..." + id.substring(id.length() - 4);
  }
}
