package telltale.footprint.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;
import telltale.footprint.control.GitHubConfig;
import telltale.screening.boundary.Screened;

class FootprintsTest {
  @Test
  void switchedOffNothingIsReadOrQueued() {
    Footprints footprints = new Footprints();
    footprints.config =
        new GitHubConfig() {
          @Override
          public boolean enabled() {
            return false;
          }
        };
    // no queue: touching it would fail
    assertDoesNotThrow(() -> footprints.screened(new Screened(null, null, null, "default", null)));
  }
}
