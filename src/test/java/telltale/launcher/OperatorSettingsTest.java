package telltale.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the launcher looks for what the operator set, in MicroProfile Config's order. */
class OperatorSettingsTest {

  @Test
  void theEnvironmentIsReadUnderTheThreeNamesMicroProfileConfigTries() {
    String key = "telltale.datasource.url";

    assertEquals("a", OperatorSettings.environment(Map.of(key, "a"), key));
    assertEquals("b", OperatorSettings.environment(Map.of("telltale_datasource_url", "b"), key));
    assertEquals("c", OperatorSettings.environment(Map.of("TELLTALE_DATASOURCE_URL", "c"), key));
    assertNull(OperatorSettings.environment(Map.of("TELLTALE_DATA_DIR", "d"), key));
  }

  @Test
  void theSystemPropertiesFileOutranksTheEnvironment() {
    Properties file = new Properties();
    file.setProperty("telltale.launcher.test.key", "from-file");
    OperatorSettings operator =
        new OperatorSettings(file, Map.of("TELLTALE_LAUNCHER_TEST_KEY", "from-env"));

    assertEquals("from-file", operator.get("telltale.launcher.test.key"));
    assertEquals(
        "from-env",
        new OperatorSettings(new Properties(), Map.of("TELLTALE_LAUNCHER_TEST_KEY", "from-env"))
            .get("telltale.launcher.test.key"));
  }

  @Test
  void theFileNamedAfterTheOptionIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("system.properties");
    Files.writeString(file, "telltale.data.dir=/srv/telltale\n");

    Properties read =
        OperatorSettings.systemPropertiesFile(
                new String[] {"--port", "8080", "--systemproperties", file.toString()})
            .orElseThrow();

    assertEquals("/srv/telltale", read.getProperty("telltale.data.dir"));
    assertTrue(OperatorSettings.systemPropertiesFile(new String[] {"--port", "8080"}).isPresent());
  }

  @Test
  void aFileThatCannotBeReadLeavesEverythingToPayara(@TempDir Path dir) {
    String[] args = {"--systemproperties", dir.resolve("missing.properties").toString()};

    assertTrue(OperatorSettings.systemPropertiesFile(args).isEmpty());
  }
}
