package telltale.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.reports.entity.FlagRate;
import telltale.reports.entity.FlagRateReport;

class CsvTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("Engineer", "Engineer"),
        Arguments.of("Engineer, Backend", "\"Engineer, Backend\""),
        Arguments.of("The \"A\" team", "\"The \"\"A\"\" team\""),
        Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        Arguments.of("+1 sales", "'+1 sales"),
        Arguments.of("@ops", "'@ops"),
        Arguments.of("-0.5", "-0.5"),
        Arguments.of("two\nlines", "\"two\nlines\""));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void cellsAreQuotedAndNeverRunAsFormulas(String value, String written) {
    assertEquals(written, Csv.cell(value));
  }

  @Test
  void theNoteLeadsAsCommentsThenTheHeaderAndOneLinePerRow() {
    FlagRateReport report =
        new FlagRateReport(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-01-31"),
            3,
            List.of(new FlagRate("job", "Engineer", 3, 2, 1, 0, 0, 1, 0.3333)),
            "Join out of band.");
    assertEquals(
        "# Join out of band. Period: 2026-01-01 to 2026-01-31.\r\n"
            + "dimension,value,screenings,low,elevated,high,critical,flagged,flag_rate\r\n"
            + "job,Engineer,3,2,1,0,0,1,0.3333\r\n",
        Csv.of(report));
  }
}
