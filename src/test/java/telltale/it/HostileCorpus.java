package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Every request of the hostile corpus (src/test/resources/hostile/index.tsv, written by
 * src/test/hostile/make_corpus.py) gets a JSON 4xx quickly, stores nothing, and leaves the service
 * ready. The test server runs with -Xmx512m, so a request that made it hoard memory would show up
 * as a failed readiness check at the end. Run against H2 (HostileInputIT) and PostgreSQL
 * (HostileInputPostgresIT), whichever server REST Assured points at.
 */
abstract class HostileCorpus {
  private static final Duration LIMIT = Duration.ofSeconds(2);

  /**
   * Where the corpus is sent when not straight to the service: the front proxy of
   * deploy/nginx/telltale.conf (FrontProxyIT), which must answer every case in JSON.
   */
  static URI proxy;

  private static final String WRONG_SECRET =
      "whsec_"
          + Base64.getEncoder()
              .encodeToString("not-the-secret-not-the-secret-32".getBytes(StandardCharsets.UTF_8));

  /** One line of the index. */
  record Case(
      String id,
      String method,
      String path,
      String contentType,
      String signing,
      String headers,
      String body,
      String expect) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Case> corpus() {
    return lines("/hostile/index.tsv").stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(f -> new Case(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithAJsonClientError(Case hostile) throws IOException {
    URI base = proxy != null ? proxy : URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    byte[] body = body(hostile.body());
    List<String[]> headers = headers(hostile, body);
    if (hostile.signing().equals("valid") || hostile.signing().equals("doubled")) {
      Ats ats = atsOf(hostile.path());
      WebhookFixtures.Signed signed =
          WebhookFixtures.signedBody(
              ats, fixture(ats), body, WebhookFixtures.secretFor(ats), Instant.now());
      if (hostile.signing().equals("doubled")) {
        signed = signed.withDoubledHeader(WebhookFixtures.signatureHeader(ats), "sha256 00ff");
      }
      signed.headers().entrySet().stream()
          .filter(e -> !e.getKey().equalsIgnoreCase("Content-Type"))
          .forEach(e -> e.getValue().forEach(v -> headers.add(new String[] {e.getKey(), v})));
    } else if (hostile.signing().equals("wrong")) {
      Ats ats = atsOf(hostile.path());
      WebhookFixtures.signedBody(ats, fixture(ats), body, WRONG_SECRET, Instant.now())
          .headers()
          .entrySet()
          .stream()
          .filter(e -> !e.getKey().equalsIgnoreCase("Content-Type"))
          .forEach(e -> e.getValue().forEach(v -> headers.add(new String[] {e.getKey(), v})));
    }

    long start = System.nanoTime();
    RawHttp.Response response =
        RawHttp.send(base, hostile.method(), hostile.path(), headers, body, 10_000);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    String what = hostile.id() + " answered " + response.status() + " " + response.text();
    if (hostile.expect().equals("container") && proxy == null) {
      assertTrue(took.compareTo(LIMIT) < 0, hostile.id() + " took " + took.toMillis() + " ms");
      return;
    }
    if (hostile.expect().equals("401")) {
      assertEquals(401, response.status(), what);
    } else if (hostile.expect().startsWith("400=")) {
      String[] codeAndField = hostile.expect().substring(4).split("@", 2);
      assertEquals(400, response.status(), what);
      JsonPath error = JsonPath.from(response.text());
      assertEquals(codeAndField[0], error.getString("code"), what);
      assertTrue(error.getList("violations.field").contains(codeAndField[1]), what);
    } else {
      assertTrue(response.status() >= 400 && response.status() < 500, what);
    }
    if (!hostile.expect().equals("4xx-http") || proxy != null) {
      assertTrue(response.contentType().startsWith("application/json"), what);
      assertNotNull(JsonPath.from(response.text()).getString("code"), what);
    }
    assertTrue(took.compareTo(LIMIT) < 0, hostile.id() + " took " + took.toMillis() + " ms");
  }

  @AfterAll
  static void nothingWasStoredAndTheServiceIsReady() {
    RestAssured.get("/health/ready").then().statusCode(200);
    for (Ats ats : Ats.values()) {
      RestAssured.given()
          .headers(ScreeningSystem.apiHeaders())
          .queryParam("ats", ats.name())
          .queryParam("candidateId", "hostile")
          .get("/api/v1/screenings")
          .then()
          .statusCode(200)
          .body("size()", Matchers.equalTo(0));
    }
  }

  private static List<String[]> headers(Case hostile, byte[] body) {
    List<String[]> headers = new ArrayList<>();
    if (!hostile.contentType().equals("-")) {
      headers.add(new String[] {"Content-Type", hostile.contentType()});
    }
    if (hostile.path().startsWith("/api/")) {
      // raw HTTP passes no REST Assured filter: without a key every case would stop at 401
      headers.add(new String[] {"Authorization", "Bearer " + Credentials.ADMIN});
    }
    if (!hostile.headers().equals("-")) {
      for (String pair : hostile.headers().split(" ; ")) {
        int eq = pair.indexOf('=');
        String value = pair.substring(eq + 1);
        if (value.startsWith("@big:")) {
          value = "a".repeat(Integer.parseInt(value.substring(5)));
        }
        headers.add(new String[] {pair.substring(0, eq), value});
      }
    }
    return headers;
  }

  private static byte[] body(String spec) {
    if (spec.equals("-")) {
      return new byte[0];
    }
    if (!spec.startsWith("gen:")) {
      return resource("/hostile/bodies/" + spec);
    }
    String[] parts = spec.split(":");
    int n = Integer.parseInt(parts[2]);
    String text =
        switch (parts[1]) {
          case "string" -> "{\"candidateId\":\"" + "a".repeat(n) + "\"}";
          case "badfield" -> "{\"candidateId\":\"hostile\",\"stage\":\"" + "a".repeat(n) + "\"}";
          case "array" ->
              "{\"candidateId\":\"hostile\",\"emails\":[" + "\"a@b.c\",".repeat(n) + "\"a@b.c\"]}";
          case "key" -> "{\"" + "k".repeat(n) + "\":1}";
          case "whitespace" -> " ".repeat(n) + "{}";
          case "nest" -> "[".repeat(n) + "]".repeat(n);
          default -> throw new IllegalArgumentException("no generator " + parts[1]);
        };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Ats atsOf(String path) {
    return Ats.valueOf(path.split("/")[2]);
  }

  /** The fixture whose vendor headers (event ids, delivery ids) a signed hostile body borrows. */
  private static String fixture(Ats ats) {
    return Map.of(
            Ats.generic, "profile",
            Ats.greenhouse, "new_candidate_application",
            Ats.ashby, "application_submit",
            Ats.workable, "candidate_created",
            Ats.smartrecruiters, "application_created",
            Ats.jazzhr, "candidate_export",
            Ats.recruitee, "candidate_moved")
        .get(ats);
  }

  private static byte[] resource(String path) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String path) {
    return new String(resource(path), StandardCharsets.UTF_8).lines().toList();
  }
}
