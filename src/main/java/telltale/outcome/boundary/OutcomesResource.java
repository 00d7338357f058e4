package telltale.outcome.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.outcome.entity.OutcomeRequest;
import telltale.outcome.entity.RecordedOutcome;

/**
 * How a screened case ended, as the reviewer decided: verified_genuine, identity_confirmed_false,
 * withdrawn or unknown. Telltale never rejects anyone; this records a person's decision.
 */
@Path("api/v1/screenings/{id}/outcome")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {
  @Inject Outcomes outcomes;

  @POST
  @Allowed(Role.RECRUITER)
  public RecordedOutcome record(
      @PathParam("id") String id,
      @NotNull(message = "send the outcome, the reviewer and a reason") @Valid
          OutcomeRequest request) {
    return outcomes.record(id, request);
  }

  @GET
  @Allowed({Role.RECRUITER, Role.INTEGRATION})
  public RecordedOutcome find(@PathParam("id") String id) {
    return outcomes.find(id);
  }
}
