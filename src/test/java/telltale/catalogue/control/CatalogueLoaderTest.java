package telltale.catalogue.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.catalogue.entity.Catalogue;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;
import telltale.reference.ReferenceLoader;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.rules.Fixtures;
import telltale.screening.rules.Rules;

/** The shipped catalogue loads and binds; a bad entry is refused with file, entry and line. */
class CatalogueLoaderTest {
  static final Path SHIPPED = Path.of("config");

  @Test
  void theShippedCatalogueLoadsAndBindsToEveryEvaluator() {
    Catalogue catalogue = new CatalogueLoader(ConfigFiles.in(SHIPPED)).load();
    new ChecklistEngine(catalogue, Rules.all(), Fixtures.REFERENCE);
    assertEquals(Rules.all().size(), catalogue.rules().size());
    assertTrue(
        catalogue.rules().stream()
            .allMatch(r -> !r.sources().isEmpty() && !r.training().isBlank()));
  }

  @Test
  void theShippedReferenceDataLoads() {
    var reference = new ReferenceLoader(ConfigFiles.in(SHIPPED)).load(List.of());
    assertTrue(reference.ipCountries().size() > 1000, "ip-country ranges");
    assertTrue(reference.technologies().size() > 50, "technologies");
    assertTrue(reference.timeZones().size() > 300, "time zones");
  }

  static Stream<Arguments> brokenEntries() {
    return Stream.of(
        Arguments.of(
            "    weight: 5\n",
            "    weight: lots\n",
            "rule 'phone_voip' (line",
            "'weight' must be a whole number"),
        Arguments.of(
            "    cap: 5\n",
            "    cap: 2\n",
            "rule 'phone_voip'",
            "cap (2) must not be below weight (5)"),
        Arguments.of(
            "    checklist: fake_identity\n",
            "    checklist: identity\n",
            "rule 'phone_voip'",
            "'checklist' must be one of"),
        Arguments.of(
            "    sources: [S10, S21]\n",
            "    sources: [S10, S99]\n",
            "rule 'phone_voip'",
            "source 'S99' is not listed"),
        Arguments.of(
            "    strength: weak\n",
            "    strength: weak\n    colour: red\n",
            "rule 'phone_voip'",
            "unknown key 'colour'"),
        Arguments.of(
            "    family: contact_data\n",
            "    family: gut_feeling\n",
            "rule 'phone_voip'",
            "family 'gut_feeling' is not one of the families"),
        Arguments.of(
            "    strength: weak\n",
            "    strength: weak\n    conclusive: \"it looks bad\"\n",
            "rule 'phone_voip'",
            "only a strong rule may be conclusive on its own"),
        Arguments.of(
            "    mitigatedBy: [identity_verified]\n",
            "    mitigatedBy: [a_good_feeling]\n",
            "rule 'phone_voip'",
            "mitigatedBy names 'a_good_feeling'"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("brokenEntries")
  void aBrokenRuleStopsTheStartNamingFileEntryAndLine(
      String from, String to, String entry, String problem, @TempDir Path dir) throws IOException {
    Path copy = copyOfShipped(dir);
    Path rules = copy.resolve("catalogue/rules.yaml");
    String text = Files.readString(rules);
    int first = text.indexOf("- id: phone_voip");
    int at = text.indexOf(from, first);
    Files.writeString(rules, text.substring(0, at) + to + text.substring(at + from.length()));
    ConfigFileException e =
        assertThrows(
            ConfigFileException.class, () -> new CatalogueLoader(ConfigFiles.in(copy)).load());
    assertThat(e.getMessage(), containsString("catalogue/rules.yaml"));
    assertThat(e.getMessage(), containsString(entry));
    assertThat(e.getMessage(), containsString(problem));
  }

  @Test
  void aPlaceholderTheRuleDoesNotProvideStopsTheStart(@TempDir Path dir) throws IOException {
    Path copy = copyOfShipped(dir);
    Path rules = copy.resolve("catalogue/rules.yaml");
    Files.writeString(rules, Files.readString(rules).replaceFirst("\\{phone\\}", "{carrier}"));
    Catalogue catalogue = new CatalogueLoader(ConfigFiles.in(copy)).load();
    ConfigFileException e =
        assertThrows(
            ConfigFileException.class,
            () -> new ChecklistEngine(catalogue, Rules.all(), Fixtures.REFERENCE));
    assertThat(e.getMessage(), containsString("{carrier}"));
  }

  @Test
  void scoringThatWouldLetWeakSignalsRaiseTheBandIsRefused(@TempDir Path dir) throws IOException {
    Path copy = copyOfShipped(dir);
    Path scoring = copy.resolve("catalogue/scoring.yaml");
    Files.writeString(scoring, Files.readString(scoring).replaceFirst("weak: 14", "weak: 45"));
    ConfigFileException e =
        assertThrows(
            ConfigFileException.class, () -> new CatalogueLoader(ConfigFiles.in(copy)).load());
    assertThat(
        e.getMessage(), e.getMessage(), containsString("caps.weak must stay below bands.elevated"));
  }

  @Test
  void corroborationPointsThatWouldLiftABandAloneAreRefused(@TempDir Path dir) throws IOException {
    Path copy = copyOfShipped(dir);
    Path scoring = copy.resolve("catalogue/scoring.yaml");
    Files.writeString(
        scoring, Files.readString(scoring).replace("pointsPerFamily: 15", "pointsPerFamily: 30"));
    ConfigFileException e =
        assertThrows(
            ConfigFileException.class, () -> new CatalogueLoader(ConfigFiles.in(copy)).load());
    assertThat(e.getMessage(), e.getMessage(), containsString("pointsPerFamily must stay below"));
  }

  static Path copyOfShipped(Path dir) throws IOException {
    for (String name :
        new String[] {"rules.yaml", "sources.yaml", "scoring.yaml", "handbook.yaml"}) {
      Path target = dir.resolve("catalogue").resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(SHIPPED.resolve("catalogue").resolve(name), target);
    }
    return dir;
  }
}
