package telltale.verification.boundary;

import jakarta.ws.rs.Path;

/** Veriff's identity-verification webhooks. */
@Path("webhooks/veriff")
public class VeriffWebhooks extends VendorWebhooks {
  @Override
  protected String vendor() {
    return "veriff";
  }
}
