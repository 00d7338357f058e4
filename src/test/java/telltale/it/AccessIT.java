package telltale.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static telltale.it.ScreeningSystem.base;
import static telltale.it.ScreeningSystem.profile;
import static telltale.it.ScreeningSystem.screened;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what under /api/v1: 401 without a valid credential, 403 for the wrong role. */
@ExtendWith(PayaraMicroExtension.class)
class AccessIT {
  static String screeningId;

  @BeforeAll
  static void aScreeningToRead() {
    screeningId = screened(profile("genuine")).getString("id");
  }

  static Stream<Arguments> matrix() {
    String screen = "POST /api/v1/screenings";
    String read = "GET /api/v1/screenings/{id}";
    String list = "GET /api/v1/screenings?ats=generic&candidateId=cand-1001";
    String observe = "POST /api/v1/screenings/{id}/observations";
    String checklists = "GET /api/v1/checklists";
    String handbook = "GET /api/v1/handbook";
    String erase = "DELETE /api/v1/candidates/generic/nobody-here";
    String retention = "POST /api/v1/admin/retention";
    return Stream.of(
        Arguments.of(screen, Credentials.INTEGRATION, 201),
        Arguments.of(screen, Credentials.ADMIN, 201),
        Arguments.of(screen, Credentials.RECRUITER, 403),
        Arguments.of(screen, Credentials.INTERVIEWER, 403),
        Arguments.of(screen, Credentials.TRAINER, 403),
        Arguments.of(read, Credentials.RECRUITER, 200),
        Arguments.of(read, Credentials.INTEGRATION, 200),
        Arguments.of(read, Credentials.INTERVIEWER, 403),
        Arguments.of(read, Credentials.TRAINER, 403),
        Arguments.of(list, Credentials.RECRUITER, 200),
        Arguments.of(list, Credentials.TRAINER, 403),
        Arguments.of(observe, Credentials.INTERVIEWER, 201),
        Arguments.of(observe, Credentials.RECRUITER, 403),
        Arguments.of(observe, Credentials.INTEGRATION, 403),
        Arguments.of(checklists, Credentials.TRAINER, 200),
        Arguments.of(checklists, Credentials.RECRUITER, 403),
        Arguments.of(handbook, Credentials.TRAINER, 200),
        Arguments.of(handbook, Credentials.INTEGRATION, 403),
        Arguments.of(erase, Credentials.ADMIN, 200),
        Arguments.of(erase, Credentials.INTEGRATION, 403),
        Arguments.of(erase, Credentials.RECRUITER, 403),
        Arguments.of(retention, Credentials.ADMIN, 200),
        Arguments.of(retention, Credentials.TRAINER, 403));
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @MethodSource("matrix")
  void eachRoleMayDoItsOwnWork(String call, String key, int status) {
    var answer = call(call, key);
    assertEquals(status, answer.status(), answer.body());
    if (status == 403) {
      assertThat(answer.body(), containsString("\"code\":\"forbidden\""));
    }
  }

  @ParameterizedTest(name = "{0} without a valid credential -> 401")
  @MethodSource("everyCall")
  void noOrWrongCredentialIsUnauthorized(String call) {
    for (String key : new String[] {null, "", "not-a-configured-key-0123", "a.b.c"}) {
      var answer = call(call, key);
      assertEquals(401, answer.status(), call + " with " + key);
      assertThat(answer.body(), containsString("\"code\":\"unauthorized\""));
      assertEquals("Bearer", answer.response().headers().firstValue("WWW-Authenticate").orElse(""));
    }
  }

  static Stream<String> everyCall() {
    return matrix().map(a -> (String) a.get()[0]).distinct();
  }

  @Test
  void identityProviderTokensCarryRolesInTheirGroups() {
    Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);
    String recruiter =
        Credentials.token("employee-42", List.of("recruiter", "staff"), later, Credentials.ISSUER);
    assertEquals(200, call("GET /api/v1/screenings/{id}", recruiter).status());
    assertEquals(403, call("POST /api/v1/screenings", recruiter).status());

    String integration =
        Credentials.token("ats-connector", List.of("integration"), later, Credentials.ISSUER);
    assertEquals(201, call("POST /api/v1/screenings", integration).status());
  }

  @Test
  void expiredForeignOrForgedTokensAreUnauthorized() {
    Instant earlier = Instant.now().minus(10, ChronoUnit.MINUTES);
    Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);
    String expired = Credentials.token("e", List.of("admin"), earlier, Credentials.ISSUER);
    String foreign = Credentials.token("e", List.of("admin"), later, "https://other.example");
    String valid = Credentials.token("e", List.of("admin"), later, Credentials.ISSUER);
    String[] parts = valid.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    for (String token : List.of(expired, foreign, forged)) {
      assertEquals(401, call("GET /api/v1/screenings/{id}", token).status());
    }
  }

  @Test
  void webhooksAndPagesDoNotAskForABearerCredential() {
    // webhooks keep their own signature check: an unsigned delivery is refused by it
    var webhook = Http.call(base(), "POST", "webhooks/generic", null, "{}");
    assertEquals(401, webhook.status());
    assertThat(webhook.body(), Matchers.not(containsString("Bearer")));
    assertEquals(200, Http.call(base(), "GET", "handbook", null, null).status());
    assertEquals(200, Http.call(base(), "GET", "health/ready", null, null).status());
  }

  private static Http.Answer call(String call, String key) {
    String[] parts = call.split(" ", 2);
    String path = parts[1].replace("{id}", screeningId).substring(1);
    String body =
        switch (parts[0] + " " + parts[1]) {
          case "POST /api/v1/screenings" -> profile("genuine");
          case "POST /api/v1/screenings/{id}/observations" -> "{\"round\":2,\"observations\":[]}";
          default -> null;
        };
    return Http.call(base(), parts[0], path, key, body);
  }
}
