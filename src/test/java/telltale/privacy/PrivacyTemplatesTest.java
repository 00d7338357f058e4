package telltale.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice and the DPIA in config/privacy/ are generated from the data inventory: when
 * they drift apart this test fails and writes the regenerated files to target/privacy/ (or, with
 * -Dprivacy.templates.write=true, over the files in config/privacy/).
 */
class PrivacyTemplatesTest {
  static final Path FOLDER = Path.of("config/privacy");

  static PrivacyTemplates.Inventory inventory() throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve("data-inventory.yaml"))) {
      return PrivacyTemplates.read("config/privacy/data-inventory.yaml", in);
    }
  }

  static int retentionDays() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        Files.newInputStream(
            Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(in);
    }
    return Integer.parseInt(defaults.getProperty("telltale.retention.days").strip());
  }

  @Test
  void theNoticeMatchesTheInventory() throws IOException {
    same("privacy-notice.md", PrivacyTemplates.notice(inventory(), retentionDays()));
  }

  @Test
  void theDpiaMatchesTheInventory() throws IOException {
    same("dpia.md", PrivacyTemplates.dpia(inventory(), retentionDays()));
  }

  @Test
  void everyConnectorTheIssueNamesIsInTheInventory() throws IOException {
    List<String> ids =
        inventory().connectors().stream().map(PrivacyTemplates.Connector::id).toList();
    assertTrue(
        ids.containsAll(
            List.of(
                "greenhouse",
                "lever",
                "ashby",
                "workable",
                "smartrecruiters",
                "jazzhr",
                "recruitee",
                "generic",
                "evidence-api",
                "resume-files",
                "persona",
                "veriff",
                "onfido",
                "checkr",
                "zoom",
                "teams",
                "meet",
                "github",
                "interviewer-form")),
        ids.toString());
  }

  private static void same(String name, String rendered) throws IOException {
    if (Boolean.getBoolean("privacy.templates.write")) {
      Files.writeString(FOLDER.resolve(name), rendered, StandardCharsets.UTF_8);
    }
    Path file = FOLDER.resolve(name);
    String kept = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!kept.equals(rendered)) {
      Path fresh = Path.of("target/privacy").resolve(name);
      Files.createDirectories(fresh.getParent());
      Files.writeString(fresh, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(
        rendered,
        kept,
        "config/privacy/"
            + name
            + " differs from config/privacy/data-inventory.yaml; the regenerated file is in "
            + "target/privacy/ (or run this test with -Dprivacy.templates.write=true)");
  }
}
