package telltale.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.privacy.control.RetentionJob;

/** Lets an operator run the retention purge now instead of waiting for the hourly run. */
@Path("api/v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
  @Inject RetentionJob job;

  /** The number of rows removed. */
  public record Purged(int rows) {}

  @POST
  @Allowed(Role.ADMIN)
  public Purged purge() {
    return new Purged(job.purge());
  }
}
