package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import telltale.meetings.entity.Participant;
import telltale.meetings.entity.Platform;

/**
 * Zoom's API with a Server-to-Server OAuth app: an account_credentials token (kept until shortly
 * before it expires), then the dashboard's participants of a past meeting, page by page. A 429
 * answer becomes {@link RateLimited} with Zoom's Retry-After; other failures {@link Unavailable}.
 */
@ApplicationScoped
public class ZoomApi implements PlatformApi {
  static final int PAGE_SIZE = 300;
  static final int MAX_PAGES = 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  @Inject ZoomConfig config;
  Clock clock = Clock.systemUTC();

  private record Token(String value, Instant until) {}

  @Override
  public Platform platform() {
    return Platform.zoom;
  }

  @Override
  public Optional<String> meetingKey(String idOrLink) {
    return ZoomMeetingIds.parse(idOrLink);
  }

  @Override
  public String meetingHint() {
    return "Give the Zoom meeting's number (9 to 12 digits) or its join link, such as"
        + " https://zoom.us/j/85746065432.";
  }

  @Override
  public boolean readable(String connection) {
    return config.access(connection).isPresent();
  }

  @Override
  public List<Participant> participants(MeetingStore.Row meeting) {
    ZoomConfig.Access access =
        config
            .access(meeting.connection())
            .orElseThrow(() -> new Unavailable("no Zoom API credentials configured"));
    return participants(
        access, meeting.meetingUuid() != null ? meeting.meetingUuid() : meeting.meetingId());
  }

  /** Every participant record of one past meeting instance (its UUID, or the meeting id). */
  public List<Participant> participants(ZoomConfig.Access access, String meeting) {
    List<Participant> all = new ArrayList<>();
    String next = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      String query =
          "?type=past&page_size="
              + PAGE_SIZE
              + (next.isEmpty() ? "" : "&next_page_token=" + encode(next));
      JsonObject answer =
          get(
              access,
              access.url().replaceAll("/+$", "")
                  + "/metrics/meetings/"
                  + meetingPath(meeting)
                  + "/participants"
                  + query);
      if (answer.get("participants") instanceof jakarta.json.JsonArray records) {
        for (JsonValue record : records) {
          if (record instanceof JsonObject p) {
            all.add(participant(p));
          }
        }
      }
      next = text(answer, "next_page_token");
      if (next == null || next.isEmpty()) {
        return all;
      }
    }
    return all;
  }

  /** A UUID that starts with "/" or holds "//" is encoded twice, as Zoom asks. */
  static String meetingPath(String meeting) {
    String once = encode(meeting);
    return meeting.startsWith("/") || meeting.contains("//") ? encode(once) : once;
  }

  private JsonObject get(ZoomConfig.Access access, String address) {
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
      if (status == 429) {
        throw RateLimited.after(response);
      }
      if (status == 401 && attempt == 0) {
        tokens.remove(access.clientId());
        continue;
      }
      throw new Unavailable("participants answered HTTP " + status);
    }
    throw new Unavailable("participants refused the token");
  }

  private String token(ZoomConfig.Access access) {
    Instant now = clock.instant();
    Token kept = tokens.get(access.clientId());
    if (kept != null && kept.until().isAfter(now)) {
      return kept.value();
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (access.clientId() + ":" + access.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(access.oauthUrl()))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=account_credentials&account_id=" + encode(access.accountId())))
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
    long seconds =
        answer.get("expires_in") instanceof jakarta.json.JsonNumber n ? n.longValue() : 3600;
    tokens.put(access.clientId(), new Token(value, now.plusSeconds(Math.max(0, seconds - 60))));
    return value;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable("Zoom unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  static Participant participant(JsonObject p) {
    return new Participant(
        text(p, "id"),
        text(p, "participant_uuid"),
        text(p, "email") != null ? text(p, "email") : text(p, "user_email"),
        text(p, "ip_address"),
        text(p, "location"),
        text(p, "network_type"),
        text(p, "device"),
        text(p, "camera"),
        text(p, "pc_name"),
        text(p, "mac_addr"),
        text(p, "harddisk_id"),
        instant(text(p, "join_time")));
  }

  private static Instant instant(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString().strip() : null;
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Unavailable("Zoom's answer is not a JSON object");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
