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
import telltale.api.openapi.ApiBody;
import telltale.screening.entity.Ats;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;

/** Screen a canonical profile, read a screening again, find the screenings of one candidate. */
@Path("api/v1/screenings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsResource {
  @Inject Screenings screenings;

  @POST
  @ApiBody(value = Screening.class, status = 201)
  public Response screen(
      @NotNull(message = "send a candidate profile") @Valid CandidateProfile profile,
      @Context UriInfo uri) {
    Screening screening = screenings.screen(profile, "api");
    return Response.created(uri.getAbsolutePathBuilder().path(screening.id()).build())
        .entity(screening)
        .build();
  }

  @GET
  @Path("{id}")
  public Screening find(@PathParam("id") String id) {
    return screenings.find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  public List<Screening> ofCandidate(
      @QueryParam("ats") @NotNull(message = "name the ATS, e.g. ats=greenhouse") Ats ats,
      @QueryParam("candidateId") @NotNull(message = "name the candidate id") String candidateId) {
    return screenings.ofCandidate(ats, candidateId);
  }
}
