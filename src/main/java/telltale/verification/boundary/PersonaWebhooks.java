package telltale.verification.boundary;

import jakarta.ws.rs.Path;

/** Persona's identity-verification webhooks. */
@Path("webhooks/persona")
public class PersonaWebhooks extends VendorWebhooks {
  @Override
  protected String vendor() {
    return "persona";
  }
}
