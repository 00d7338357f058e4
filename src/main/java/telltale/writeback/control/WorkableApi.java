package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Workable SPI v3 (base https://{subdomain}.workable.com/spi/v3): a bearer token. */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface WorkableApi {
  @POST
  @Path("candidates/{id}/comments")
  Response comment(
      @HeaderParam("Authorization") String authorization,
      @PathParam("id") String candidateId,
      JsonObject body);
}
