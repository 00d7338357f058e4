package telltale.footprint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.Link;

class GitHubLoginsTest {
  static Stream<Arguments> links() {
    return Stream.of(
        Arguments.of("https://api.github.com", "https://github.com/octo-dev", "octo-dev"),
        Arguments.of("https://api.github.com", "https://www.github.com/octo-dev/repo", "octo-dev"),
        Arguments.of("https://api.github.com", "http://GitHub.com/Octo/", "Octo"),
        Arguments.of("https://api.github.com", "https://github.com/orgs/acme", null),
        Arguments.of("https://api.github.com", "https://github.com/", null),
        Arguments.of("https://api.github.com", "https://github.com/-bad-", null),
        Arguments.of("https://api.github.com", "https://gitlab.com/octo-dev", null),
        Arguments.of("https://api.github.com", "https://github.com.evil.example/octo", null),
        Arguments.of("https://ghe.example.com/api/v3", "https://ghe.example.com/dana", "dana"),
        Arguments.of("https://ghe.example.com/api/v3", "https://github.com/dana", null));
  }

  @ParameterizedTest
  @MethodSource("links")
  void theLinkedAccount(String api, String url, String login) {
    assertEquals(
        Optional.ofNullable(login),
        GitHubLogins.forApi(URI.create(api)).of(List.of(new Link(Link.Site.other, url))));
  }
}
