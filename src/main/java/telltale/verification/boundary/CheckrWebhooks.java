package telltale.verification.boundary;

import jakarta.ws.rs.Path;

/** Checkr's identity-verification webhooks. */
@Path("webhooks/checkr")
public class CheckrWebhooks extends VendorWebhooks {
  @Override
  protected String vendor() {
    return "checkr";
  }
}
