package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Lever (base https://api.lever.co/v1): HTTP Basic, the acting user as perform_as. */
// JSON both ways: the MicroProfile Rest Client default
public interface LeverApi {
  @POST
  @Path("opportunities/{id}/notes")
  Response note(
      @HeaderParam("Authorization") String authorization,
      @PathParam("id") String opportunityId,
      @QueryParam("perform_as") String performAs,
      JsonObject body);

  @POST
  @Path("opportunities/{id}/addTags")
  Response addTags(
      @HeaderParam("Authorization") String authorization,
      @PathParam("id") String opportunityId,
      @QueryParam("perform_as") String performAs,
      JsonObject body);
}
