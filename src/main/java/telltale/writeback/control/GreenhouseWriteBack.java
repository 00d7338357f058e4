package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import telltale.screening.entity.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Greenhouse Harvest: a note on the candidate's activity feed, and the band tag (created or found
 * by name, then applied). Every write names the acting user in On-Behalf-Of.
 */
@ApplicationScoped
@Timeout(FaultTolerant.TIMEOUT_MS)
@Retry(
    maxRetries = FaultTolerant.MAX_RETRIES,
    delay = FaultTolerant.RETRY_DELAY_MS,
    jitter = FaultTolerant.RETRY_JITTER_MS,
    retryOn = {VendorFailure.Transient.class, TimeoutException.class},
    abortOn = {VendorFailure.Permanent.class, VendorFailure.RateLimited.class})
@CircuitBreaker(
    requestVolumeThreshold = FaultTolerant.BREAKER_VOLUME,
    failureRatio = FaultTolerant.BREAKER_RATIO,
    delay = FaultTolerant.BREAKER_DELAY_MS,
    skipOn = {VendorFailure.Permanent.class, VendorFailure.RateLimited.class})
public class GreenhouseWriteBack implements WriteBack {
  @Inject Clients clients;

  @Override
  public Ats ats() {
    return Ats.greenhouse;
  }

  @Override
  public void note(Connection connection, WriteBackRequest request) {
    GreenhouseApi api = clients.of(GreenhouseApi.class, connection);
    JsonObjectBuilder body = Json.createObjectBuilder();
    user(body, connection.actingUser());
    JsonObject note = body.add("body", request.note()).add("visibility", "public").build();
    VendorCalls.call(
        "greenhouse note",
        () ->
            api.note(connection.basicAuth(), connection.actingUser(), request.candidateId(), note),
        false);
  }

  @Override
  public void tag(Connection connection, WriteBackRequest request) {
    GreenhouseApi api = clients.of(GreenhouseApi.class, connection);
    JsonObject tag =
        VendorCalls.call(
            "greenhouse tag",
            () ->
                api.tag(
                    connection.basicAuth(),
                    connection.actingUser(),
                    Json.createObjectBuilder().add("name", request.tag()).build()),
            true);
    if (tag == null || !tag.containsKey("id")) {
      throw new VendorFailure.Permanent("greenhouse tag: no id in the answer");
    }
    String tagId = tag.get("id").toString().replace("\"", "");
    VendorCalls.call(
        "greenhouse apply tag",
        () ->
            api.applyTag(
                connection.basicAuth(), connection.actingUser(), request.candidateId(), tagId),
        false);
  }

  /** Greenhouse user ids are numbers; anything else is sent as given. */
  static void user(JsonObjectBuilder body, String user) {
    if (user.chars().allMatch(Character::isDigit) && user.length() < 19) {
      body.add("user_id", Long.parseLong(user));
    } else {
      body.add("user_id", user);
    }
  }
}
