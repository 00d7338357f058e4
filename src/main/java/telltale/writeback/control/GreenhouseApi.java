package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Greenhouse Harvest v1 (base https://harvest.greenhouse.io/v1): HTTP Basic and On-Behalf-Of. */
// JSON both ways: the MicroProfile Rest Client default
public interface GreenhouseApi {
  @POST
  @Path("candidates/{id}/activity_feed/notes")
  Response note(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("On-Behalf-Of") String onBehalfOf,
      @PathParam("id") String candidateId,
      JsonObject body);

  /** Creates the tag or finds it (case-insensitive, idempotent): {id, name}. */
  @POST
  @Path("tags/candidate")
  Response tag(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("On-Behalf-Of") String onBehalfOf,
      JsonObject body);

  @PUT
  @Path("candidates/{id}/tags/{tagId}")
  Response applyTag(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("On-Behalf-Of") String onBehalfOf,
      @PathParam("id") String candidateId,
      @PathParam("tagId") String tagId);
}
