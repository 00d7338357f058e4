package telltale.openapi;

import java.lang.reflect.Method;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps /openapi to the fields OpenAPI 3.0 allows. Payara 6 adds a top-level {@code endpoints} map
 * (its list of paths per context root) that standard validators such as swagger-parser reject, so
 * client generators stop on it; no setting turns it off, but Payara fills it before it runs the
 * filter named in mp.openapi.filter and writes only non-empty maps, so this filter empties it.
 */
public class StandardFieldsOnly implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    try {
      Method endpoints = openAPI.getClass().getMethod("getEndpoints");
      if (endpoints.invoke(openAPI) instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (NoSuchMethodException e) {
      // another implementation (or a later Payara) without the extra field: nothing to remove
    } catch (ReflectiveOperationException | UnsupportedOperationException e) {
      throw new IllegalStateException("cannot remove Payara's endpoints field from /openapi", e);
    }
  }
}
