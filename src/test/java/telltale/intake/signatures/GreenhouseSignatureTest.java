package telltale.intake.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.intake.WebhookFixtures.Signed;
import telltale.profile.Ats;

/** Greenhouse signs the body exactly as sent, with its \u003c-style escapes. */
class GreenhouseSignatureTest {
  /**
   * Computed once with: {@code openssl dgst -sha256 -hmac telltale-fixture-secret
   * src/test/resources/webhooks/greenhouse/new_candidate_application.json}.
   */
  static final String OPENSSL_HEX =
      "sha256 2ed2d1163169bb4f3304c4a910d12c1a566ac50b8e8e2dc2c0ff7bd26eb5ce73";

  final GreenhouseSignature scheme = new GreenhouseSignature();
  final Signed request = WebhookFixtures.signed(Ats.greenhouse, "new_candidate_application");

  @Test
  void theFixtureIsSentWithEscapedCharacters() {
    String body = new String(request.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\\u003cp\\u003e"));
    assertTrue(body.contains("Ren\\u00e9e"));
    assertFalse(body.contains("é"));
  }

  @Test
  void theSignatureComputedWithOpensslVerifies() {
    Signed fromOpenssl = request.withHeader("Signature", OPENSSL_HEX);
    assertEquals(OPENSSL_HEX, request.headers().get("Signature").get(0));
    assertInstanceOf(Verdict.Authentic.class, verify(fromOpenssl));
  }

  @Test
  void aReserialisedBodyDoesNotVerify() {
    JsonObject parsed = request.json();
    StringWriter out = new StringWriter();
    try (var writer = Json.createWriter(out)) {
      writer.writeObject(parsed);
    }
    String reserialised = out.toString();
    assertTrue(reserialised.contains("Renée"), "the same data, written unescaped");
    Signed rewritten = request.withBody(reserialised.getBytes(StandardCharsets.UTF_8));
    assertEquals(new Verdict.Refused("signature does not match"), verify(rewritten));
  }

  @Test
  void theSchemeWordAndTheSpaceAreRequired() {
    String hex = request.headers().get("Signature").get(0).substring("sha256 ".length());
    assertEquals(
        new Verdict.Refused("malformed Signature header"),
        verify(request.withHeader("Signature", hex)));
    assertEquals(
        new Verdict.Refused("malformed Signature header"),
        verify(request.withHeader("Signature", "sha256=" + hex)));
  }

  @Test
  void upperCaseHexIsTheSameMac() {
    String upper = request.headers().get("Signature").get(0).toUpperCase();
    assertInstanceOf(Verdict.Authentic.class, verify(request.withHeader("Signature", upper)));
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    String value = request.headers().get("Signature").get(0);
    Signed lower = request.withoutHeader("Signature").withHeader("signature", value);
    assertInstanceOf(Verdict.Authentic.class, verify(lower));
  }

  private Verdict verify(Signed signed) {
    return scheme.verify(
        signed.delivery(), List.of(WebhookFixtures.SECRET), WebhookFixtures.SENT_AT);
  }
}
