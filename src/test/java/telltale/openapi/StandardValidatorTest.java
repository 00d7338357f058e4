package telltale.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document TelltaleModelReader builds, serialised as an OpenAPI library writes it, passes
 * swagger-parser; PlatformIT checks the document Payara serves.
 */
class StandardValidatorTest {

  @ParameterizedTest
  @EnumSource(Format.class)
  void theModelIsValidOpenApiInEitherFormat(Format format) throws IOException {
    String document = OpenApiSerializer.serialize(new TelltaleModelReader().buildModel(), format);
    assertEquals(List.of(), StandardValidator.problems(document));
  }

  @Test
  void theValidatorRefusesTheFieldPayaraAdds() throws IOException {
    String document =
        OpenApiSerializer.serialize(new TelltaleModelReader().buildModel(), Format.YAML)
            + "endpoints:\n  /:\n  - /api/v1/screenings\n";
    assertTrue(
        StandardValidator.problems(document).contains("attribute endpoints is unexpected"),
        "the validator would not catch the regression");
  }
}
