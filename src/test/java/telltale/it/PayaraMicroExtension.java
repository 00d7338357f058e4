package telltale.it;

import io.restassured.RestAssured;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import telltale.intake.WebhookFixtures;

/**
 * Gives every integration test class the same running service: one Payara Micro for the whole test
 * run (stopped when JUnit closes its root store), or the server named by -Dit.base.url.
 */
public class PayaraMicroExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    URI base = baseUri(context);
    RestAssured.baseURI = "http://" + base.getHost();
    RestAssured.port = base.getPort();
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    Credentials.adminByDefault();
  }

  public static URI baseUri(ExtensionContext context) {
    String external = System.getProperty("it.base.url");
    if (external != null && !external.isBlank()) {
      return URI.create(external);
    }
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            "telltale-server",
            k -> PayaraServer.start("it", TestSettings.server()),
            PayaraServer.class)
        .base();
  }

  /** Settings the shared test server runs with. */
  static final class TestSettings {
    private TestSettings() {}

    static Map<String, String> server() {
      return Credentials.with(
          Map.of(
              "telltale.onboarding.sanctioned-tools", "ConnectWise Control",
              "telltale.data.dir", DataDirs.fresh("it"),
              "telltale.webhooks.generic.secret",
                  Signing.GENERIC_SECRET + "," + WebhookFixtures.WHSEC,
              "telltale.webhooks.greenhouse.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.ashby.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.workable.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.smartrecruiters.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.jazzhr.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.recruitee.secret", WebhookFixtures.SECRET,
              "telltale.webhooks.lever.secret", WebhookFixtures.LEVER_SECRET));
    }
  }
}
