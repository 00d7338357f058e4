package telltale.resume.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.configfile.ConfigFiles;
import telltale.reference.TechnologyReleases;
import telltale.resume.entity.ExperienceClaim;

class ClaimedExperienceTest {
  private static final LocalDate NOW = LocalDate.of(2026, 12, 1);
  private static ClaimedExperience claims;

  @BeforeAll
  static void loadTheShippedReleaseDates() {
    claims =
        new ClaimedExperience(
            TechnologyReleases.load(
                ConfigFiles.packaged().requireOneOf("reference/technology-releases.yaml")));
  }

  static Stream<Arguments> impossibleClaims() {
    return Stream.of(
        Arguments.of("15 years of Kubernetes and 6 years of Java", "Kubernetes:15"),
        Arguments.of(
            "I have 14+ years of professional experience with Kubernetes.", "Kubernetes:14"),
        Arguments.of("Kubernetes (16 years), Docker: 20 yrs", "Kubernetes:16 Docker:20"),
        Arguments.of("20 years' experience in React.js, Node", "React:20"),
        Arguments.of("9 years of Go, Python", ""),
        Arguments.of("25 years of Go, Python", "Go:25"),
        Arguments.of("25 years of go to market work", ""),
        Arguments.of("13 years of Kubernetes", ""), // 2014-06 + 12.5 years: within the grace year
        Arguments.of("30 years of Java", ""),
        Arguments.of("no years here", ""));
  }

  @ParameterizedTest
  @MethodSource
  void impossibleClaims(String text, String expected) {
    List<ExperienceClaim> found = claims.impossible(text, NOW);

    String got =
        String.join(" ", found.stream().map(c -> c.technology() + ":" + c.claimedYears()).toList());
    assertEquals(expected, got);
  }

  @Test
  void theClaimSaysWhenTheTechnologyAppearedAndWhereThatIsFrom() {
    ExperienceClaim claim = claims.impossible("15 years of Kubernetes", NOW).get(0);

    assertEquals(12, claim.possibleYears());
    assertEquals("2014-06", claim.released().toString());
    assertEquals(true, claim.source().startsWith("https://"));
    assertEquals(List.of(), claims.impossible("15 years of Kubernetes", LocalDate.of(2031, 1, 1)));
  }
}
