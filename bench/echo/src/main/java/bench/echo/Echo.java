package bench.echo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** Reads the whole body and answers a tiny JSON: the floor the screening is compared with. */
@Path("webhooks/greenhouse")
public class Echo {
  @ApplicationPath("/")
  public static class App extends Application {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public String receive(byte[] body) {
    return "{\"status\":\"echo\",\"bytes\":" + body.length + "}";
  }
}
