package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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

  private final PlatformHttp http = new PlatformHttp("Zoom");
  @Inject ZoomConfig config;

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
    return http.get(address, access.clientId(), key -> token(access), "participants", r -> {});
  }

  private String token(ZoomConfig.Access access) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (access.clientId() + ":" + access.clientSecret()).getBytes(StandardCharsets.UTF_8));
    return http.token(
        access.clientId(),
        now ->
            PlatformHttp.form(
                    access.oauthUrl(),
                    "grant_type=account_credentials&account_id=" + encode(access.accountId()))
                .header("Authorization", "Basic " + basic)
                .build(),
        r -> {});
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
    return PlatformHttp.instant(text);
  }

  private static String text(JsonObject object, String name) {
    return PlatformHttp.text(object, name);
  }

  private static String encode(String text) {
    return PlatformHttp.encode(text);
  }
}
