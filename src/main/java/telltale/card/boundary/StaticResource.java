package telltale.card.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import telltale.openapi.ApiBody;

/** The pages' one stylesheet, served as a file so the CSP needs no inline styles. */
@Path("static")
public class StaticResource {
  @GET
  @Path("telltale.css")
  @Produces("text/css; charset=UTF-8")
  @ApiBody(String.class)
  public Response css() {
    try (InputStream in = StaticResource.class.getResourceAsStream("/static/telltale.css")) {
      if (in == null) {
        throw new NotFoundException();
      }
      return Response.ok(in.readAllBytes()).header("Cache-Control", "max-age=3600").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
