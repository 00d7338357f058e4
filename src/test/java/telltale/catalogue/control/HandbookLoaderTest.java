package telltale.catalogue.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Handbook;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;

class HandbookLoaderTest {

  @Test
  void theShippedHandbookLoadsWithRefusedSignalsCasesQuizAndModules() {
    Catalogue catalogue = new CatalogueLoader(ConfigFiles.packaged()).load();
    Handbook handbook = new HandbookLoader(ConfigFiles.packaged()).load(catalogue);
    assertTrue(handbook.refused().size() >= 10);
    assertTrue(handbook.refused().stream().anyMatch(r -> r.signal().equals("Accent")));
    assertTrue(handbook.cases().size() >= 5);
    assertTrue(handbook.quiz().size() >= 5);
    assertTrue(handbook.modules().size() >= 5);
  }

  static Stream<Arguments> brokenEntries() {
    return Stream.of(
        Arguments.of(
            "indicators: [av_desync]",
            "indicators: [av_lag]",
            "case 2 (line",
            "indicator 'av_lag' is not a rule"),
        Arguments.of(
            "    answer: 3\n",
            "    answer: 7\n",
            "question 1 (line",
            "'answer' must be a whole number from 0 to 3"),
        Arguments.of(
            "sources: [S18]", "sources: [S180]", "case 2 (line", "source 'S180' is not listed"),
        Arguments.of(
            "  - signal: \"Sex\"\n",
            "  - signal: \"Sex\"\n    weight: 1\n",
            "refused signal",
            "unknown key 'weight'"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("brokenEntries")
  void aBrokenEntryStopsTheStartNamingFileEntryAndLine(
      String from, String to, String entry, String problem, @TempDir Path dir) throws IOException {
    Path copy = CatalogueLoaderTest.copyOfShipped(dir);
    Path file = copy.resolve("catalogue/handbook.yaml");
    String text = Files.readString(file);
    int at = text.indexOf(from);
    Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    Catalogue catalogue = new CatalogueLoader(ConfigFiles.in(copy)).load();
    ConfigFileException e =
        assertThrows(
            ConfigFileException.class,
            () -> new HandbookLoader(ConfigFiles.in(copy)).load(catalogue));
    assertThat(e.getMessage(), containsString("catalogue/handbook.yaml"));
    assertThat(e.getMessage(), containsString(entry));
    assertThat(e.getMessage(), containsString(problem));
  }
}
