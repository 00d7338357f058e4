package telltale.verification.boundary;

import jakarta.ws.rs.Path;

/** Onfido's identity-verification webhooks. */
@Path("webhooks/onfido")
public class OnfidoWebhooks extends VendorWebhooks {
  @Override
  protected String vendor() {
    return "onfido";
  }
}
