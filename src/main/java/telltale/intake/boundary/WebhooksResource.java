package telltale.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import telltale.openapi.ApiBody;
import telltale.profile.Ats;

/**
 * Webhook deliveries from an ATS: POST /webhooks/{ats} and /webhooks/{ats}/{connection}. One
 * instance serves every delivery (it holds no request state), so Jersey does not build and inject a
 * new resource per request on the busiest path.
 */
@ApplicationScoped
@Path("webhooks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {
  @Inject Webhooks webhooks;

  @POST
  @ApiBody(
      value = Ack.class,
      status = {200, 202})
  @Path("{ats}")
  public Response receive(@PathParam("ats") String ats, @Context HttpHeaders headers, byte[] body) {
    return reply(webhooks.receive(ats, Ats.DEFAULT_CONNECTION, headers.getRequestHeaders(), body));
  }

  @POST
  @ApiBody(
      value = Ack.class,
      status = {200, 202})
  @Path("{ats}/{connection}")
  public Response receive(
      @PathParam("ats") String ats,
      @PathParam("connection") String connection,
      @Context HttpHeaders headers,
      byte[] body) {
    return reply(webhooks.receive(ats, connection, headers.getRequestHeaders(), body));
  }

  private static Response reply(Webhooks.Reply reply) {
    Response.ResponseBuilder response = Response.status(reply.status()).entity(reply.body());
    reply.headers().forEach(response::header);
    return response.build();
  }
}
