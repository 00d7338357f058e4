package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import telltale.writeback.entity.Connection;

/**
 * MicroProfile Rest Clients built per connection (each has its own base URL), with the configured
 * timeouts, kept for reuse. Statuses are read by {@link VendorCalls}, so the default mapping of
 * errors to exceptions is off.
 */
@ApplicationScoped
public class Clients {
  @Inject WriteBackConfig config;

  private final Map<String, Object> built = new ConcurrentHashMap<>();

  <T> T of(Class<T> api, Connection connection) {
    String key = api.getName() + " " + connection.base();
    return api.cast(built.computeIfAbsent(key, k -> build(api, URI.create(connection.base()))));
  }

  private <T> T build(Class<T> api, URI base) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .property("microprofile.rest.client.disable.default.mapper", true)
        // Greenhouse applies a tag with a PUT that has no body
        .property("jersey.config.client.suppressHttpComplianceValidation", true)
        .build(api);
  }
}
