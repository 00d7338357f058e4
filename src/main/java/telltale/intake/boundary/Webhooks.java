package telltale.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.api.ApiError;
import telltale.api.ClientError;
import telltale.api.ConstraintViolationMapper;
import telltale.database.StorageFailures;
import telltale.intake.adapters.Adapters;
import telltale.intake.adapters.Intake;
import telltale.intake.control.DeliveryLog;
import telltale.intake.control.OnceOnly;
import telltale.intake.control.WebhookConfig;
import telltale.intake.entity.Delivery;
import telltale.intake.fetch.FetchConfig;
import telltale.intake.fetch.FetchTargets;
import telltale.intake.fetch.FilesConfig;
import telltale.intake.signatures.Signatures;
import telltale.intake.signatures.Verdict;
import telltale.json.JsonIntake;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Receives one webhook delivery: answers set-up calls, verifies the signature on the raw bytes
 * before anything is parsed, reads the vendor's payload, screens a candidate once per delivery, and
 * acknowledges with the status code that vendor expects.
 */
@ApplicationScoped
public class Webhooks {
  private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

  /** Screening attempts when a concurrent screening of the same candidate gets in the way. */
  static final int ATTEMPTS = 3;

  private static final Pattern CONNECTION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  @Inject WebhookConfig config;
  @Inject OnceOnly onceOnly;
  @Inject DeliveryLog deliveries;
  @Inject FetchConfig fetchConfig;
  @Inject FilesConfig files;
  @Inject Validator validator;
  @Inject Event<WebhookAnswered> answered;
  Clock clock = Clock.systemUTC();

  /** What to answer: status, extra headers, body. */
  public record Reply(int status, Map<String, String> headers, Ack body) {}

  /** Answers a delivery and tells observers (metrics) how: its status, or refused and why. */
  public Reply receive(
      String atsName, String connection, Map<String, List<String>> headers, byte[] body) {
    String ats =
        Arrays.stream(Ats.values()).anyMatch(a -> a.name().equals(atsName)) ? atsName : "unknown";
    try {
      Reply reply = answer(atsName, connection, headers, body);
      answered.fire(new WebhookAnswered(ats, reply.body().status()));
      return reply;
    } catch (ClientError e) {
      answered.fire(new WebhookAnswered(ats, "refused_" + e.error().code()));
      throw e;
    }
  }

  private Reply answer(
      String atsName, String connection, Map<String, List<String>> headers, byte[] body) {
    Ats ats = ats(atsName);
    if (!CONNECTION.matcher(connection).matches()) {
      throw new ClientError(
          404,
          "unknown_connection",
          "Connection names are lower-case letters, digits and hyphens.");
    }
    Instant now = clock.instant();
    Delivery delivery = new Delivery(ats, connection, headers, body, now);
    Optional<Intake.Handshake> setUp = Adapters.unsignedHandshake(delivery);
    if (setUp.isPresent()) {
      return handshake(setUp.get());
    }
    List<String> secrets = config.secrets(ats, connection);
    if (secrets.isEmpty()) {
      throw new ClientError(
          401,
          "no_secret",
          "This webhook connection has no signing secret configured, so Telltale refuses its deliveries.");
    }
    if (Signatures.forAts(ats, config.tolerances()).verify(delivery, secrets, now)
        instanceof Verdict.Refused refused) {
      LOG.log(Level.INFO, "refused a " + ats + "/" + connection + " delivery: " + refused.reason());
      throw new ClientError(
          401,
          "invalid_signature",
          "The delivery's signature does not verify: " + refused.reason() + ".");
    }
    JsonObject payload = object(body);
    Intake intake = Adapters.forAts(ats).read(delivery, payload);
    if (intake instanceof Intake.Handshake handshake) {
      return handshake(handshake);
    }
    if (intake instanceof Intake.Ignored) {
      return new Reply(ack(ats), Map.of(), new Ack("ignored", null));
    }
    if (intake instanceof Intake.Evidence evidence) {
      return evidence(delivery, evidence, now);
    }
    if (intake instanceof Intake.Scheduled scheduled) {
      return scheduled(delivery, scheduled, now);
    }
    Intake.Candidate candidate = (Intake.Candidate) intake;
    validate(candidate.profile());
    String key = DeliveryLog.key(ats.name(), connection, candidate.deliveryId());
    List<String> fetch = toFetch(ats, connection, candidate.fetch());
    boolean thin = !fetch.isEmpty();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        if (thin) {
          onceOnly.queue(key, delivery, FetchTargets.join(fetch), candidate.profile(), now);
          return new Reply(ack(ats), Map.of(), new Ack("queued", null));
        }
        String screening = onceOnly.screen(key, delivery, candidate.profile(), now).id();
        return new Reply(ack(ats), Map.of(), new Ack("screened", screening));
      } catch (RuntimeException e) {
        if (!StorageFailures.isDuplicateKey(e)) {
          throw e;
        }
        var earlier = deliveries.find(key);
        if (earlier.isPresent()) {
          // a queued delivery has no screening yet
          return new Reply(ack(ats), Map.of(), new Ack("duplicate", earlier.get().screeningId()));
        }
        // another key clashed: a screening of the same candidate replaced its linkage prints at
        // the same moment; this delivery was not recorded, so it must not be acknowledged
        LOG.log(Level.INFO, "concurrent screening of one candidate; attempt " + attempt);
      }
    }
    throw new ClientError(
        503,
        "concurrent_screening",
        "Other deliveries for this candidate are being screened right now; nothing was kept. Please retry.");
  }

  /**
   * Later evidence from an HR, payroll or IT system for a candidate already screened, once per
   * delivery; the connection's name is the evidence's source ("generic" for the default one). A
   * candidate Telltale has never screened is the sender's 404: it is a system of our customer's,
   * not a vendor that retries forever.
   */
  private Reply evidence(Delivery delivery, Intake.Evidence evidence, Instant now) {
    CandidateProfile partial = evidence.partial();
    validate(partial);
    String key =
        DeliveryLog.key(delivery.ats().name(), delivery.connection(), evidence.deliveryId());
    var earlier = deliveries.find(key);
    if (earlier.isPresent()) {
      return new Reply(200, Map.of(), new Ack("duplicate", earlier.get().screeningId()));
    }
    String source =
        Ats.DEFAULT_CONNECTION.equals(delivery.connection())
            ? delivery.ats().name()
            : delivery.connection();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        String screening =
            onceOnly
                .addEvidence(key, delivery, partial, source, now)
                .orElseThrow(
                    () ->
                        new ClientError(
                            404,
                            "unknown_candidate",
                            "Telltale has not screened "
                                + partial.ats().name()
                                + " candidate "
                                + partial.candidateId()
                                + "; evidence is only added to an existing case."))
                .id();
        return new Reply(200, Map.of(), new Ack("screened", screening));
      } catch (RuntimeException e) {
        if (!StorageFailures.isDuplicateKey(e)) {
          throw e;
        }
        var taken = deliveries.find(key);
        if (taken.isPresent()) {
          return new Reply(200, Map.of(), new Ack("duplicate", taken.get().screeningId()));
        }
        LOG.log(Level.INFO, "concurrent screening of one candidate; attempt " + attempt);
      }
    }
    throw new ClientError(
        503,
        "concurrent_screening",
        "Other deliveries for this candidate are being screened right now; nothing was kept. Please retry.");
  }

  /**
   * Interviews the ATS scheduled for a candidate (Ashby's interview schedules): their meetings are
   * registered for the candidate's rounds once per delivery, answered {@code registered} with the
   * candidate's latest screening; {@code ignored} when no screening names the schedule's
   * application (Ashby's update, which names the candidate, follows).
   */
  private Reply scheduled(Delivery delivery, Intake.Scheduled scheduled, Instant now) {
    Ats ats = delivery.ats();
    String key = DeliveryLog.key(ats.name(), delivery.connection(), scheduled.deliveryId());
    var earlier = deliveries.find(key);
    if (earlier.isPresent()) {
      return new Reply(ack(ats), Map.of(), new Ack("duplicate", earlier.get().screeningId()));
    }
    try {
      OnceOnly.Registered done = onceOnly.scheduled(key, delivery, scheduled, now);
      return new Reply(ack(ats), Map.of(), new Ack(done.status(), done.screeningId()));
    } catch (RuntimeException e) {
      var taken = deliveries.find(key);
      if (StorageFailures.isDuplicateKey(e) && taken.isPresent()) {
        return new Reply(ack(ats), Map.of(), new Ack("duplicate", taken.get().screeningId()));
      }
      throw e;
    }
  }

  /**
   * What the background worker should fetch before screening: the first API read when this
   * connection has read access, and resume files when fetching them is on.
   */
  private List<String> toFetch(Ats ats, String connection, List<String> wanted) {
    boolean api = fetchConfig.access(ats, connection).isPresent();
    List<String> fetch = new ArrayList<>();
    wanted.stream().filter(t -> !FetchTargets.isFile(t) && api).limit(1).forEach(fetch::add);
    wanted.stream().filter(t -> FetchTargets.isFile(t) && files.enabled()).forEach(fetch::add);
    return fetch;
  }

  /** The success code each vendor wants: SmartRecruiters 202, the others 200. */
  static int ack(Ats ats) {
    return ats == Ats.smartrecruiters ? 202 : 200;
  }

  private static Reply handshake(Intake.Handshake handshake) {
    return new Reply(handshake.status(), handshake.responseHeaders(), new Ack("ignored", null));
  }

  private static Ats ats(String name) {
    for (Ats ats : Ats.values()) {
      if (ats.name().equals(name)) {
        return ats;
      }
    }
    throw new ClientError(404, "unknown_ats", "Telltale has no webhook for '" + name + "'.");
  }

  private static JsonObject object(byte[] body) {
    if (JsonIntake.parse(body) instanceof JsonObject object) {
      return object;
    }
    throw new ClientError(400, "invalid_value", "The delivery body must be a JSON object.");
  }

  private void validate(CandidateProfile profile) {
    Set<ConstraintViolation<CandidateProfile>> violations = validator.validate(profile);
    if (!violations.isEmpty()) {
      List<ApiError.Violation> fields =
          violations.stream()
              .map(v -> new ApiError.Violation(ConstraintViolationMapper.field(v), v.getMessage()))
              .sorted(Comparator.comparing(ApiError.Violation::field))
              .toList();
      throw new ClientError(
          400,
          "validation_failed",
          "The candidate in this delivery is not valid; see violations.",
          fields);
    }
  }
}
