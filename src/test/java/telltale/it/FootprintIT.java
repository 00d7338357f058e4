package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GitHub footprint is read in the background for a candidate who linked an account: the
 * screening answers at once, and github_fabricated_history runs once the footprint has joined the
 * case. GitHub's rate limit and a stalled API are waited out and reported under coverage. The stub
 * stands in for a GitHub Enterprise Server (API under /api/v3, profiles on the same host).
 */
class FootprintIT {
  static final String RULE = "github_fabricated_history";
  static GitHubStub github;
  static PayaraServer server;

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    // a GitHub Enterprise Server: the API under /api/v3, profile links on the same host
    github = GitHubStub.start("/api/v3");
    github.account(
        "octo-fab",
        new GitHubStub.Account(
            "2024-03-01T09:30:00Z",
            List.of(
                new GitHubStub.Repo(
                    "portfolio",
                    false,
                    List.of(
                        "2024-03-04T10:00:00Z", "2019-07-01T10:00:00Z", "2016-05-20T10:00:00Z")))));
    GitHubStub.Account genuine =
        new GitHubStub.Account(
            "2015-02-01T09:30:00Z",
            List.of(
                new GitHubStub.Repo(
                    "dotfiles", false, List.of("2023-01-04T10:00:00Z", "2015-02-03T10:00:00Z"))));
    github.account("octo-limited", genuine);
    github.account("octo-stalled", genuine);
    server =
        PayaraServer.start(
            "footprint",
            Credentials.with(
                Map.of(
                    "telltale.data.dir", DataDirs.fresh("footprint"),
                    "telltale.footprint.github.enabled", "true",
                    "telltale.footprint.github.url", github.url(),
                    "telltale.footprint.github.token", "github_pat_test",
                    "telltale.footprint.github.read-timeout-ms", "1000")));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (github != null) github.close();
  }

  static JsonPath screen(String candidateId, String login) {
    long started = System.nanoTime();
    JsonPath first =
        given()
            .baseUri(server.base().toString())
            .contentType(ContentType.JSON)
            .body(
                "{\"candidateId\":\""
                    + candidateId
                    + "\",\"links\":[{\"kind\":\"github\",\"url\":\""
                    + github.url().replace("/api/v3", "/")
                    + login
                    + "\"}]}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(
        Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0,
        "the screening does not wait for GitHub");
    return first;
  }

  /** Waits for a screening of the candidate that matches; fails after the limit. */
  static JsonPath awaitScreening(String candidateId, Predicate<JsonPath> which, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> ids =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=generic&candidateId=" + candidateId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      for (String id : ids) {
        JsonPath screening =
            given()
                .baseUri(server.base().toString())
                .get("/api/v1/screenings/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (which.test(screening)) {
          return screening;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no matching screening of " + candidateId + " within " + limit);
  }

  static boolean evaluated(JsonPath screening) {
    return !screening.getList("coverage.notEvaluated.id").contains(RULE);
  }

  static boolean noted(JsonPath screening, String words) {
    return screening.getList("coverage.notes", String.class).stream()
        .anyMatch(n -> n.startsWith("GitHub footprint") && n.contains(words));
  }

  @Test
  void aLinkedAccountWithBackdatedCommitsFiresTheRuleAfterTheBackgroundRead() throws Exception {
    JsonPath first = screen("fp-backdated", "octo-fab");
    assertTrue(first.getList("coverage.notEvaluated.id").contains(RULE));
    JsonPath later =
        awaitScreening(
            "fp-backdated", s -> s.getList("signals.id").contains(RULE), Duration.ofSeconds(60));
    assertTrue(evaluated(later));
    GitHubStub.Seen user = github.to("/users/octo-fab").get(0);
    assertEquals("Bearer github_pat_test", user.header("Authorization"));
    assertEquals("application/vnd.github+json", user.header("Accept"));
    // read once: the footprint's own screening queues nothing more
    Thread.sleep(6000);
    assertEquals(
        1, github.to("/users/octo-fab").stream().filter(s -> !s.path().contains("/repos")).count());
  }

  @Test
  void aRateLimitIsWaitedOutAndReportedUnderCoverage() throws Exception {
    github.rateLimitNext("/users/octo-limited", 403, 8);
    screen("fp-limited", "octo-limited");
    awaitScreening("fp-limited", s -> noted(s, "rate limit"), Duration.ofSeconds(45));
    JsonPath read = awaitScreening("fp-limited", FootprintIT::evaluated, Duration.ofSeconds(60));
    assertTrue(!read.getList("signals.id").contains(RULE), "an account older than its commits");
  }

  @Test
  void aStalledApiIsTriedAgainAndReportedUnderCoverage() throws Exception {
    github.stallNext("/users/octo-stalled", Duration.ofSeconds(4));
    screen("fp-stalled", "octo-stalled");
    awaitScreening("fp-stalled", s -> noted(s, "not read yet"), Duration.ofSeconds(45));
    awaitScreening("fp-stalled", FootprintIT::evaluated, Duration.ofSeconds(60));
  }
}
