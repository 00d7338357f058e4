package telltale.openapi;

import java.util.List;
import telltale.api.ApplicationClasses;

/**
 * The JAX-RS resources /openapi describes: the application's own, as {@link ApplicationClasses}
 * finds them for Jersey, ordered by path. Found, not listed, so that this package knows no
 * component and a new resource is described without a change here.
 */
public final class OpenApiResources {
  private OpenApiResources() {}

  public static List<Class<?>> all() {
    return ApplicationClasses.resources();
  }
}
