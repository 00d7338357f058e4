package telltale.verification.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import telltale.profile.Ats;

/**
 * POST /webhooks/&lt;vendor&gt; and /webhooks/&lt;vendor&gt;/{connection}. Each vendor's resource
 * has a literal path, which JAX-RS prefers to the ATSs' /webhooks/{ats}.
 */
public abstract class VendorWebhooks {
  @Inject Verifications verifications;

  /** The vendor's name as in the path. */
  protected abstract String vendor();

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public VendorAck receive(@Context HttpHeaders headers, byte[] body) {
    return verifications.receive(
        vendor(), Ats.DEFAULT_CONNECTION, headers.getRequestHeaders(), body);
  }

  @POST
  @Path("{connection}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public VendorAck receive(
      @PathParam("connection") String connection, @Context HttpHeaders headers, byte[] body) {
    return verifications.receive(vendor(), connection, headers.getRequestHeaders(), body);
  }
}
