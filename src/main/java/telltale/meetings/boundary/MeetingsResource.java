package telltale.meetings.boundary;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import telltale.access.Allowed;
import telltale.access.CurrentCaller;
import telltale.access.Role;
import telltale.meetings.entity.Meeting;
import telltale.meetings.entity.MeetingRequest;
import telltale.openapi.ApiBody;

/**
 * POST /api/v1/screenings/{id}/meetings: which meeting was the candidate's interview round; GET:
 * the meetings known for the candidate.
 */
@Path("api/v1/screenings/{id}/meetings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {
  @Inject Meetings meetings;
  @Inject CurrentCaller caller;

  @POST
  @Allowed({Role.INTEGRATION, Role.INTERVIEWER})
  @ApiBody(value = Meeting.class, status = 201)
  public Response register(
      @PathParam("id") String id,
      @NotNull(message = "send the platform, the meeting and the round") @Valid
          MeetingRequest request) {
    return Response.status(201).entity(meetings.register(id, request, caller.name())).build();
  }

  /** The meetings known for the screened candidate: registered by a person or from the ATS. */
  @GET
  @Allowed({Role.RECRUITER, Role.INTEGRATION, Role.INTERVIEWER})
  public List<Meeting> list(@PathParam("id") String id) {
    return meetings.ofScreening(id);
  }
}
