package telltale.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.screening.rules.Fixtures.REFERENCE;
import static telltale.screening.rules.Fixtures.profile;
import static telltale.screening.rules.Fixtures.summary;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.linkage.entity.Links;
import telltale.resume.control.ResumeFiles;
import telltale.resume.control.ResumeReader;
import telltale.resume.entity.DocumentTimes;
import telltale.resume.entity.ReadLimits;
import telltale.resume.entity.ResumeFile;
import telltale.screening.rules.identity.ResumeSavedAfterApplying;

/** A12 within one file: a resume file created or saved after the application was submitted. */
class ResumeFileRulesTest {
  static final ResumeSavedAfterApplying RULE = new ResumeSavedAfterApplying();

  static final String FILE = "'resumeFile':{'filename':'cv.pdf','data':'JVBERi0='}";

  static String applied(String submittedAt) {
    return Fixtures.withId("{" + FILE + ",'application':{'submittedAt':'" + submittedAt + "'}}");
  }

  static Lookups document(String created, String modified) {
    return new Lookups(
        REFERENCE,
        Links.none(),
        new DocumentTimes(
            created == null ? null : Instant.parse(created),
            modified == null ? null : Instant.parse(modified)));
  }

  static Stream<Arguments> times() {
    String applied = applied("2026-03-10T09:00:00Z");
    return Stream.of(
        Arguments.of(applied, "2026-03-20T10:00:00Z", null, "fired:created"),
        Arguments.of(applied, "2026-03-20T10:00:00Z", "2026-03-21T10:00:00Z", "fired:created"),
        Arguments.of(applied, "2025-11-02T08:00:00Z", "2026-03-12T10:00:00Z", "fired:modified"),
        Arguments.of(applied, "2025-11-02T08:00:00Z", "2026-03-09T17:00:00Z", "clear"),
        // within a day's grace: a writer that records local time as UTC, or a wrong clock
        Arguments.of(applied, null, "2026-03-11T08:00:00Z", "clear"),
        Arguments.of(applied, null, null, "missing:resumeFile.created,resumeFile.modified"),
        Arguments.of(
            Fixtures.withId("{" + FILE + "}"),
            "2026-03-20T10:00:00Z",
            null,
            "missing:application.submittedAt"),
        Arguments.of(
            Fixtures.withId("{'application':{'submittedAt':'2026-03-10T09:00:00Z'}}"),
            "2026-03-20T10:00:00Z",
            null,
            "missing:resumeFile"));
  }

  @ParameterizedTest(name = "{0}: created {1}, modified {2} -> {3}")
  @MethodSource("times")
  void comparesTheFilesTimesWithTheSubmission(
      String json, String created, String modified, String expected) {
    assertEquals(expected, summary(RULE.evaluate(profile(json), document(created, modified))));
  }

  @Test
  void evidenceNamesTheDaysInUtcAndHowLongAfter() {
    RuleResult.Fired fired =
        (RuleResult.Fired)
            RULE.evaluate(
                profile(applied("2026-03-10T09:00:00Z")),
                document("2025-11-02T08:00:00Z", "2026-03-17T23:30:00Z"));
    assertEquals(
        Map.of("modified", "2026-03-17", "submitted", "2026-03-10", "days", "7"),
        fired.occurrences().get(0).facts());
  }

  @Test
  void theTimesComeFromARealFilesMetadata() throws Exception {
    DocumentTimes times;
    try (ResumeReader reader = new ResumeReader(ReadLimits.defaults(), 1)) {
      byte[] pdf = ResumeFiles.twoPagePdf("Kim Writer"); // created 2024-01-01 12:00 +09:00
      times =
          DocumentTimes.of(
              reader.read(new ResumeFile(pdf, "cv.pdf", "application/pdf")).metadata());
    }
    assertEquals(Instant.parse("2024-01-01T03:00:00Z"), times.created());
    Lookups lookups = new Lookups(REFERENCE, Links.none(), times);
    assertEquals(
        "fired:created", summary(RULE.evaluate(profile(applied("2023-12-15T09:00:00Z")), lookups)));
    assertEquals(
        "clear", summary(RULE.evaluate(profile(applied("2024-02-01T09:00:00Z")), lookups)));
  }
}
