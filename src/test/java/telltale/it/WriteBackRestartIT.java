package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static telltale.it.WriteBackIT.only;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write-back stored with a screening survives a restart: the first instance never dispatches
 * (interval 0), the next one on the same data directory delivers it, once. Without
 * telltale.card.base-url the note has no card line.
 */
class WriteBackRestartIT {
  @BeforeAll
  static void credentials() {
    Credentials.adminByDefault();
  }

  @Test
  void aWriteBackStoredBeforeARestartIsDeliveredAfterItOnce() {
    try (VendorStub lever = VendorStub.start()) {
      String data = DataDirs.fresh("writeback-restart");
      Map<String, String> settings = new HashMap<>(WriteBackIT.fastDispatch());
      settings.put("telltale.data.dir", data);
      settings.put("telltale.writeback.lever.url", lever.url("/v1"));
      settings.put("telltale.writeback.lever.api-key", "lever-key");
      settings.put("telltale.writeback.lever.acting-user", "lever-user-1");

      Map<String, String> idle = new HashMap<>(settings);
      idle.put("telltale.writeback.dispatch-interval-ms", "0");
      String id;
      try (PayaraServer first =
          PayaraServer.start("writeback-before-restart", Credentials.with(idle))) {
        WriteBackSystem telltale = new WriteBackSystem(first.base());
        id =
            telltale.screen(WriteBackSystem.profile("lever", "lv-restart", "Designer", "Referral"));
        assertEquals(2, telltale.items(id).size());
        WriteBackSystem.sleep(1000);
        assertEquals(0, lever.requests().size(), "the first instance must not dispatch");
      }

      try (PayaraServer again =
          PayaraServer.start("writeback-after-restart", Credentials.with(settings))) {
        WriteBackSystem telltale = new WriteBackSystem(again.base());
        telltale.awaitItems(id, "delivered", 2);
        WriteBackSystem.sleep(1500);
        String note =
            JsonPath.from(only(lever.to("/v1/opportunities/lv-restart/notes")).body())
                .getString("value");
        assertFalse(note.contains("Card:") || note.contains("/api/"), "no card base URL: " + note);
        assertEquals(1, lever.to("/v1/opportunities/lv-restart/addTags").size());
        assertEquals(2, lever.requests().size(), lever.requests().toString());
      }
    }
  }
}
