package telltale.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/**
 * Every resource declares its full path (api/v1/..., webhooks/..., screenings/...). The classes are
 * the application's own resources and providers ({@link ApplicationClasses}), so the container does
 * not scan for them and the vendor connectors' REST client interfaces stay clients.
 */
@ApplicationPath("/")
public class TelltaleApplication extends Application {
  private final Set<Class<?>> classes;

  public TelltaleApplication() {
    Set<Class<?>> found = new HashSet<>(ApplicationClasses.resources());
    found.addAll(ApplicationClasses.providers());
    classes = Set.copyOf(found);
  }

  @Override
  public Set<Class<?>> getClasses() {
    return classes;
  }
}
