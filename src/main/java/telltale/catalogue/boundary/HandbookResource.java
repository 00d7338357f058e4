package telltale.catalogue.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.catalogue.entity.Handbook;

/** The handbook's own material (refused signals, cases, quiz, modules) as JSON. */
@Path("api/v1/handbook")
@Produces(MediaType.APPLICATION_JSON)
public class HandbookResource {
  @Inject Handbook handbook;

  @GET
  @Allowed(Role.TRAINER)
  public Handbook handbook() {
    return handbook;
  }
}
