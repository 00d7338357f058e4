package telltale.resume.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileLinksTest {
  static Stream<Arguments> linksInText() {
    return Stream.of(
        Arguments.of("see https://github.com/Dana-Example", "https://github.com/dana-example"),
        Arguments.of("github.com/dana-example/telltale-fork.", "https://github.com/dana-example"),
        Arguments.of("http://www.GitHub.com/dana?tab=repos", "https://github.com/dana"),
        Arguments.of("GitLab: gitlab.com/dana.example.", "https://gitlab.com/dana.example"),
        Arguments.of(
            "linkedin.com/in/Dana-Example-123/", "https://www.linkedin.com/in/dana-example-123"),
        Arguments.of(
            "https://de.linkedin.com/in/j%C3%BCrgen-m", "https://www.linkedin.com/in/jürgen-m"),
        Arguments.of("mail dana@github.com or github.com/features", ""),
        Arguments.of("https://www.linkedin.com/company/example", ""),
        Arguments.of("notgithub.com/dana", ""),
        Arguments.of("github.com/-bad-", ""));
  }

  @ParameterizedTest
  @MethodSource
  void linksInText(String text, String expected) {
    List<String> urls = ProfileLinks.find(text, List.of()).stream().map(l -> l.url()).toList();

    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), urls);
  }

  @Test
  void linkTargetsCountAndDuplicatesAreDroppedAndTheListIsCapped() {
    StringBuilder many = new StringBuilder("github.com/dana GITHUB.COM/Dana ");
    for (int i = 0; i < 30; i++) {
      many.append(" gitlab.com/user").append(i);
    }

    var links = ProfileLinks.find(many.toString(), List.of("https://www.linkedin.com/in/dana"));

    assertEquals(ProfileLinks.MAX, links.size());
    assertEquals("https://www.linkedin.com/in/dana", links.get(0).url());
    assertEquals("https://github.com/dana", links.get(1).url());
    assertEquals("https://gitlab.com/user0", links.get(2).url());
  }
}
