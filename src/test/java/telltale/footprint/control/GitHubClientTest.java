package telltale.footprint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.it.GitHubStub;
import telltale.profile.Footprint;

/** The GitHub client against a GitHub-shaped stub: what it reads, ETags, rate limits, stalls. */
class GitHubClientTest {
  static final GitHubStub.Account BACKDATED =
      new GitHubStub.Account(
          "2024-03-01T09:30:00Z",
          List.of(
              new GitHubStub.Repo(
                  "forked-lib", true, List.of("2024-03-05T10:00:00Z", "2009-01-01T10:00:00Z")),
              new GitHubStub.Repo(
                  "portfolio",
                  false,
                  List.of(
                      "2024-03-04T10:00:00Z", "2019-07-01T10:00:00Z", "2016-05-20T23:30:00-05:00")),
              new GitHubStub.Repo("empty", false, List.of("2024-03-06T10:00:00Z"))));

  GitHubStub github;

  @BeforeEach
  void start() {
    github = GitHubStub.start("/api/v3");
    github.account("octo-dev", BACKDATED);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  GitHubClient client(Optional<String> token, Duration read) {
    return new GitHubClient(
        URI.create(github.url()), token, Duration.ofSeconds(2), read, 5, Clock.systemUTC());
  }

  @Test
  void readsTheAccountsCreationAndItsOldestOwnCommitLeavingForksOut() {
    Footprint.GitHub read = client(Optional.empty(), Duration.ofSeconds(5)).read("octo-dev");
    assertEquals(LocalDate.of(2024, 3, 1), read.createdOn());
    // the fork's 2009 commit is someone else's history; -05:00 is the next day in UTC
    assertEquals(LocalDate.of(2016, 5, 21), read.earliestCommitOn());
    assertTrue(github.to("page=3").size() == 1, "the oldest commit is on the last page");
    assertTrue(github.to("forked-lib").isEmpty());
    assertNull(github.seen().get(0).header("Authorization"));
  }

  @Test
  void answersAreRevalidatedWithTheirEtagAndA304ReusesThem() {
    GitHubClient client = client(Optional.of("ghp_test"), Duration.ofSeconds(5));
    Footprint.GitHub first = client.read("octo-dev");
    int before = github.seen().size();
    Footprint.GitHub again = client.read("octo-dev");
    assertEquals(first, again);
    List<GitHubStub.Seen> second = github.seen().subList(before, github.seen().size());
    assertTrue(second.stream().allMatch(s -> s.status() == 304), second.toString());
    assertTrue(second.stream().allMatch(s -> s.header("If-None-Match") != null));
    assertEquals("Bearer ghp_test", second.get(0).header("Authorization"));
  }

  @Test
  void aRateLimitRefusalPausesEveryReadUntilTheReset() {
    GitHubClient client = client(Optional.empty(), Duration.ofSeconds(5));
    github.rateLimitNext("/users/octo-dev", 403, 120);
    GitHubClient.RateLimited limited =
        assertThrows(GitHubClient.RateLimited.class, () -> client.read("octo-dev"));
    assertTrue(limited.until().isAfter(Instant.now().plusSeconds(100)), limited.until().toString());
    int asked = github.seen().size();
    assertThrows(GitHubClient.RateLimited.class, () -> client.read("octo-dev"));
    assertEquals(asked, github.seen().size(), "no request while the limit is used up");
  }

  @Test
  void a429WithRemainingZeroIsTheRateLimitToo() {
    GitHubClient client = client(Optional.empty(), Duration.ofSeconds(5));
    github.rateLimitNext("/commits", 429, 30);
    GitHubClient.RateLimited limited =
        assertThrows(GitHubClient.RateLimited.class, () -> client.read("octo-dev"));
    assertTrue(limited.until().isAfter(Instant.now().plusSeconds(20)));
    assertEquals(limited.until(), client.pausedUntil());
  }

  @Test
  void aStalledApiFailsAfterTheReadTimeout() {
    GitHubClient client = client(Optional.empty(), Duration.ofMillis(300));
    github.stallNext("/users/octo-dev", Duration.ofSeconds(3));
    long started = System.nanoTime();
    assertThrows(GitHubClient.Unavailable.class, () -> client.read("octo-dev"));
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0);
  }

  @Test
  void anUnknownAccountIsNotFound() {
    assertThrows(
        GitHubClient.NotFound.class,
        () -> client(Optional.empty(), Duration.ofSeconds(5)).read("nobody-here"));
  }
}
