package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Each ATS delivering to the running service as it really would: signed bytes, its handshakes, its
 * retries.
 */
@ExtendWith(PayaraMicroExtension.class)
class WebhooksIT {

  static ValidatableResponse deliver(WebhookFixtures.Signed signed, String path) {
    var request = given().body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request.post(path).then();
  }

  static WebhookFixtures.Signed signedNow(Ats ats, String fixture) {
    return WebhookFixtures.signed(ats, fixture, WebhookFixtures.secretFor(ats), Instant.now());
  }

  static Stream<Arguments> candidateDeliveries() {
    return Stream.of(
        Arguments.of(Ats.greenhouse, "new_candidate_application", 200),
        Arguments.of(Ats.ashby, "application_submit", 200),
        Arguments.of(Ats.workable, "candidate_created", 200),
        Arguments.of(Ats.smartrecruiters, "application_created", 202),
        Arguments.of(Ats.jazzhr, "candidate_export", 200),
        Arguments.of(Ats.recruitee, "candidate_moved", 200),
        Arguments.of(Ats.lever, "application_created", 200),
        Arguments.of(Ats.generic, "profile", 200));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("candidateDeliveries")
  void aSignedCandidateDeliveryIsScreenedAndAcknowledgedAsTheVendorWants(
      Ats ats, String fixture, int ack) {
    String id =
        deliver(signedNow(ats, fixture), "/webhooks/" + ats)
            .statusCode(ack)
            .body("status", oneOf("screened", "duplicate"))
            .body("screening", notNullValue())
            .extract()
            .path("screening");
    ScreeningSystem.screening(id)
        .statusCode(200)
        .body("ats", equalTo(ats.name()))
        .body("band", notNullValue());
  }

  static Stream<Arguments> handshakes() {
    return Stream.of(
        Arguments.of(Ats.greenhouse, "ping"),
        Arguments.of(Ats.ashby, "ping"),
        Arguments.of(Ats.jazzhr, "verify"),
        Arguments.of(Ats.recruitee, "test"),
        Arguments.of(Ats.lever, "connection_test"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("handshakes")
  void handshakesAnswer200AndScreenNothing(Ats ats, String fixture) {
    deliver(signedNow(ats, fixture), "/webhooks/" + ats)
        .statusCode(200)
        .body("status", equalTo("ignored"))
        .body("screening", nullValue());
  }

  @Test
  void smartRecruitersActivationEchoesTheHookSecret() {
    given()
        .header("X-Hook-Secret", "f3b1c9d2e7a84b56")
        .body("")
        .post("/webhooks/smartrecruiters")
        .then()
        .statusCode(200)
        .header("X-Hook-Secret", "f3b1c9d2e7a84b56");
  }

  @Test
  void anUnsignedGreenhousePingIsAnsweredSoTheWebhookIsCreatedEnabled() {
    given()
        .contentType("application/json")
        .body(WebhookFixtures.body(Ats.greenhouse, "ping"))
        .post("/webhooks/greenhouse/not-yet-configured")
        .then()
        .statusCode(200)
        .body("status", equalTo("ignored"));
  }

  @Test
  void eventsWithoutACandidateAreIgnored() {
    deliver(signedNow(Ats.greenhouse, "job_created"), "/webhooks/greenhouse")
        .statusCode(200)
        .body("status", equalTo("ignored"));
  }

  @Test
  void aRepeatedDeliveryIsANoOpThatStillAnswersSuccess() {
    WebhookFixtures.Signed delivery = signedNow(Ats.generic, "profile");
    String first =
        deliver(delivery, "/webhooks/generic").statusCode(200).extract().path("screening");
    deliver(delivery, "/webhooks/generic")
        .statusCode(200)
        .body("status", equalTo("duplicate"))
        .body("screening", equalTo(first));
    String candidate = ScreeningSystem.screening(first).extract().path("candidateId");
    var screenings =
        given()
            .get("/api/v1/screenings?ats=generic&candidateId=" + candidate)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    assertEquals(1, screenings.stream().filter(first::equals).count());
  }

  @Test
  void unsignedAlteredOrWronglySignedDeliveriesGet401AndNothingIsScreened() {
    WebhookFixtures.Signed good = signedNow(Ats.ashby, "application_submit");
    deliver(good.withoutHeader("Ashby-Signature"), "/webhooks/ashby")
        .statusCode(401)
        .body("code", equalTo("invalid_signature"));
    deliver(good.withOneByteChanged(), "/webhooks/ashby").statusCode(401);
    deliver(
            WebhookFixtures.signed(
                Ats.ashby, "application_submit", "not-the-secret", Instant.now()),
            "/webhooks/ashby")
        .statusCode(401);
    deliver(good, "/webhooks/ashby/other-connection")
        .statusCode(401)
        .body("code", equalTo("no_secret"));
  }

  @Test
  void aStaleStandardWebhooksTimestampIsRefused() {
    deliver(
            WebhookFixtures.signed(
                Ats.generic, "profile", WebhookFixtures.WHSEC, Instant.now().minusSeconds(3600)),
            "/webhooks/generic")
        .statusCode(401);
  }

  @Test
  void unknownAtsIs404() {
    given()
        .body("{}")
        .post("/webhooks/bamboo")
        .then()
        .statusCode(404)
        .body("code", equalTo("unknown_ats"));
  }
}
