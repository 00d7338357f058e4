package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import telltale.meetings.entity.Participant;
import telltale.meetings.entity.Platform;

/**
 * Microsoft Graph v1.0 with the app's client-credentials token ({@link GraphClient}): a call record
 * with its sessions and segments, following sessions@odata.nextLink. 429 or 503 become {@link
 * RateLimited} with Retry-After; a 404 (the record is not there yet) and other failures {@link
 * Unavailable}, so the read is retried.
 */
@ApplicationScoped
public class TeamsApi implements PlatformApi {
  static final int MAX_PAGES = 20;

  @Inject TeamsConfig config;
  @Inject GraphClient graph;

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
    HttpResponse<String> response = graph.call(access, "GET", address, null);
    int status = response.statusCode();
    if (status == 200) {
      return object(response.body());
    }
    PlatformHttp.limited(response);
    if (status == 401) {
      throw new Unavailable("call record refused the token");
    }
    throw new Unavailable("call record answered HTTP " + status);
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
    return PlatformHttp.instant(text);
  }

  static String text(JsonObject object, String name) {
    return PlatformHttp.text(object, name);
  }

  static JsonObject object(String body) {
    return PlatformHttp.object(body, "Graph");
  }
}
