package telltale.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static telltale.it.ScreeningSystem.page;
import static telltale.it.ScreeningSystem.profile;
import static telltale.it.ScreeningSystem.screened;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recruiter's card and the interviewer's checklist, opened from signed links, showing what the
 * catalogue says, with every candidate value inert.
 */
@ExtendWith(PayaraMicroExtension.class)
class CardsIT {

  @Test
  void everyScreeningCarriesASignedCardLinkThatOpensWithoutLogin() {
    JsonPath screening = screened(profile("proxy-interview"));
    String url = screening.getString("cardUrl");
    String id = screening.getString("id");
    assertThat(url, startsWith(ScreeningSystem.base() + "screenings/" + id + "?exp="));
    assertThat(url, containsString("&sig="));

    Response card = page(url);
    assertEquals(200, card.statusCode());
    assertThat(card.contentType(), startsWith("text/html"));
    assertThat(
        card.header("Content-Security-Policy"),
        containsString(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
                + " frame-ancestors "));
    assertThat(card.header("Content-Security-Policy"), containsString("base-uri 'none'"));
    assertEquals("nosniff", card.header("X-Content-Type-Options"));
    assertEquals("no-referrer", card.header("Referrer-Policy"));
    Document html = Jsoup.parse(card.asString());
    assertTrue(html.select("script").isEmpty());
    assertTrue(html.select("[style]").isEmpty());
    assertEquals("/static/telltale.css", html.selectFirst("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void theCardShowsWhatTheCatalogueSaysStrongestFirst() {
    JsonPath screening = screened(profile("proxy-interview"));
    Document card = Jsoup.parse(page(screening.getString("cardUrl")).asString());
    String text = card.text();
    assertEquals(screening.getString("bandLabel"), card.selectFirst(".band-label").text());
    assertTrue(card.selectFirst(".band").hasClass("band-critical"));
    assertThat(text, containsString("Score " + screening.getInt("score") + " of 100"));
    List<Map<String, Object>> signals = screening.getList("signals");
    List<String> strongest = card.select("ol.signals > li h3 > span:first-child").eachText();
    assertEquals(signals.stream().limit(3).map(s -> (String) s.get("title")).toList(), strongest);
    for (Map<String, Object> signal : signals) {
      assertThat(text, containsString((String) signal.get("title")));
      assertThat(text, containsString((String) signal.get("evidence")));
      for (Object innocent : (List<?>) signal.get("innocentExplanations")) {
        assertThat(text, containsString((String) innocent));
      }
    }
    for (Map<String, Object> signal : signals.subList(0, 3)) {
      @SuppressWarnings("unchecked")
      Map<String, String> advice = (Map<String, String>) signal.get("guidance");
      assertThat(text, containsString(advice.get("script")));
    }
    assertEquals(
        screening.getList("guidance.nextSteps"), card.select("ul.checklist > li").eachText());
    assertThat(
        card.selectFirst("ul.checklist > li").text(),
        Matchers.equalTo(screening.getString("signals[0].guidance.step")));
    assertThat(text, containsString("catalogue " + screening.getString("catalogueVersion")));
    for (String notChecked : List.of("not checked", "Not checked")) {
      if (text.contains(notChecked)) {
        return;
      }
    }
    throw new AssertionError("the card names what could not be checked");
  }

  @Test
  void theCardNeverUsesAccusingWords() {
    String text =
        Jsoup.parse(page(screened(profile("proxy-interview")).getString("cardUrl")).asString())
            .text()
            .toLowerCase();
    for (String word : List.of("fraud", "dprk", "fake", "north korea", "criminal", "liar")) {
      assertFalse(text.contains(word), word);
    }
  }

  @Test
  void aTamperedOrExpiredLinkIsRefusedWithoutCandidateData() {
    JsonPath screening = screened(profile("proxy-interview"));
    String id = screening.getString("id");
    String other = screened(profile("genuine")).getString("id");
    String query = screening.getString("cardUrl").replaceFirst("^.*\\?", "");
    long exp = Long.parseLong(query.replaceFirst("^exp=(\\d+)&.*$", "$1"));
    String sig = query.replaceFirst("^.*sig=", "");

    for (String path :
        List.of(
            "/screenings/" + id + "?exp=" + exp + "&sig=" + sig.substring(1) + "A",
            "/screenings/" + id + "?exp=" + (exp + 1) + "&sig=" + sig,
            "/screenings/" + other + "?exp=" + exp + "&sig=" + sig,
            "/screenings/" + id,
            "/screenings/"
                + id
                + "?"
                + Credentials.cardQuery(id, Instant.now().getEpochSecond() - 1),
            "/screenings/" + id + "/interview?" + Credentials.cardQuery(id, 1_000_000L))) {
      Response refused = page(path);
      assertEquals(403, refused.statusCode(), path);
      assertThat(refused.contentType(), startsWith("text/html"));
      assertThat(refused.asString(), containsString("This link is not valid"));
      assertThat(refused.asString(), not(containsString(id)));
      assertThat(refused.asString(), not(containsString("Camera")));
      assertEquals("nosniff", refused.header("X-Content-Type-Options"));
    }
    // a link the test signs with the server's secret and a later expiry opens: the format is right
    long later = Instant.now().getEpochSecond() + 600;
    assertEquals(
        200, page("/screenings/" + id + "?" + Credentials.cardQuery(id, later)).statusCode());
  }

  @Test
  void aJavascriptAddressIsRefusedAtIntake() {
    ScreeningSystem.screen(HostileProfile.withScriptLink())
        .statusCode(400)
        .body("violations.field", Matchers.hasItem("links[0].url"));
  }

  @Test
  void hostileCandidateValuesComeOutInert() {
    JsonPath screening = screened(HostileProfile.json());
    Response card = page(screening.getString("cardUrl"));
    assertEquals(200, card.statusCode());
    String raw = card.asString();
    assertInert(raw);
    assertThat(Jsoup.parse(raw).text(), containsString("<img src=x onerror=alert(1)>"));
    Response form = page(Jsoup.parse(raw).selectFirst("a.button").attr("href"));
    assertInert(form.asString());
  }

  static void assertInert(String raw) {
    Document html = Jsoup.parse(raw);
    assertTrue(html.select("script").isEmpty(), "no script element");
    assertTrue(html.select("img").isEmpty(), "no img element");
    assertTrue(html.select("[onerror], [onload], [onclick]").isEmpty(), "no event handlers");
    html.select("[href], [src], [action]")
        .forEach(
            e -> {
              for (String attribute : List.of("href", "src", "action")) {
                assertFalse(e.attr(attribute).toLowerCase().contains("javascript:"), e.outerHtml());
              }
            });
    assertFalse(raw.contains("\u202E"), "no right-to-left override");
    assertFalse(raw.contains("<script"), "no script tag");
  }

  @Test
  void theInterviewerChecklistAsksTheCataloguesQuestionsAndScreensAgain() {
    JsonPath before = screened(profile("genuine"));
    Document card = Jsoup.parse(page(before.getString("cardUrl")).asString());
    String formPath = card.selectFirst("a.button").attr("href");
    Response formPage = page(formPath);
    assertEquals(200, formPage.statusCode());
    Document form = Jsoup.parse(formPage.asString());
    JsonPath catalogue = ScreeningSystem.checklists().statusCode(200).extract().jsonPath();
    String camera = catalogue.getString("rules.find { it.id == 'camera_refusal' }.title");
    String step = catalogue.getString("rules.find { it.id == 'camera_refusal' }.guidance.step");
    assertThat(form.text(), containsString(camera));
    assertThat(form.text(), containsString(step));
    assertEquals("2", form.selectFirst("input[name=round]").attr("value"));
    String action = form.selectFirst("form").attr("action");
    String csrf = form.selectFirst("input[name=csrf]").attr("value");

    Response noToken =
        io.restassured.RestAssured.given()
            .formParam("round", "2")
            .formParam("observations", "camera_refusal")
            .post(action);
    assertEquals(403, noToken.statusCode());

    Response saved =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .formParam("csrf", csrf)
            .formParam("round", "2")
            .formParam("meetingIp", "198.51.100.20")
            .formParam("observations", "camera_refusal", "av_desync")
            .post(action);
    assertEquals(303, saved.statusCode());
    String next = saved.header("Location");
    assertThat(next, containsString("/screenings/"));
    assertThat(next, not(containsString(before.getString("id"))));
    Document after = Jsoup.parse(page(next).asString());
    assertNotEquals(
        card.selectFirst(".band-label").text(), after.selectFirst(".band-label").text());
    assertThat(after.text(), containsString(camera));
  }

  @Test
  void aMeetingOnAPlatformWithoutCredentialsShowsTheFormAgainAndSavesNothing() {
    String candidate = "form-meet-" + java.util.UUID.randomUUID();
    JsonPath before =
        screened(profile("genuine").replace("\"cand-1001\"", "\"" + candidate + "\""));
    Document card = Jsoup.parse(page(before.getString("cardUrl")).asString());
    Document form = Jsoup.parse(page(card.selectFirst("a.button").attr("href")).asString());
    String action = form.selectFirst("form").attr("action");
    String csrf = form.selectFirst("input[name=csrf]").attr("value");

    // the shared test server has no Google Meet service account: Meet meetings cannot be read
    Response refused =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .formParam("csrf", csrf)
            .formParam("round", "4")
            .formParam("meetingIp", "198.51.100.20")
            .formParam("observations", "camera_refusal")
            .formParam("platform", "meet")
            .formParam("meeting", "https://meet.google.com/abc-mnop-xyz")
            .post(action);
    assertEquals(400, refused.statusCode());
    assertThat(refused.contentType(), startsWith("text/html"));
    Document again = Jsoup.parse(refused.asString());
    assertEquals(
        "Telltale has no Google Meet credentials configured to read meetings.",
        again.getElementById("meeting-error").text());
    assertEquals("meet", again.selectFirst("select[name=platform] option[selected]").val());
    assertEquals(
        "https://meet.google.com/abc-mnop-xyz", again.selectFirst("input[name=meeting]").val());
    assertEquals("4", again.selectFirst("input[name=round]").val());
    assertEquals("198.51.100.20", again.selectFirst("input[name=meetingIp]").val());
    assertEquals(
        List.of("camera_refusal"),
        again.select("input[name=observations][checked]").eachAttr("value"));
    assertEquals(action, again.selectFirst("form").attr("action"));
    assertEquals(1, timeline(candidate), "nothing was saved");

    // sent again without the meeting (the form's own token), the round is saved
    Response saved =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .formParam("csrf", again.selectFirst("input[name=csrf]").val())
            .formParam("round", "4")
            .formParam("observations", "camera_refusal")
            .formParam("platform", "meet")
            .formParam("meeting", "")
            .post(action);
    assertEquals(303, saved.statusCode());
    assertThat(saved.header("Location"), not(containsString("meeting=")));
    assertEquals(2, timeline(candidate));
  }

  @Test
  void aMistypedAddressShowsTheFormAgainWithEverythingEnteredAndSavesNothing() {
    String candidate = "form-ip-" + java.util.UUID.randomUUID();
    JsonPath before =
        screened(profile("genuine").replace("\"cand-1001\"", "\"" + candidate + "\""));
    Document card = Jsoup.parse(page(before.getString("cardUrl")).asString());
    Document form = Jsoup.parse(page(card.selectFirst("a.button").attr("href")).asString());
    String action = form.selectFirst("form").attr("action");
    Response refused =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .formParam("csrf", form.selectFirst("input[name=csrf]").attr("value"))
            .formParam("round", "2")
            .formParam("meetingIp", "198.51.100.300")
            .formParam("observations", "camera_refusal")
            .formParam("observations", "av_desync")
            .formParam("platform", "zoom")
            .formParam("meeting", "https://zoom.us/j/85746065432")
            .post(action);
    assertEquals(400, refused.statusCode());
    assertThat(refused.contentType(), startsWith("text/html"));
    Document again = Jsoup.parse(refused.asString());
    assertEquals(
        "The meeting IP must be an address such as 203.0.113.7, or left empty.",
        again.getElementById("round-error").text());
    assertEquals("198.51.100.300", again.selectFirst("input[name=meetingIp]").val());
    assertEquals("true", again.selectFirst("input[name=meetingIp]").attr("aria-invalid"));
    assertEquals("2", again.selectFirst("input[name=round]").val());
    assertEquals(
        List.of("camera_refusal", "av_desync"),
        again.select("input[name=observations][checked]").eachAttr("value"));
    assertEquals("https://zoom.us/j/85746065432", again.selectFirst("input[name=meeting]").val());
    assertEquals(null, again.getElementById("meeting-error"));
    assertEquals(1, timeline(candidate), "nothing was saved");
  }

  private static int timeline(String candidate) {
    return io.restassured.RestAssured.given()
        .get("/api/v1/candidates/generic/" + candidate)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("timeline")
        .size();
  }

  @Test
  void observationsThroughTheApiScreenAgainUnderANewId() {
    JsonPath before = screened(profile("genuine"));
    JsonPath after =
        io.restassured.RestAssured.given()
            .header("Authorization", "Bearer " + Credentials.INTERVIEWER)
            .contentType("application/json")
            .body(
                "{\"round\":2,\"meetingIp\":\"198.51.100.20\",\"observations\":[\"camera_refusal\"]}")
            .post("/api/v1/screenings/" + before.getString("id") + "/observations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertNotEquals(before.getString("id"), after.getString("id"));
    assertTrue(after.getList("signals.id").contains("camera_refusal"));
    assertThat(after.getString("cardUrl"), containsString(after.getString("id")));
    assertTrue(after.getInt("score") > before.getInt("score"));
  }
}
