package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import telltale.meetings.entity.Participant;
import telltale.meetings.entity.Platform;

/**
 * Microsoft Graph v1.0 with client credentials: a token for https://graph.microsoft.com/.default
 * (kept until shortly before it expires), then a call record with its sessions and segments,
 * following sessions@odata.nextLink. 429 or 503 become {@link RateLimited} with Retry-After; a 404
 * (the record is not there yet) and other failures {@link Unavailable}, so the read is retried.
 */
@ApplicationScoped
public class TeamsApi implements PlatformApi {
  static final int MAX_PAGES = 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AtomicReference<Token> token = new AtomicReference<>();
  @Inject TeamsConfig config;
  Clock clock = Clock.systemUTC();

  private record Token(String clientId, String value, Instant until) {}

  @Override
  public Platform platform() {
    return Platform.teams;
  }

  @Override
  public Optional<String> meetingKey(String idOrLink) {
    return TeamsMeetingKeys.parse(idOrLink);
  }

  @Override
  public String meetingHint() {
    return "Give the Teams meeting's full join link, such as"
        + " https://teams.microsoft.com/l/meetup-join/19%3ameeting_...%40thread.v2/0?context=..."
        + " (a short /meet/ link cannot be matched with Teams' call records).";
  }

  @Override
  public boolean readable(String connection) {
    return config.access().isPresent();
  }

  @Override
  public List<Participant> participants(MeetingStore.Row meeting) {
    return report(meeting).participants();
  }

  @Override
  public Report report(MeetingStore.Row meeting) {
    TeamsConfig.Access access =
        config.access().orElseThrow(() -> new Unavailable("no Teams API credentials configured"));
    if (meeting.meetingUuid() == null || !meeting.meetingUuid().matches("[A-Za-z0-9-]{1,64}")) {
      throw new Unavailable("no call record id");
    }
    String base = access.url();
    JsonObject record =
        get(
            access,
            base
                + "/communications/callRecords/"
                + meeting.meetingUuid()
                + "?$expand="
                + URLEncoder.encode("sessions($expand=segments)", StandardCharsets.UTF_8));
    List<JsonObject> sessions = new ArrayList<>(objects(record.get("sessions")));
    String next = text(record, "sessions@odata.nextLink");
    for (int page = 1; page < MAX_PAGES && next != null && !next.isEmpty(); page++) {
      // the token goes only to Graph's own address
      if (!next.startsWith(base + "/")) {
        throw new Unavailable("a next link outside the configured Graph address");
      }
      JsonObject more = get(access, next);
      sessions.addAll(objects(more.get("value")));
      next = text(more, "@odata.nextLink");
    }
    String joinWebUrl = text(record, "joinWebUrl");
    String key = joinWebUrl == null ? null : TeamsMeetingKeys.parse(joinWebUrl).orElse(null);
    return new Report(key, participants(sessions, access.tenantId()));
  }

  /**
   * One record per participant endpoint of every session (the conference's service endpoints are
   * skipped): a user of the employer's tenant keeps its id; anyone else (a guest, an anonymous or
   * another tenant's user) has none, so {@link CandidateRecords} sees a guest.
   */
  static List<Participant> participants(List<JsonObject> sessions, String tenantId) {
    List<Participant> all = new ArrayList<>();
    for (JsonObject session : sessions) {
      for (String side : List.of("caller", "callee")) {
        if (!(session.get(side) instanceof JsonObject endpoint)
            || text(endpoint, "@odata.type") != null
                && text(endpoint, "@odata.type").endsWith("serviceEndpoint")) {
          continue;
        }
        all.add(participant(session, endpoint, side, tenantId));
      }
    }
    return all;
  }

  private static Participant participant(
      JsonObject session, JsonObject endpoint, String side, String tenantId) {
    String identityId = null;
    String identityTenant = null;
    if (endpoint.get("associatedIdentity") instanceof JsonObject associated) {
      identityId = text(associated, "id");
      identityTenant = text(associated, "tenantId");
    }
    if (identityId == null && endpoint.get("identity") instanceof JsonObject set) {
      for (String kind : List.of("user", "guest", "acsUser", "encrypted", "phone")) {
        if (set.get(kind) instanceof JsonObject identity && text(identity, "id") != null) {
          identityId = text(identity, "id");
          identityTenant = kind.equals("user") ? text(identity, "tenantId") : null;
          break;
        }
      }
    }
    boolean employee =
        identityId != null
            && identityTenant != null
            && identityTenant.toLowerCase(Locale.ROOT).equals(tenantId.toLowerCase(Locale.ROOT));
    String machine = text(endpoint, "name");
    String person =
        identityId != null ? identityId : machine != null ? "endpoint:" + machine : null;
    String reflexive = null;
    String connection = null;
    String mac = null;
    String videoCapture = null;
    String anyCapture = null;
    for (JsonObject segment : objects(session.get("segments"))) {
      for (JsonObject media : objects(segment.get("media"))) {
        if (media.get(side + "Network") instanceof JsonObject network) {
          reflexive = first(reflexive, text(network, "reflexiveIPAddress"));
          connection = first(connection, text(network, "connectionType"));
          mac = first(mac, text(network, "macAddress"));
        }
        if (media.get(side + "Device") instanceof JsonObject device) {
          String capture = text(device, "captureDeviceName");
          String label = text(media, "label");
          if (label != null && label.toLowerCase(Locale.ROOT).contains("video")) {
            videoCapture = first(videoCapture, capture);
          } else {
            anyCapture = first(anyCapture, capture);
          }
        }
      }
    }
    String platform =
        endpoint.get("userAgent") instanceof JsonObject agent ? text(agent, "platform") : null;
    return new Participant(
        employee ? identityId : null,
        person,
        null,
        reflexive,
        null,
        connection,
        platform,
        videoCapture != null ? videoCapture : anyCapture,
        machine,
        mac,
        null,
        instant(text(session, "startDateTime")));
  }

  private static String first(String kept, String candidate) {
    return kept != null ? kept : candidate;
  }

  private JsonObject get(TeamsConfig.Access access, String address) {
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(address))
              .timeout(TIMEOUT)
              .header("Authorization", "Bearer " + token(access))
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> response = send(request);
      int status = response.statusCode();
      if (status == 200) {
        return object(response.body());
      }
      if (status == 429
          || status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
        throw RateLimited.after(response);
      }
      if (status == 401 && attempt == 0) {
        token.set(null);
        continue;
      }
      throw new Unavailable("call record answered HTTP " + status);
    }
    throw new Unavailable("call record refused the token");
  }

  private String token(TeamsConfig.Access access) {
    Instant now = clock.instant();
    Token kept = token.get();
    if (kept != null && kept.clientId().equals(access.clientId()) && kept.until().isAfter(now)) {
      return kept.value();
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(access.tokenUrl()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "client_id="
                        + encode(access.clientId())
                        + "&scope="
                        + encode("https://graph.microsoft.com/.default")
                        + "&client_secret="
                        + encode(access.clientSecret())
                        + "&grant_type=client_credentials"))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() == 429) {
      throw RateLimited.after(response);
    }
    if (response.statusCode() != 200) {
      throw new Unavailable("token endpoint answered HTTP " + response.statusCode());
    }
    JsonObject answer = object(response.body());
    String value = text(answer, "access_token");
    if (value == null || value.isEmpty()) {
      throw new Unavailable("token endpoint gave no access_token");
    }
    long seconds = answer.get("expires_in") instanceof JsonNumber n ? n.longValue() : 3599;
    token.set(new Token(access.clientId(), value, now.plusSeconds(Math.max(0, seconds - 300))));
    return value;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable("Graph unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  private static List<JsonObject> objects(JsonValue value) {
    List<JsonObject> list = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonObject o) {
          list.add(o);
        }
      }
    }
    return list;
  }

  private static Instant instant(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? s.getString().strip()
        : null;
  }

  static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Unavailable("Graph's answer is not a JSON object");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
