package telltale.openapi;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;
import telltale.api.TelltaleApplication;

/**
 * The whole /openapi document, derived by reflection from the resource classes and the records they
 * read and write, so it follows the code. Annotation scanning is off (see
 * microprofile-config.properties).
 */
public class TelltaleModelReader implements OASModelReader {
  static final String DESCRIPTION =
      "Telltale screens job candidates for signs of fake identities, proxy interviews and"
          + " onboarding fraud, from facts the applicant tracking system (ATS) already holds. It"
          + " never rejects anyone: a screening is a score, a risk band, the signals that fired"
          + " with their evidence, sources and innocent explanations, what could not be checked,"
          + " and the next verification step for the recruiter. Profiles arrive as a"
          + " CandidateProfile through POST /api/v1/screenings or as signed ATS webhooks under"
          + " /webhooks. Errors are JSON {code, message, violations}: a stable code for programs,"
          + " a message for people and, for validation, the fields at fault.";

  @Override
  public OpenAPI buildModel() {
    Schemas schemas = new Schemas();
    Paths paths = OASFactory.createPaths();
    String base = TelltaleApplication.class.getAnnotation(ApplicationPath.class).value();
    OpenApiResources.all()
        .forEach(resource -> new ResourceOperations(base, resource, schemas).addTo(paths));
    return OASFactory.createOpenAPI()
        .openapi("3.0.3")
        .info(OASFactory.createInfo().title("Telltale").version("v1").description(DESCRIPTION))
        .paths(paths)
        .components(OASFactory.createComponents().schemas(schemas.components()));
  }
}
