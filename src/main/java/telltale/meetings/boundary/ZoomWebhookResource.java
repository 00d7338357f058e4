package telltale.meetings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import telltale.meetings.control.ZoomConfig;
import telltale.openapi.ApiBody;

/**
 * Zoom's event subscription: POST /webhooks/zoom and /webhooks/zoom/{connection}. This literal path
 * takes precedence over the ATS webhooks' /webhooks/{ats}.
 */
@Path("webhooks/zoom")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ZoomWebhookResource {
  @Inject Meetings meetings;

  @POST
  @ApiBody(Meetings.Received.class)
  public Response receive(@Context HttpHeaders headers, byte[] body) {
    return Response.ok(meetings.zoomEvent(ZoomConfig.DEFAULT, headers.getRequestHeaders(), body))
        .build();
  }

  @POST
  @Path("{connection}")
  @ApiBody(Meetings.Received.class)
  public Response receive(
      @PathParam("connection") String connection, @Context HttpHeaders headers, byte[] body) {
    return Response.ok(meetings.zoomEvent(connection, headers.getRequestHeaders(), body)).build();
  }
}
