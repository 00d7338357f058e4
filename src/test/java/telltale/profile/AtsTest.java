package telltale.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
