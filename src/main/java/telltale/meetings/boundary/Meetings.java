package telltale.meetings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import telltale.api.ClientError;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.json.JsonIntake;
import telltale.linkage.boundary.Linkage;
import telltale.meetings.control.MeetingStore;
import telltale.meetings.control.PlatformApi;
import telltale.meetings.control.Platforms;
import telltale.meetings.control.ScheduledRounds;
import telltale.meetings.control.ZoomConfig;
import telltale.meetings.control.ZoomSignature;
import telltale.meetings.entity.Meeting;
import telltale.meetings.entity.MeetingRequest;
import telltale.meetings.entity.Platform;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

/**
 * Interview meetings as evidence: Zoom's signed events (its URL-validation handshake answered, a
 * forged, stale or replayed event refused before anything is stored, an ended meeting queued to be
 * read), meetings a person registers for a candidate's round, and their erasure and expiry.
 */
@ApplicationScoped
public class Meetings {
  private static final Pattern CONNECTION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Duration EVENTS_KEPT = Duration.ofDays(1);
  private static final System.Logger LOG = System.getLogger(Meetings.class.getName());

  @Inject ZoomConfig config;
  @Inject MeetingStore store;
  @Inject Platforms platforms;
  @Inject Screenings screenings;
  @Inject Linkage linkage;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  /** What Zoom gets back: the handshake's two tokens, or what was done with the event. */
  /** The answer to endpoint.url_validation, exactly as Zoom documents it. */
  public record UrlValidation(String plainToken, String encryptedToken) {}

  /** What was done with an event: queued (a meeting to read) or ignored. */
  public record Received(String status) {}

  @Transactional
  public Object zoomEvent(String connection, Map<String, List<String>> headers, byte[] body) {
    if (!CONNECTION.matcher(connection).matches()) {
      throw new ClientError(404, "unknown_connection", "No such Zoom connection.");
    }
    List<byte[]> secrets = config.secrets(connection);
    if (secrets.isEmpty()) {
      throw new ClientError(
          401,
          "not_configured",
          "No Zoom secret token is configured for this connection"
              + " (telltale.meetings.zoom.secret), so no request can be verified.");
    }
    Instant now = clock.instant();
    String signature = header(headers, "x-zm-signature");
    byte[] signer =
        ZoomSignature.signer(
                secrets,
                header(headers, "x-zm-request-timestamp"),
                signature,
                body,
                now,
                config.tolerance())
            .orElseThrow(
                () ->
                    new ClientError(
                        401,
                        "invalid_signature",
                        "The x-zm-signature header does not match the body and"
                            + " x-zm-request-timestamp, or the timestamp is not within "
                            + config.tolerance().toSeconds()
                            + " seconds of now."));
    JsonObject event =
        JsonIntake.objectIfReadable(body)
            .orElseThrow(
                () -> new ClientError(400, "invalid_json", "The event is not a JSON object."));
    String type = text(event, "event").orElse("");
    JsonObject payload =
        event.get("payload") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
    if (type.equals("endpoint.url_validation")) {
      String plain =
          text(payload, "plainToken")
              .orElseThrow(
                  () ->
                      new ClientError(
                          400, "invalid_event", "The URL validation names no plainToken."));
      return new UrlValidation(plain, ZoomSignature.encryptedToken(signer, plain));
    }
    JsonObject object =
        payload.get("object") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    String eventKey =
        "e:"
            + sha256(
                type
                    + "\n"
                    + event.getOrDefault("event_ts", JsonValue.NULL)
                    + "\n"
                    + object.getOrDefault("uuid", JsonValue.NULL)
                    + "\n"
                    + object.getOrDefault("participant", JsonValue.NULL));
    String signatureKey = "s:" + sha256(signature.strip().toLowerCase(Locale.ROOT));
    if (!store.firstTime(eventKey, signatureKey, now)) {
      throw new ClientError(
          401, "replayed", "This event was received before; a replayed event is refused.");
    }
    if (!type.equals("meeting.ended")) {
      return new Received("ignored");
    }
    String meetingId =
        id(object.get("id"))
            .orElseThrow(
                () -> new ClientError(400, "invalid_event", "The ended meeting names no id."));
    String uuid = text(object, "uuid").orElse(null);
    Optional<MeetingStore.Row> registered =
        store.withMeetingId(Platform.zoom, meetingId, "registered").stream().findFirst();
    store.queue(
        registered, Platform.zoom, meetingId, uuid, connection, now.plus(config.readDelay()), now);
    return new Received("queued");
  }

  /** A person says which meeting was the screened candidate's round. */
  @Transactional
  public Meeting register(String screeningId, MeetingRequest request, String actor) {
    Screening screening = screening(screeningId);
    Platform platform = request.platform();
    PlatformApi api =
        platforms
            .of(platform)
            .orElseThrow(
                () ->
                    new ClientError(
                        400,
                        "platform_not_connected",
                        "Telltale does not read " + platform.label() + " meetings yet."));
    if (api.polling().isPresent() && !api.readable(ZoomConfig.DEFAULT)) {
      // a polled platform is only ever read with credentials; without them nothing would happen
      throw new ClientError(
          400,
          "platform_not_connected",
          "Telltale has no " + platform.label() + " credentials configured to read meetings.");
    }
    String meetingId =
        api.meetingKey(request.meeting())
            .orElseThrow(() -> new ClientError(400, "invalid_meeting", api.meetingHint()));
    Instant now = clock.instant();
    Ats ats = screening.ats();
    String candidateId = screening.candidateId();
    Meeting meeting = attach(api, meetingId, ats, candidateId, request.round(), now);
    audit.record(
        now.atOffset(ZoneOffset.UTC),
        Audited.of("meeting_registered", actor)
            .screening(screeningId)
            .subject(linkage.subject(ats.name(), candidateId))
            .detail(platform.label() + " meeting for round " + request.round()));
    return meeting;
  }

  /** What an ATS's scheduled interviews did: meetings registered now, and notes on the rest. */
  public record Scheduled(List<Meeting> registered, List<String> notes) {}

  /**
   * Registers the meetings of interviews an ATS scheduled for a candidate, each for its round (its
   * rank by start time among the interviews whose link a platform recognises). {@code whole}: the
   * list is all the candidate's scheduled interviews (Greenhouse's application), so ranks are
   * rounds; otherwise (one Ashby interview schedule) rounds follow the highest round of the
   * candidate's other meetings. A meeting already known for the candidate is left as it is, so a
   * repeated delivery registers nothing twice; a platform without credentials is skipped with a
   * note. {@code screeningId} names the screening in the audit log (null: the candidate's latest).
   */
  @Transactional
  public Scheduled scheduled(
      Ats ats,
      String candidateId,
      List<ScheduledMeeting> scheduled,
      boolean whole,
      String screeningId) {
    List<ScheduledRounds.Ranked> ranked = ScheduledRounds.rank(scheduled, platforms.all());
    List<MeetingStore.Row> known = store.ofCandidate(ats, candidateId);
    int after =
        whole
            ? 0
            : known.stream()
                .filter(row -> ranked.stream().noneMatch(r -> same(r, row)))
                .map(MeetingStore.Row::round)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(0);
    Instant now = clock.instant();
    String audited =
        screeningId != null ? screeningId : screenings.latestId(ats, candidateId).orElse(null);
    List<Meeting> registered = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ScheduledRounds.Ranked meeting : ranked) {
      if (known.stream().anyMatch(row -> same(meeting, row))) {
        continue;
      }
      PlatformApi api = platforms.of(meeting.platform()).orElseThrow();
      if (!api.readable(ZoomConfig.DEFAULT)) {
        notes.add(
            "Scheduled interview: a "
                + meeting.platform().label()
                + " meeting was not registered, because Telltale has no "
                + meeting.platform().label()
                + " credentials configured.");
        LOG.log(
            Level.INFO,
            "a scheduled " + meeting.platform() + " meeting skipped: platform not connected");
        continue;
      }
      if (ScheduledRounds.beyondPolling(meeting, api, now)) {
        // polled from registration for a limited time: one this far ahead would expire unread;
        // a later delivery of the schedule registers it
        notes.add(
            "Scheduled interview: a "
                + meeting.platform().label()
                + " meeting more than "
                + api.polling().get().until().toDays()
                + " days ahead is registered with a later delivery.");
        continue;
      }
      int round = after + meeting.round();
      registered.add(attach(api, meeting.meetingKey(), ats, candidateId, round, now));
      audit.record(
          now.atOffset(ZoneOffset.UTC),
          Audited.of("meeting_registered", ats.name())
              .screening(audited)
              .subject(linkage.subject(ats.name(), candidateId))
              .detail(
                  meeting.platform().label()
                      + " meeting for round "
                      + round
                      + ", from the ATS's scheduled interview"));
    }
    return new Scheduled(registered, notes);
  }

  /** The meetings known for the screened candidate, in the order they were registered. */
  @Transactional
  public List<Meeting> ofScreening(String screeningId) {
    Screening screening = screening(screeningId);
    return store.ofCandidate(screening.ats(), screening.candidateId()).stream()
        .map(r -> new Meeting(r.id(), r.platform(), r.meetingId(), r.round(), r.status()))
        .toList();
  }

  private Screening screening(String screeningId) {
    return screenings
        .find(screeningId)
        .orElseThrow(
            () ->
                new ClientError(
                    404, "unknown_screening", "There is no screening " + screeningId + "."));
  }

  private static boolean same(ScheduledRounds.Ranked meeting, MeetingStore.Row row) {
    return row.platform() == meeting.platform() && row.meetingId().equals(meeting.meetingKey());
  }

  /**
   * The meeting becomes the candidate's round: an ended one kept unmatched is assigned (and read
   * again), else it is registered, and a polled platform's meeting is looked for at once.
   */
  private Meeting attach(
      PlatformApi api, String meetingId, Ats ats, String candidateId, int round, Instant now) {
    Platform platform = api.platform();
    Optional<MeetingStore.Row> unmatched =
        store.withMeetingId(platform, meetingId, "unmatched").stream()
            .filter(r -> !r.matched() || (r.ats() == ats && r.candidateId().equals(candidateId)))
            .findFirst();
    if (unmatched.isPresent()) {
      store.assign(unmatched.get(), ats, candidateId, round, now);
      return new Meeting(unmatched.get().id(), platform, meetingId, round, "queued");
    }
    String id = store.register(platform, meetingId, ats, candidateId, round, now);
    if (api.polling().isPresent()) {
      // no event will announce its end: look for it now, then as polling() says
      store.queue(store.find(id), platform, meetingId, null, ZoomConfig.DEFAULT, now, now);
      return new Meeting(id, platform, meetingId, round, "queued");
    }
    return new Meeting(id, platform, meetingId, round, "registered");
  }

  /** Removes a candidate's meetings (privacy erasure); returns how many went. */
  public int erase(Ats ats, String candidateId) {
    return store.erase(ats, candidateId);
  }

  /** Removes meetings older than the retention limit, and events older than a day. */
  public int expire(OffsetDateTime before) {
    return store.expire(before, clock.instant().minus(EVENTS_KEPT).atOffset(ZoneOffset.UTC));
  }

  private static String header(Map<String, List<String>> headers, String name) {
    for (var entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString().strip())
        : Optional.empty();
  }

  /** Zoom sends a meeting's id as a number (sometimes as a string). */
  private static Optional<String> id(JsonValue value) {
    if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().signum() > 0) {
      return Optional.of(n.bigIntegerValue().toString());
    }
    if (value instanceof JsonString s && s.getString().strip().matches("\\d{1,20}")) {
      return Optional.of(s.getString().strip());
    }
    return Optional.empty();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
