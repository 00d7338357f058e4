package telltale.verification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import telltale.api.ClientError;
import telltale.database.StorageFailures;
import telltale.intake.control.DeliveryLog;
import telltale.json.JsonIntake;
import telltale.profile.CandidateProfile;
import telltale.profile.PersonName;
import telltale.profile.Verification;
import telltale.profile.Verification.Identity;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;
import telltale.verification.control.EvidenceOnce;
import telltale.verification.control.Refused;
import telltale.verification.control.VendorConfig;
import telltale.verification.control.Vendors;
import telltale.verification.control.VerificationVendor;
import telltale.verification.entity.Reference;
import telltale.verification.entity.SignedRequest;
import telltale.verification.entity.VendorEvent;

/**
 * One identity-verification webhook: the signature on the raw bytes first, then the vendor's event
 * read into an outcome for the candidate its reference id names, the verified name compared with
 * the candidate's and dropped (only the result stays, as a mismatch), and the outcome added to the
 * candidate's case as {@code verification.identity}, once per event.
 *
 * <p>Every vendor retries what is not acknowledged, so an event Telltale cannot use (no outcome, no
 * reference id, a candidate it has never screened) is acknowledged with 200 and "ignored": a 404
 * would only bring the same event back for days. Forged or stale deliveries get 401.
 */
@ApplicationScoped
public class Verifications {
  private static final System.Logger LOG = System.getLogger(Verifications.class.getName());

  /** Attempts when a concurrent screening of the same candidate gets in the way. */
  static final int ATTEMPTS = 3;

  private static final Pattern CONNECTION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  @Inject VendorConfig config;
  @Inject EvidenceOnce once;
  @Inject Screenings screenings;
  Clock clock = Clock.systemUTC();

  public VendorAck receive(
      String vendorName, String connection, Map<String, List<String>> headers, byte[] body) {
    VerificationVendor vendor =
        Vendors.named(vendorName)
            .orElseThrow(
                () ->
                    new ClientError(
                        404,
                        "unknown_vendor",
                        "Telltale has no webhook for '" + vendorName + "'."));
    if (!CONNECTION.matcher(connection).matches()) {
      throw new ClientError(
          404,
          "unknown_connection",
          "Connection names are lower-case letters, digits and hyphens.");
    }
    List<byte[]> keys = config.keys(vendor, connection);
    if (keys.isEmpty()) {
      throw new ClientError(
          401,
          "no_secret",
          "This webhook connection has no signing secret configured, so Telltale refuses its deliveries.");
    }
    Instant now = clock.instant();
    SignedRequest request = new SignedRequest(headers, body);
    try {
      vendor.verify(request, keys, now, config.tolerance());
    } catch (Refused refused) {
      LOG.log(
          Level.INFO,
          "refused a " + vendor.name() + "/" + connection + " delivery: " + refused.getMessage());
      throw new ClientError(
          401,
          "invalid_signature",
          "The delivery's signature does not verify: " + refused.getMessage() + ".");
    }
    Optional<VendorEvent> read = vendor.read(request, object(body));
    if (read.isEmpty()) {
      return VendorAck.ignored("the event carries no identity-verification outcome");
    }
    return take(vendor, connection, read.get(), now);
  }

  private VendorAck take(
      VerificationVendor vendor, String connection, VendorEvent event, Instant now) {
    if (event.reference().isEmpty()) {
      return VendorAck.ignored("no reference id of the form <ats>:<candidateId>");
    }
    Reference candidate = event.reference().get();
    String key = DeliveryLog.key(vendor.name(), connection, event.eventId());
    Optional<String> earlier = once.earlier(key);
    if (earlier.isPresent()) {
      return new VendorAck("duplicate", earlier.get(), null);
    }
    Optional<CandidateProfile> latest =
        screenings.latestProfile(candidate.ats(), candidate.candidateId());
    if (latest.isEmpty()) {
      return VendorAck.ignored("unknown candidate");
    }
    Identity outcome = outcome(event, latest.get().name());
    Verification before = latest.get().verification();
    if (outcome == Identity.pending && decided(before)) {
      return VendorAck.ignored("a decision already stands; a pending status does not replace it");
    }
    CandidateProfile partial =
        CandidateProfile.builder(candidate.candidateId())
            .ats(candidate.ats())
            .verification(withIdentity(before, outcome))
            .build();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return once.add(key, vendor.name(), connection, candidate, partial, now)
            .map(Screening::id)
            .map(id -> new VendorAck("screened", id, null))
            .orElseGet(() -> VendorAck.ignored("unknown candidate"));
      } catch (RuntimeException e) {
        if (!StorageFailures.isDuplicateKey(e)) {
          throw e;
        }
        Optional<String> taken = once.earlier(key);
        if (taken.isPresent()) {
          return new VendorAck("duplicate", taken.get(), null);
        }
        LOG.log(Level.INFO, "concurrent screening of one candidate; attempt " + attempt);
      }
    }
    throw new ClientError(
        503,
        "concurrent_screening",
        "Other evidence for this candidate is being screened right now; nothing was kept. Please retry.");
  }

  /**
   * The vendor's outcome, made a mismatch when the vendor passed a person whose verified name is
   * not the candidate's. Only this result is kept; the name itself goes nowhere.
   */
  static Identity outcome(VendorEvent event, PersonName candidate) {
    PersonName verified = event.name();
    boolean comparable =
        verified != null
            && !verified.full().isEmpty()
            && candidate != null
            && !candidate.full().isEmpty();
    if (event.status() == Identity.passed && comparable && !candidate.sameAs(verified.full())) {
      return Identity.mismatch;
    }
    return event.status();
  }

  private static boolean decided(Verification verification) {
    Identity identity = verification == null ? null : verification.identity();
    return identity != null && identity != Identity.pending && identity != Identity.not_run;
  }

  /** The candidate's verification section with this identity outcome, the other checks kept. */
  private static Verification withIdentity(Verification before, Identity identity) {
    return before == null
        ? new Verification(identity, null, null, null, null)
        : new Verification(
            identity,
            before.background(),
            before.education(),
            before.employment(),
            before.phoneReachable());
  }

  private static JsonObject object(byte[] body) {
    if (JsonIntake.parse(body) instanceof JsonObject object) {
      return object;
    }
    throw new ClientError(400, "invalid_value", "The delivery body must be a JSON object.");
  }
}
