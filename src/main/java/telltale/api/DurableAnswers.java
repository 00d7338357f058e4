package telltale.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.util.Set;
import telltale.database.GroupCommit;

/**
 * No write is acknowledged before it is durable: a successful answer to a request that may have
 * changed something (anything but GET, HEAD, OPTIONS) waits for {@link GroupCommit}. When the file
 * cannot be written, the answer becomes 503 storage_unavailable, so a webhook sender retries and
 * the repeat is recognised.
 */
@Provider
public class DurableAnswers implements ContainerResponseFilter {
  private static final System.Logger LOG = System.getLogger(DurableAnswers.class.getName());
  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  @Inject GroupCommit groupCommit;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (SAFE.contains(request.getMethod()) || response.getStatus() >= 400) {
      return;
    }
    try {
      groupCommit.awaitDurable();
    } catch (SQLException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.log(Level.WARNING, "could not write the database file: " + e.getClass().getSimpleName());
      Response unavailable =
          ErrorResponses.storageUnavailable(
              "Storage could not confirm that this was kept. Please retry; a repeated webhook"
                  + " delivery is recognised.");
      response.setStatus(unavailable.getStatus());
      unavailable.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
      response.setEntity(
          unavailable.getEntity(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }
  }
}
