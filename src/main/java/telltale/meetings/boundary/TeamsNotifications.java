package telltale.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.api.ClientError;
import telltale.json.JsonIntake;
import telltale.meetings.control.MeetingStore;
import telltale.meetings.control.TeamsConfig;
import telltale.meetings.control.TeamsSubscriptionSchedule;
import telltale.meetings.entity.Platform;

/**
 * Microsoft Graph's change notifications on call records: the validation handshake (the token
 * echoed), then batches whose every item must carry the subscription's clientState (compared in
 * constant time) and the employer's tenant, else the whole batch is refused with 401 and nothing is
 * stored. Each new call record is queued to be read after the read delay; a notification seen
 * before is not queued again. Lifecycle notifications are checked the same way, then acted on by
 * {@link TeamsSubscriptionSchedule} in the background.
 */
@ApplicationScoped
public class TeamsNotifications {
  static final String DEFAULT = "default";
  private static final Pattern RESOURCE =
      Pattern.compile(
          "/?communications/callRecords/([A-Za-z0-9-]{1,64})", Pattern.CASE_INSENSITIVE);
  private static final int MAX_TOKEN = 2048;

  @Inject TeamsConfig config;
  @Inject MeetingStore store;
  @Inject TeamsSubscriptionSchedule upkeep;
  Clock clock = Clock.systemUTC();

  /** What was done with a batch: how many call records were queued. */
  public record Accepted(int queued) {}

  /** The validation token, to be answered as text/plain exactly as received (URL-decoded). */
  public String validate(String token) {
    requireConfigured();
    if (token.length() > MAX_TOKEN || token.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw new ClientError(400, "invalid_token", "The validation token is not plain text.");
    }
    return token;
  }

  @Transactional
  public Accepted changes(byte[] body) {
    byte[] state = requireConfigured();
    List<JsonObject> items = items(body);
    List<String> records = new ArrayList<>();
    for (JsonObject item : items) {
      authentic(item, state);
      Matcher m = RESOURCE.matcher(text(item, "resource").orElse(""));
      String id =
          item.get("resourceData") instanceof JsonObject data && text(data, "id").isPresent()
              ? text(data, "id").get()
              : m.matches() ? m.group(1) : null;
      if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
        throw new ClientError(400, "invalid_notification", "A notification names no call record.");
      }
      records.add(id);
    }
    Instant now = clock.instant();
    int queued = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i);
      String id = records.get(i);
      String eventKey =
          "t:"
              + sha256(
                  text(item, "subscriptionId").orElse("")
                      + "\n"
                      + text(item, "changeType").orElse("")
                      + "\n"
                      + id.toLowerCase(Locale.ROOT));
      String recordKey = "r:" + sha256("teams\n" + id.toLowerCase(Locale.ROOT));
      if (!store.firstTime(eventKey, recordKey, now)) {
        continue; // Graph delivers again when an answer was late: the record is queued once
      }
      store.queue(
          Optional.empty(),
          Platform.teams,
          "callrecord:" + id,
          id,
          DEFAULT,
          now.plus(config.readDelay()),
          now);
      queued++;
    }
    return new Accepted(queued);
  }

  /**
   * Lifecycle notifications: checked like changes (a forged one changes nothing), then handed to
   * the subscription upkeep, which acts after Graph has had its answer.
   */
  public Accepted lifecycle(byte[] body) {
    byte[] state = requireConfigured();
    List<JsonObject> items = items(body);
    items.forEach(item -> authentic(item, state));
    for (JsonObject item : items) {
      String event = text(item, "lifecycleEvent").orElse("unknown").replaceAll("[^A-Za-z]", "");
      String subscription =
          text(item, "subscriptionId").filter(id -> id.matches("[A-Za-z0-9-]{1,64}")).orElse(null);
      upkeep.lifecycle(event.isEmpty() ? "unknown" : event, subscription);
    }
    return new Accepted(0);
  }

  private byte[] requireConfigured() {
    return config
        .clientState()
        .filter(s -> config.tenantId().isPresent())
        .orElseThrow(
            () ->
                new ClientError(
                    401,
                    "not_configured",
                    "No Teams tenant and client state are configured"
                        + " (telltale.meetings.teams.tenant-id, .client-state), so no notification"
                        + " can be verified."));
  }

  private void authentic(JsonObject item, byte[] state) {
    byte[] given = text(item, "clientState").orElse("").getBytes(StandardCharsets.UTF_8);
    boolean stateMatches = MessageDigest.isEqual(digest(given), digest(state));
    boolean tenantMatches =
        text(item, "tenantId")
            .map(t -> t.equalsIgnoreCase(config.tenantId().orElse("")))
            .orElse(false);
    if (!stateMatches || !tenantMatches) {
      throw new ClientError(
          401,
          "invalid_client_state",
          "A notification does not carry the subscription's clientState and the employer's"
              + " tenantId.");
    }
  }

  private static List<JsonObject> items(byte[] body) {
    JsonObject batch =
        JsonIntake.objectIfReadable(body)
            .orElseThrow(
                () -> new ClientError(400, "invalid_json", "The notification is not JSON."));
    if (!(batch.get("value") instanceof JsonArray value) || value.isEmpty()) {
      throw new ClientError(400, "invalid_notification", "The notification has no value list.");
    }
    List<JsonObject> items = new ArrayList<>();
    for (JsonValue v : value) {
      if (!(v instanceof JsonObject o)) {
        throw new ClientError(400, "invalid_notification", "A notification is not an object.");
      }
      items.add(o);
    }
    return items;
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString().strip())
        : Optional.empty();
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
