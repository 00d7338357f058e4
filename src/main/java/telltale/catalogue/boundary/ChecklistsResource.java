package telltale.catalogue.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.catalogue.entity.Catalogue;

/** The whole rule catalogue, as HR trainers and integrators read it. */
@Path("api/v1/checklists")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistsResource {
  @Inject Catalogue catalogue;

  @GET
  @Allowed(Role.TRAINER)
  public Catalogue catalogue() {
    return catalogue;
  }
}
