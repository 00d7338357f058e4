package bench.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** One JAX-RS resource and nothing else: what Payara Micro costs before any application code. */
@Path("ping")
public class Ping {
  @ApplicationPath("/")
  public static class App extends Application {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String ping() {
    return "{\"status\":\"up\"}";
  }
}
