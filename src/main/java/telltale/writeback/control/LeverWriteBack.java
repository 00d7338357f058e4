package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Lever: a note on the opportunity and the band tag (addTags is idempotent), both performed as the
 * acting user.
 */
@ApplicationScoped
public class LeverWriteBack extends FaultTolerant {
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
