package telltale.writeback.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.writeback.entity.OutboxItem;
import telltale.writeback.entity.OutboxStatus;

/** The write-back outbox for operators: GET ?status=failed, POST {id}/retry. */
@Path("api/v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class OutboxResource {
  @Inject OutboxAdmin admin;

  @GET
  public List<OutboxItem> list(@QueryParam("status") OutboxStatus status) {
    return admin.list(status);
  }

  @POST
  @Path("{id}/retry")
  public OutboxItem retry(@PathParam("id") String id) {
    return admin.retry(id);
  }
}
