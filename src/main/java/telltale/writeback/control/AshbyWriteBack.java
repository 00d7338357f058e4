package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Ashby: candidate.createNote; the band label in a custom field with customField.setValues when the
 * connection names one (band-field); and the band tag found with candidateTag.list (or made with
 * candidateTag.create) and applied with candidate.addTag; a person's recorded outcome as the
 * candidate's fraud status with candidate.setFraudStatus. Ashby answers 200 with success false on a
 * refused call; that is permanent. The API key's user is the author; Ashby has no acting user.
 */
@ApplicationScoped
public class AshbyWriteBack extends FaultTolerant {
  /** Pages of tags read before creating one. */
  static final int MAX_PAGES = 20;

  @Override
  public Ats ats() {
    return Ats.ashby;
  }

  @Override
  public void note(Connection connection, WriteBackRequest request) {
    AshbyApi api = clients.of(AshbyApi.class, connection);
    JsonObject body =
        Json.createObjectBuilder()
            .add("candidateId", request.candidateId())
            .add(
                "note",
                Json.createObjectBuilder().add("type", "text/plain").add("value", request.note()))
            .add("sendNotifications", false)
            .build();
    succeeded(
        "ashby note",
        VendorCalls.call("ashby note", () -> api.createNote(connection.basicAuth(), body), true));
  }

  @Override
  public void tag(Connection connection, WriteBackRequest request) {
    AshbyApi api = clients.of(AshbyApi.class, connection);
    String tagId =
        existing(api, connection, request.tag())
            .orElseGet(
                () ->
                    succeeded(
                            "ashby create tag",
                            VendorCalls.call(
                                "ashby create tag",
                                () ->
                                    api.createTag(
                                        connection.basicAuth(),
                                        Json.createObjectBuilder()
                                            .add("title", request.tag())
                                            .build()),
                                true))
                        .getJsonObject("results")
                        .getString("id"));
    JsonObject add =
        Json.createObjectBuilder()
            .add("candidateId", request.candidateId())
            .add("tagId", tagId)
            .build();
    succeeded(
        "ashby add tag",
        VendorCalls.call("ashby add tag", () -> api.addTag(connection.basicAuth(), add), true));
  }

  @Override
  public boolean fields() {
    return true;
  }

  /** The band label in the candidate's custom field named by the connection's band-field id. */
  @Override
  public void field(Connection connection, WriteBackRequest request) {
    AshbyApi api = clients.of(AshbyApi.class, connection);
    JsonObject body =
        Json.createObjectBuilder()
            .add("objectId", request.candidateId())
            .add("objectType", "Candidate")
            .add(
                "values",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("fieldId", connection.bandField())
                            .add("fieldValue", request.bandLabel())))
            .build();
    succeeded(
        "ashby custom field",
        VendorCalls.call(
            "ashby custom field", () -> api.setFieldValues(connection.basicAuth(), body), true));
  }

  @Override
  public boolean fraudStatus() {
    return true;
  }

  /** candidate.setFraudStatus with the status a person's recorded outcome stands for. */
  @Override
  public void fraudStatus(Connection connection, WriteBackRequest request) {
    AshbyApi api = clients.of(AshbyApi.class, connection);
    JsonObject body =
        Json.createObjectBuilder()
            .add("candidateId", request.candidateId())
            .add("fraudStatus", request.fraudStatus())
            .build();
    succeeded(
        "ashby fraud status",
        VendorCalls.call(
            "ashby fraud status", () -> api.setFraudStatus(connection.basicAuth(), body), true));
  }

  private Optional<String> existing(AshbyApi api, Connection connection, String title) {
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      var body = Json.createObjectBuilder();
      if (cursor != null) {
        body.add("cursor", cursor);
      }
      JsonObject answer =
          succeeded(
              "ashby list tags",
              VendorCalls.call(
                  "ashby list tags",
                  () -> api.listTags(connection.basicAuth(), body.build()),
                  true));
      for (JsonValue tag : answer.getJsonArray("results")) {
        JsonObject found = tag.asJsonObject();
        if (title.equalsIgnoreCase(found.getString("title", ""))
            && !found.getBoolean("isArchived", false)) {
          return Optional.of(found.getString("id"));
        }
      }
      if (!answer.getBoolean("moreDataAvailable", false) || !answer.containsKey("nextCursor")) {
        return Optional.empty();
      }
      cursor = answer.getString("nextCursor");
    }
    return Optional.empty();
  }

  private static JsonObject succeeded(String what, JsonObject answer) {
    if (answer == null || !answer.getBoolean("success", false)) {
      throw new VendorFailure.Permanent(what + ": success false");
    }
    return answer;
  }
}
