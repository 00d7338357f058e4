package telltale.screening.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import telltale.access.Allowed;
import telltale.access.CurrentCaller;
import telltale.access.Role;
import telltale.cardlinks.CardLinks;
import telltale.openapi.ApiBody;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Observations;
import telltale.screening.entity.ExplanationRequest;
import telltale.screening.entity.Screening;

/**
 * Screen a canonical profile, read a screening again, find the screenings of one candidate, add
 * interview observations. Every screening carries its signed card link.
 */
@Path("api/v1/screenings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsResource {
  @Inject Screenings screenings;
  @Inject CardLinks links;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  @POST
  @Allowed(Role.INTEGRATION)
  @ApiBody(value = Screening.class, status = 201)
  public Response screen(
      @NotNull(message = "send a candidate profile") @Valid CandidateProfile profile) {
    return created(screenings.screen(profile, caller.name()));
  }

  @GET
  @Path("{id}")
  @Allowed({Role.RECRUITER, Role.INTEGRATION})
  public Screening find(@PathParam("id") String id) {
    return screenings.find(id).map(this::linked).orElseThrow(NotFoundException::new);
  }

  @GET
  @Allowed({Role.RECRUITER, Role.INTEGRATION})
  public List<Screening> ofCandidate(
      @QueryParam("ats") @NotNull(message = "name the ATS, e.g. ats=greenhouse") Ats ats,
      @QueryParam("candidateId") @NotNull(message = "name the candidate id") String candidateId) {
    return screenings.ofCandidate(ats, candidateId).stream().map(this::linked).toList();
  }

  @POST
  @Path("{id}/observations")
  @Allowed(Role.INTERVIEWER)
  @ApiBody(value = Screening.class, status = 201)
  public Response observe(
      @PathParam("id") String id,
      @NotNull(message = "send the observations of one round") @Valid Observations observations) {
    return created(
        screenings
            .observe(id, observations.asRound(), caller.name())
            .orElseThrow(NotFoundException::new));
  }

  @POST
  @Path("{id}/explanations")
  @Allowed(Role.RECRUITER)
  @ApiBody(value = Screening.class, status = 201)
  public Response explain(
      @PathParam("id") String id,
      @NotNull(message = "send the rule, the reason and the reviewer") @Valid
          ExplanationRequest explanation) {
    return created(
        screenings.explain(id, explanation, caller.name()).orElseThrow(NotFoundException::new));
  }

  private Response created(Screening screening) {
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/screenings").path(screening.id()).build())
        .entity(linked(screening))
        .build();
  }

  private Screening linked(Screening screening) {
    return screening.withCardUrl(links.cardUrl(screening.id(), uri.getBaseUri()));
  }
}
