package telltale.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.screening.rules.Fixtures.REFERENCE;
import static telltale.screening.rules.Fixtures.profile;
import static telltale.screening.rules.Fixtures.summary;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.linkage.entity.Links;
import telltale.screening.rules.linkage.DocumentPrintReuse;
import telltale.screening.rules.linkage.ResumeTextReuse;
import telltale.screening.rules.linkage.SharedAttributes;

/** The cross-candidate rules read what the history found; without history they report so. */
class LinkageRulesTest {
  static final String PROFILE = Fixtures.withId("{'resumeText':'eight years of payments'}");

  static Lookups with(Links links) {
    return new Lookups(REFERENCE, links);
  }

  @Test
  void sharedIdentifiersFireOncePerKind() {
    Links links =
        new Links(
            true,
            List.of(
                new Links.SharedIdentifier("phone", List.of("s1", "s2")),
                new Links.SharedIdentifier("shipping_address", List.of("s3"))),
            List.of());
    RuleResult outcome = new SharedAttributes().evaluate(profile(PROFILE), with(links));
    assertEquals("fired:x,x", summary(outcome));
  }

  @Test
  void nothingSharedIsClearAndNoHistoryIsNotEvaluated() {
    assertEquals(
        "clear", summary(new SharedAttributes().evaluate(profile(PROFILE), with(Links.none()))));
    assertEquals(
        "missing:history",
        summary(new SharedAttributes().evaluate(profile(PROFILE), with(Links.unchecked()))));
  }

  @Test
  void similarResumesFireWithTheBestSimilarity() {
    Links links = new Links(true, List.of(), List.of(new Links.SimilarResume("s9", 0.86)));
    RuleResult outcome = new ResumeTextReuse().evaluate(profile(PROFILE), with(links));
    assertEquals("fired:x", summary(outcome));
    assertEquals(
        "86%", ((RuleResult.Fired) outcome).occurrences().get(0).facts().get("similarity"));
    assertEquals(
        "missing:resumeText",
        summary(new ResumeTextReuse().evaluate(profile(Fixtures.withId("{}")), with(links))));
  }

  static final String WITH_FILE =
      Fixtures.withId("{'resumeFile':{'filename':'cv.pdf','data':'JVBERi0='}}");

  static Stream<Arguments> documentPrints() {
    var shared =
        new Links(
            true,
            List.of(
                new Links.SharedIdentifier("phone", List.of("s1")),
                new Links.SharedIdentifier("document_author", List.of("s2", "s3")),
                new Links.SharedIdentifier("document_origin", List.of("s2"))),
            List.of());
    return Stream.of(
        Arguments.of(WITH_FILE, shared, "fired:file,file", "fired:x"),
        Arguments.of(
            WITH_FILE,
            new Links(
                true,
                List.of(new Links.SharedIdentifier("document_author_name", List.of("s4"))),
                List.of()),
            "fired:author_name",
            "clear"),
        // a re-screen has no file but compares the document prints recorded when it was read
        Arguments.of(PROFILE, new Links(true, List.of(), List.of(), false, true), "clear", "clear"),
        Arguments.of(WITH_FILE, Links.none(), "clear", "clear"),
        Arguments.of(WITH_FILE, Links.unchecked(), "missing:history", "missing:history"),
        Arguments.of(PROFILE, shared, "missing:resumeFile", "fired:x"));
  }

  @ParameterizedTest(name = "{2} / shared_attributes {3}")
  @MethodSource("documentPrints")
  void sharedDocumentPrintsAreTheirOwnWeakRuleNotASharedIdentifier(
      String profile, Links links, String documents, String identifiers) {
    assertEquals(
        documents, summary(new DocumentPrintReuse().evaluate(profile(profile), with(links))));
    assertEquals(
        identifiers, summary(new SharedAttributes().evaluate(profile(profile), with(links))));
  }
}
