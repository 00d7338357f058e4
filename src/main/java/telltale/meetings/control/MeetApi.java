package telltale.meetings.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import telltale.meetings.entity.Participant;
import telltale.meetings.entity.Platform;

/**
 * Google Meet through the Admin SDK Reports API, as a service account with domain-wide delegation:
 * a JWT signed (RS256) with the account's private key, naming the administrator it acts as and the
 * scope admin.reports.audit.readonly, is exchanged for an access token (kept until shortly before
 * it expires); then the meeting code's call_ended events are read page by page (nextPageToken).
 * Each event is one endpoint that left the call. Meet has no webhook here: registered meetings are
 * polled ({@link #polling}). A 429, or a 503 with Retry-After, becomes {@link RateLimited}; other
 * failures {@link Unavailable}.
 */
@ApplicationScoped
public class MeetApi implements PlatformApi {
  static final String SCOPE = "https://www.googleapis.com/auth/admin.reports.audit.readonly";
  static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  static final int PAGE_SIZE = 1000;
  static final int MAX_PAGES = 20;
  private static final System.Logger LOG = System.getLogger(MeetApi.class.getName());

  private final PlatformHttp http = new PlatformHttp("Google");
  @Inject MeetConfig config;

  @Override
  public Platform platform() {
    return Platform.meet;
  }

  @Override
  public Optional<String> meetingKey(String idOrLink) {
    return MeetCodes.parse(idOrLink);
  }

  @Override
  public String meetingHint() {
    return "Give the Google Meet meeting code (three, four and three letters, such as"
        + " abc-defg-hij) or its join link, such as https://meet.google.com/abc-defg-hij.";
  }

  @Override
  public boolean readable(String connection) {
    return config.access().isPresent();
  }

  @Override
  public Optional<Polling> polling() {
    return Optional.of(new Polling(config.pollEvery(), config.pollFor()));
  }

  @Override
  public List<Participant> participants(MeetingStore.Row meeting) {
    MeetConfig.Access access =
        config.access().orElseThrow(() -> new Unavailable("no Google Meet credentials configured"));
    return participants(access, meeting.meetingId());
  }

  /** Every call_ended record Meet logged for one meeting code, as participants. */
  public List<Participant> participants(MeetConfig.Access access, String code) {
    String logged = MeetCodes.logged(code);
    List<Participant> all = new ArrayList<>();
    String next = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      String address =
          access.url()
              + "/admin/reports/v1/activity/users/all/applications/meet?eventName=call_ended"
              + "&filters="
              + encode("meeting_code==" + logged)
              + "&maxResults="
              + PAGE_SIZE
              + (next.isEmpty() ? "" : "&pageToken=" + encode(next));
      JsonObject answer = get(access, address);
      all.addAll(participants(answer, logged));
      next = text(answer, "nextPageToken");
      if (next == null || next.isEmpty()) {
        return all;
      }
    }
    return all;
  }

  /** The call_ended events of one page that are of this meeting code, as participant records. */
  static List<Participant> participants(JsonObject page, String loggedCode) {
    List<Participant> found = new ArrayList<>();
    if (!(page.get("items") instanceof JsonArray items)) {
      return found;
    }
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject activity)
          || !(activity.get("events") instanceof JsonArray events)) {
        continue;
      }
      Instant time = activity.get("id") instanceof JsonObject id ? instant(text(id, "time")) : null;
      for (JsonValue value : events) {
        if (value instanceof JsonObject event
            && "call_ended".equals(text(event, "name"))
            && event.get("parameters") instanceof JsonArray parameters) {
          Map<String, JsonObject> byName = new HashMap<>();
          for (JsonValue p : parameters) {
            if (p instanceof JsonObject parameter && text(parameter, "name") != null) {
              byName.put(text(parameter, "name"), parameter);
            }
          }
          if (loggedCode.equalsIgnoreCase(MeetCodes.logged(string(byName, "meeting_code", "")))) {
            found.add(participant(byName, time));
          }
        }
      }
    }
    return found;
  }

  /**
   * One endpoint's call_ended parameters as a participant record: the e-mail address when
   * identifier_type says the identifier is one; a guest when is_external; the connection's
   * ip_address and location_country; device_type; the join time as the event's time less
   * duration_seconds. endpoint_id changes on every join, so it names no machine; Meet reports no
   * camera.
   */
  static Participant participant(Map<String, JsonObject> p, Instant ended) {
    String identifier = string(p, "identifier", null);
    boolean email = "email_address".equals(string(p, "identifier_type", null));
    JsonObject flag = p.get("is_external");
    boolean external =
        flag != null
            && (flag.get("boolValue") == JsonValue.TRUE
                || "true".equalsIgnoreCase(text(flag, "value")));
    String person = identifier;
    if (person == null) {
      person = string(p, "display_name", null);
    }
    if (person == null) {
      person = string(p, "endpoint_id", null);
    }
    Instant joined = null;
    Long seconds = number(p, "duration_seconds");
    if (ended != null) {
      joined = seconds == null ? ended : ended.minusSeconds(seconds);
    }
    return new Participant(
        external ? null : (identifier == null ? "internal" : identifier),
        person,
        email ? identifier : null,
        string(p, "ip_address", null),
        string(p, "location_country", null),
        null,
        string(p, "device_type", null),
        null,
        null,
        null,
        null,
        joined);
  }

  private JsonObject get(MeetConfig.Access access, String address) {
    return http.get(
        address,
        tokenKey(access),
        key -> token(access),
        "Reports API",
        response -> {
          if (response.statusCode() == 403) {
            LOG.log(
                Level.WARNING,
                "Google Meet: the Reports API refused the administrator the service account acts"
                    + " as (HTTP 403): the administrator needs the Reports privilege");
          }
        });
  }

  private String token(MeetConfig.Access access) {
    return http.token(
        tokenKey(access),
        now ->
            PlatformHttp.form(
                    access.tokenUrl(),
                    "grant_type=" + encode(GRANT) + "&assertion=" + assertion(access, now))
                .build(),
        response -> {
          // Google's error code (invalid_grant, unauthorized_client, ...) says which setup step
          // is off
          String error = "";
          try {
            error = Optional.ofNullable(text(http.object(response.body()), "error")).orElse("");
          } catch (Unavailable e) {
            // no JSON body: the status says enough
          }
          LOG.log(
              Level.WARNING,
              "Google Meet: the token endpoint refused the service account (HTTP "
                  + response.statusCode()
                  + (error.matches("[a-z_]{1,40}") ? ", " + error : "")
                  + "); unauthorized_client means domain-wide delegation of "
                  + SCOPE
                  + " is not granted");
        });
  }

  /**
   * The JWT bearer assertion Google documents for a service account: iss the account, sub the user
   * it acts as, scope, aud the token endpoint, iat now and exp an hour later, signed RS256.
   */
  static String assertion(MeetConfig.Access access, Instant now) {
    try {
      JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
      if (access.keyId() != null) {
        header.keyID(access.keyId());
      }
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(access.clientEmail())
              .subject(access.adminEmail())
              .claim("scope", SCOPE)
              .audience(access.tokenUrl())
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plusSeconds(3600)))
              .build();
      SignedJWT jwt = new SignedJWT(header.build(), claims);
      jwt.sign(new RSASSASigner(privateKey(access.privateKey())));
      return jwt.serialize();
    } catch (JOSEException | GeneralSecurityException | IllegalArgumentException e) {
      throw new Unavailable("the service account's private key cannot sign");
    }
  }

  /** A PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), as in a service account's JSON key. */
  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    String base64 =
        pem.replace("\\n", "\n")
            .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static String tokenKey(MeetConfig.Access access) {
    return access.clientEmail() + "\n" + access.adminEmail() + "\n" + access.tokenUrl();
  }

  private static String string(Map<String, JsonObject> p, String name, String otherwise) {
    String value = p.containsKey(name) ? text(p.get(name), "value") : null;
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private static Long number(Map<String, JsonObject> p, String name) {
    if (!p.containsKey(name)) {
      return null;
    }
    // int64 values come as strings ("intValue": "952")
    JsonValue value = p.get(name).get("intValue");
    try {
      if (value instanceof JsonString s) {
        return Long.parseLong(s.getString().strip());
      }
      if (value instanceof JsonNumber n) {
        return n.longValue();
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
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
