package telltale.openapi;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;

/** swagger-parser, the validator behind the common client generators, as tests ask it. */
public final class StandardValidator {
  private StandardValidator() {}

  /** What swagger-parser finds wrong with a JSON or YAML document; empty means valid. */
  public static List<String> problems(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
    assertNotNull(result.getOpenAPI(), () -> "not an OpenAPI document: " + result.getMessages());
    return result.getMessages() == null ? List.of() : result.getMessages();
  }
}
