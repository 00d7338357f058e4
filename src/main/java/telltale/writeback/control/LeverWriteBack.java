package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import telltale.screening.entity.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Lever: a note on the opportunity and the band tag (addTags is idempotent), both performed as the
 * acting user.
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
public class LeverWriteBack implements WriteBack {
  @Inject Clients clients;

  @Override
  public Ats ats() {
    return Ats.lever;
  }

  @Override
  public void note(Connection connection, WriteBackRequest request) {
    LeverApi api = clients.of(LeverApi.class, connection);
    VendorCalls.call(
        "lever note",
        () ->
            api.note(
                connection.basicAuth(),
                request.candidateId(),
                connection.actingUser(),
                Json.createObjectBuilder()
                    .add("value", request.note())
                    .add("secret", false)
                    .build()),
        false);
  }

  @Override
  public void tag(Connection connection, WriteBackRequest request) {
    LeverApi api = clients.of(LeverApi.class, connection);
    VendorCalls.call(
        "lever tag",
        () ->
            api.addTags(
                connection.basicAuth(),
                request.candidateId(),
                connection.actingUser(),
                Json.createObjectBuilder()
                    .add("tags", Json.createArrayBuilder().add(request.tag()))
                    .build()),
        false);
  }
}
