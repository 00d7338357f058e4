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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import telltale.screening.entity.CandidateProfile;
import telltale.screening.entity.Screening;

/** Screen a canonical profile, and read a screening again. */
@Path("api/v1/screenings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsResource {
  @Inject Screenings screenings;

  @POST
  public Response screen(@NotNull(message = "send a candidate profile") @Valid CandidateProfile profile, @Context UriInfo uri) {
    Screening screening = screenings.screen(profile);
    return Response.created(uri.getAbsolutePathBuilder().path(screening.id()).build()).entity(screening).build();
  }

  @GET
  @Path("{id}")
  public Screening find(@PathParam("id") String id) {
    return screenings.find(id).orElseThrow(NotFoundException::new);
  }
}
