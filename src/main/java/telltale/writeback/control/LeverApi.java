package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Lever (base https://api.lever.co/v1): HTTP Basic, the acting user as perform_as. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
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
