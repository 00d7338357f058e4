package telltale.meetings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import telltale.openapi.ApiBody;

/**
 * Microsoft Graph's change notifications on Teams call records: POST /webhooks/teams and its
 * lifecycle notifications at /webhooks/teams/lifecycle. Both answer Graph's validation handshake
 * (?validationToken=...) with 200 text/plain. These literal paths take precedence over the ATS
 * webhooks' /webhooks/{ats}.
 */
@Path("webhooks/teams")
@Consumes(MediaType.WILDCARD)
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
public class TeamsWebhookResource {
  @Inject TeamsNotifications notifications;

  @POST
  @ApiBody(
      value = TeamsNotifications.Accepted.class,
      status = {200, 202})
  public Response receive(@QueryParam("validationToken") String token, byte[] body) {
    if (token != null) {
      return Response.ok(notifications.validate(token), MediaType.TEXT_PLAIN_TYPE).build();
    }
    return Response.accepted(notifications.changes(body)).type(MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Path("lifecycle")
  @ApiBody(
      value = TeamsNotifications.Accepted.class,
      status = {200, 202})
  public Response lifecycle(@QueryParam("validationToken") String token, byte[] body) {
    if (token != null) {
      return Response.ok(notifications.validate(token), MediaType.TEXT_PLAIN_TYPE).build();
    }
    return Response.accepted(notifications.lifecycle(body))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
