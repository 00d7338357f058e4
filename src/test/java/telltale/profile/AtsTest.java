package telltale.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One rule names the settings of every ATS connection, for webhooks, fetching and write-back. */
class AtsTest {
  @Test
  void theDefaultConnectionHasNoSegmentOfItsOwn() {
    assertEquals(
        "telltale.webhooks.greenhouse.secret",
        Ats.greenhouse.setting("webhooks", Ats.DEFAULT_CONNECTION, "secret"));
    assertEquals(
        "telltale.fetch.lever.sales.api-key", Ats.lever.setting("fetch", "sales", "api-key"));
  }

  @Test
  void theConnectionsNamingASettingAreFoundInEverySpelling() {
    List<String> names =
        List.of(
            "telltale.fetch.greenhouse.api-key",
            "TELLTALE_FETCH_GREENHOUSE_SALES_API_KEY",
            "telltale.fetch.greenhouse.v3.client-id",
            "telltale.writeback.greenhouse.eu.api-key",
            "telltale.fetch.lever.api-key");

    assertEquals(
        Set.of(Ats.DEFAULT_CONNECTION, "sales"),
        Ats.greenhouse.connectionsNaming(names, "fetch", "api-key"));
    assertEquals(Set.of("eu"), Ats.greenhouse.connectionsNaming(names, "writeback", "api-key"));
    assertEquals(Set.of("v3"), Ats.greenhouse.connectionsNaming(names, "fetch", "client-id"));
  }
}
