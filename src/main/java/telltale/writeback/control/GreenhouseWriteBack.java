package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Greenhouse Harvest: a note on the candidate's activity feed, and the band tag (created or found
 * by name, then applied). Every write names the acting user in On-Behalf-Of.
 */
@ApplicationScoped
public class GreenhouseWriteBack extends FaultTolerant {
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
