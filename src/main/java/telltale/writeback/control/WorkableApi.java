package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Workable SPI v3 (base https://{subdomain}.workable.com/spi/v3): a bearer token. */
// JSON both ways: the MicroProfile Rest Client default
public interface WorkableApi {
  @POST
  @Path("candidates/{id}/comments")
  Response comment(
      @HeaderParam("Authorization") String authorization,
      @PathParam("id") String candidateId,
      JsonObject body);
}
