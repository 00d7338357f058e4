package telltale.card.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import telltale.card.control.CardConfig;

/**
 * Headers on every response: a strict Content-Security-Policy (no scripts at all, styles only from
 * our own stylesheet, framing only by the configured ATS), no MIME sniffing, no referrer (card
 * addresses carry their signature), and no caching of pages with candidate data.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {
  @Inject CardConfig config;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors "
            + config.frameAncestors()
            + "; base-uri 'none'");
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "no-referrer");
    if (request.getUriInfo().getPath().startsWith("screenings")) {
      headers.putSingle("Cache-Control", "no-store");
    }
  }
}
