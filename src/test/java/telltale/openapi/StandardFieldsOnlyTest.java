package telltale.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StandardFieldsOnlyTest {

  /** Payara's OpenAPIImpl as far as the filter sees it: a document with an endpoints map. */
  public static class PayaraLikeDocument extends io.smallrye.openapi.api.models.OpenAPIImpl {
    final Map<String, Set<String>> endpoints =
        new TreeMap<>(Map.of("/", Set.of("/api/v1/screenings")));

    public Map<String, Set<String>> getEndpoints() {
      return endpoints;
    }
  }

  @Test
  void payarasEndpointsFieldIsEmptiedSoItIsNotWritten() {
    PayaraLikeDocument document = new PayaraLikeDocument();
    new StandardFieldsOnly().filterOpenAPI(document);
    assertEquals(Map.of(), document.endpoints);
  }

  @Test
  void aDocumentWithoutItIsLeftAlone() {
    new StandardFieldsOnly().filterOpenAPI(new TelltaleModelReader().buildModel());
  }
}
