package telltale.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import telltale.access.Allowed;
import telltale.access.CurrentCaller;
import telltale.access.Role;
import telltale.profile.Ats;

/** Erase everything Telltale holds about one candidate of one ATS. */
@Path("api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidatesResource {
  @Inject Erasures erasures;
  @Inject CurrentCaller caller;

  @DELETE
  @Allowed(Role.ADMIN)
  @Path("{ats}/{candidateId}")
  public Erasures.Erasure erase(
      @PathParam("ats") Ats ats, @PathParam("candidateId") String candidateId) {
    return erasures.erase(ats, candidateId, caller.name());
  }
}
