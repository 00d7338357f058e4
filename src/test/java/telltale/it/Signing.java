package telltale.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs canonical profiles the Standard Webhooks way, as an in-house system would. */
public final class Signing {
  static final byte[] KEY = "telltale-integration-test-key-32b".getBytes(StandardCharsets.UTF_8);
  public static final String GENERIC_SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

  private Signing() {}

  public static String signature(String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts a signed generic delivery to the service RestAssured points at (or to base). */
  public static ValidatableResponse deliver(String base, String id, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    long now = System.currentTimeMillis() / 1000;
    var request =
        given()
            .contentType(ContentType.JSON)
            .header("webhook-id", id)
            .header("webhook-timestamp", String.valueOf(now))
            .header("webhook-signature", signature(id, now, body))
            .body(body);
    return (base == null
            ? request.post("/webhooks/generic")
            : request.post(base + "/webhooks/generic"))
        .then();
  }
}
