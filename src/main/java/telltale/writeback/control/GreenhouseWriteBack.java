package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Greenhouse Harvest: a note on the candidate, and the band tag (found or created by name, then
 * applied). Through Harvest v3 when the connection has client credentials ({@code POST notes},
 * {@code candidate_tags}, {@code POST applied_candidate_tags}, acting as the token's subject);
 * through v1 with an API key otherwise (the activity feed, {@code tags/candidate}, every write
 * naming the acting user in On-Behalf-Of), for accounts whose keys Greenhouse has not yet turned
 * off.
 */
@ApplicationScoped
public class GreenhouseWriteBack extends FaultTolerant {
  @Inject GreenhouseHarvestV3 v3;

  @Override
  public Ats ats() {
    return Ats.greenhouse;
  }

  @Override
  public void note(Connection connection, WriteBackRequest request) {
    if (connection.oauth2()) {
      v3.post(
          connection,
          "greenhouse note",
          "notes",
          Json.createObjectBuilder()
              .add("candidate_id", GreenhouseHarvestV3.number(request.candidateId()))
              .add("body", request.note())
              .add("visibility", "public")
              .add("note_type", "NOTE")
              .build());
      return;
    }
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
    if (connection.oauth2()) {
      String tagId =
          v3.find(connection, "greenhouse tag", "candidate_tags", request.tag())
              .orElseGet(
                  () ->
                      GreenhouseHarvestV3.id(
                          v3.post(
                              connection,
                              "greenhouse tag",
                              "candidate_tags",
                              Json.createObjectBuilder().add("name", request.tag()).build()),
                          "greenhouse tag"));
      v3.post(
          connection,
          "greenhouse apply tag",
          "applied_candidate_tags",
          Json.createObjectBuilder()
              .add("candidate_id", GreenhouseHarvestV3.number(request.candidateId()))
              .add("candidate_tag_id", GreenhouseHarvestV3.number(tagId))
              .build());
      return;
    }
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
