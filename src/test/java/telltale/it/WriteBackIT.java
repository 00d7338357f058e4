package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;

/**
 * Write-back as each vendor receives it, on local stubs: the exact paths, headers, auth and bodies,
 * a named connection, Greenhouse Harvest v3 with client credentials (and a wrong secret refused
 * before anything is written), a vendor failing and recovering, a 429 with Retry-After, a permanent
 * failure retried by an operator, and no write-back when nothing changed.
 */
class WriteBackIT {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final String CARD_BASE = "https://telltale.example.com";
  static VendorStub greenhouse;
  static VendorStub greenhouseSales;
  static VendorStub greenhouseV3;
  static VendorStub greenhouseV3Refusing;
  static VendorStub greenhouseV3Limiting;
  static VendorStub lever;
  static VendorStub ashby;
  static VendorStub workable;
  static PayaraServer server;
  static WriteBackSystem telltale;

  @BeforeAll
  static void startVendorsAndTelltale() {
    Credentials.adminByDefault();
    greenhouse = VendorStub.start();
    greenhouseSales = VendorStub.start();
    greenhouseV3 = VendorStub.start();
    greenhouseV3.clientCredentials("gh-client", "gh-client-secret");
    greenhouseV3Refusing = VendorStub.start();
    greenhouseV3Refusing.clientCredentials("gh-client", "the-right-secret");
    greenhouseV3Limiting = VendorStub.start();
    greenhouseV3Limiting.clientCredentials("gh-client", "gh-client-secret");
    lever = VendorStub.start();
    ashby = VendorStub.start();
    workable = VendorStub.start();
    Map<String, String> settings = new HashMap<>(fastDispatch());
    settings.put("telltale.data.dir", DataDirs.fresh("writeback"));
    settings.put("telltale.card.base-url", CARD_BASE);
    settings.put("telltale.writeback.greenhouse.url", greenhouse.url("/v1"));
    settings.put("telltale.writeback.greenhouse.api-key", "gh-key");
    settings.put("telltale.writeback.greenhouse.acting-user", "4080");
    settings.put("telltale.writeback.greenhouse.sales.url", greenhouseSales.url("/v1"));
    settings.put("telltale.writeback.greenhouse.sales.api-key", "gh-sales-key");
    settings.put("telltale.writeback.greenhouse.sales.acting-user", "5150");
    settings.put("telltale.webhooks.greenhouse.sales.secret", WebhookFixtures.SECRET);
    for (var v3 :
        Map.of("v3", greenhouseV3, "v3bad", greenhouseV3Refusing, "v3busy", greenhouseV3Limiting)
            .entrySet()) {
      String prefix = "telltale.writeback.greenhouse." + v3.getKey();
      settings.put(prefix + ".url", v3.getValue().url("/v3"));
      settings.put(prefix + ".token-url", v3.getValue().url("/token"));
      settings.put(prefix + ".client-id", "gh-client");
      settings.put(prefix + ".client-secret", "gh-client-secret");
      settings.put(prefix + ".acting-user", "4080");
      settings.put(
          "telltale.webhooks.greenhouse." + v3.getKey() + ".secret", WebhookFixtures.SECRET);
    }
    settings.put("telltale.writeback.lever.url", lever.url("/v1"));
    settings.put("telltale.writeback.lever.api-key", "lever-key");
    settings.put("telltale.writeback.lever.acting-user", "lever-user-1");
    settings.put("telltale.writeback.ashby.url", ashby.url(""));
    settings.put("telltale.writeback.ashby.api-key", "ashby-key");
    settings.put("telltale.writeback.ashby.band-field", "cf-band");
    settings.put("telltale.writeback.workable.url", workable.url("/spi/v3"));
    settings.put("telltale.writeback.workable.api-key", "wk-token");
    settings.put("telltale.writeback.workable.acting-user", "member-7");
    server = PayaraServer.start("writeback", Credentials.with(settings));
    telltale = new WriteBackSystem(server.base());
  }

  /**
   * Dispatch every 300 ms, quick back-off and quick Fault Tolerance retries for tests, and notes
   * for every band, since the test profiles screen LOW (the default, ELEVATED, is
   * WriteBackPlannerTest's).
   */
  static Map<String, String> fastDispatch() {
    return Map.of(
        "telltale.writeback.note-min-band", "LOW",
        "telltale.writeback.dispatch-interval-ms", "300",
        "telltale.writeback.backoff-base-seconds", "1",
        "telltale.writeback.backoff-max-seconds", "4",
        "telltale.writeback.max-attempts", "6",
        "Retry/delay", "100",
        "Retry/jitter", "50",
        "CircuitBreaker/delay", "1000");
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    for (VendorStub stub :
        new VendorStub[] {
          greenhouse,
          greenhouseSales,
          greenhouseV3,
          greenhouseV3Refusing,
          greenhouseV3Limiting,
          lever,
          ashby,
          workable
        }) {
      if (stub != null) stub.close();
    }
  }

  static String basic(String key) {
    return "Basic "
        + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
  }

  static VendorStub.Request only(List<VendorStub.Request> requests) {
    assertEquals(1, requests.size(), requests.toString());
    return requests.get(0);
  }

  static String tagOf(JsonPath screening) {
    return "telltale-" + screening.getString("band").toLowerCase();
  }

  @Test
  void greenhouseGetsANoteOnTheActivityFeedAndTheBandTagOnBehalfOfTheActingUser() {
    String id =
        telltale.screen(WriteBackSystem.profile("greenhouse", "gh-1", "Engineer", "LinkedIn"));
    telltale.awaitItems(id, "delivered", 2);
    JsonPath screening = telltale.screening(id);

    VendorStub.Request note = only(greenhouse.to("/v1/candidates/gh-1/activity_feed/notes"));
    assertEquals("POST", note.method());
    assertEquals(basic("gh-key"), note.header("Authorization"));
    assertEquals("4080", note.header("On-Behalf-Of"));
    assertTrue(note.header("Content-Type").startsWith("application/json"), note.toString());
    JsonPath body = JsonPath.from(note.body());
    assertEquals(4080, body.getInt("user_id"));
    assertEquals("public", body.getString("visibility"));
    String text = body.getString("body");
    assertTrue(text.startsWith("Telltale screening: " + screening.getString("bandLabel")), text);
    assertTrue(text.contains("Card: " + CARD_BASE + "/screenings/" + id + "?exp="), text);
    assertTrue(text.contains("Telltale never rejects anyone; a person decides."), text);

    List<VendorStub.Request> created =
        greenhouse.requests(
            r -> r.path().equals("/v1/tags/candidate") && r.body().contains(tagOf(screening)));
    assertTrue(!created.isEmpty(), greenhouse.requests().toString());
    VendorStub.Request create = created.get(0);
    assertEquals("POST", create.method());
    assertEquals(basic("gh-key"), create.header("Authorization"));
    assertEquals("4080", create.header("On-Behalf-Of"));
    assertEquals(tagOf(screening), JsonPath.from(create.body()).getString("name"));

    VendorStub.Request apply = only(greenhouse.to("/v1/candidates/gh-1/tags/4711"));
    assertEquals("PUT", apply.method());
    assertEquals(basic("gh-key"), apply.header("Authorization"));
    assertEquals("4080", apply.header("On-Behalf-Of"));
  }

  @Test
  void aReScreeningWithTheSameBandAndSignalsWritesNothing() {
    String json = WriteBackSystem.profile("greenhouse", "gh-same", "Engineer", "LinkedIn");
    String first = telltale.screen(json);
    telltale.awaitItems(first, "delivered", 2);
    int before = greenhouse.to("gh-same").size();
    String again = telltale.screen(json);
    WriteBackSystem.sleep(1500);
    assertEquals(List.of(), telltale.items(again));
    assertEquals(before, greenhouse.to("gh-same").size());
  }

  @Test
  void leverGetsANoteAndTagsOnTheOpportunityPerformedAsTheActingUser() {
    String id = telltale.screen(WriteBackSystem.profile("lever", "lv-1", "Designer", "Referral"));
    telltale.awaitItems(id, "delivered", 2);
    JsonPath screening = telltale.screening(id);

    VendorStub.Request note = only(lever.to("/v1/opportunities/lv-1/notes"));
    assertEquals("POST", note.method());
    assertEquals("/v1/opportunities/lv-1/notes?perform_as=lever-user-1", note.path());
    assertEquals(basic("lever-key"), note.header("Authorization"));
    JsonPath body = JsonPath.from(note.body());
    assertTrue(body.getString("value").contains(CARD_BASE + "/screenings/" + id));
    assertEquals(false, body.getBoolean("secret"));

    VendorStub.Request tags = only(lever.to("/v1/opportunities/lv-1/addTags"));
    assertEquals("POST", tags.method());
    assertEquals("/v1/opportunities/lv-1/addTags?perform_as=lever-user-1", tags.path());
    assertEquals(basic("lever-key"), tags.header("Authorization"));
    assertEquals(List.of(tagOf(screening)), JsonPath.from(tags.body()).getList("tags"));
  }

  @Test
  void ashbyGetsCreateNoteTheBandTagFoundOrCreatedThenAddedAndTheBandField() {
    String id =
        telltale.screen(WriteBackSystem.profile("ashby", "ash-1", "Analyst", "Careers page"));
    telltale.awaitItems(id, "delivered", 3);
    JsonPath screening = telltale.screening(id);

    VendorStub.Request note =
        only(
            ashby.requests(
                r -> r.path().equals("/candidate.createNote") && r.body().contains("ash-1")));
    assertEquals("POST", note.method());
    assertEquals(basic("ashby-key"), note.header("Authorization"));
    JsonPath body = JsonPath.from(note.body());
    assertEquals("ash-1", body.getString("candidateId"));
    assertEquals("text/plain", body.getString("note.type"));
    assertTrue(body.getString("note.value").contains(CARD_BASE + "/screenings/" + id));
    assertEquals(false, body.getBoolean("sendNotifications"));

    assertTrue(!ashby.to("/candidateTag.list").isEmpty());
    assertTrue(
        ashby
            .requests(
                r ->
                    r.path().equals("/candidateTag.create")
                        && JsonPath.from(r.body()).getString("title").equals(tagOf(screening)))
            .stream()
            .allMatch(r -> basic("ashby-key").equals(r.header("Authorization"))));
    VendorStub.Request add =
        only(
            ashby.requests(
                r -> r.path().equals("/candidate.addTag") && r.body().contains("ash-1")));
    assertEquals(basic("ashby-key"), add.header("Authorization"));
    assertEquals("ash-1", JsonPath.from(add.body()).getString("candidateId"));
    assertEquals("tag-new", JsonPath.from(add.body()).getString("tagId"));

    VendorStub.Request field =
        only(
            ashby.requests(
                r -> r.path().equals("/customField.setValues") && r.body().contains("ash-1")));
    assertEquals(basic("ashby-key"), field.header("Authorization"));
    JsonPath values = JsonPath.from(field.body());
    assertEquals("ash-1", values.getString("objectId"));
    assertEquals("Candidate", values.getString("objectType"));
    assertEquals("cf-band", values.getString("values[0].fieldId"));
    assertEquals(screening.getString("bandLabel"), values.getString("values[0].fieldValue"));
  }

  @Test
  void workableGetsACommentByTheActingMemberAndNoTag() {
    String id = telltale.screen(WriteBackSystem.profile("workable", "wk-1", "Support", "Indeed"));
    telltale.awaitItems(id, "delivered", 1);

    VendorStub.Request comment = only(workable.to("/spi/v3/candidates/wk-1/comments"));
    assertEquals("POST", comment.method());
    assertEquals("Bearer wk-token", comment.header("Authorization"));
    JsonPath body = JsonPath.from(comment.body());
    assertEquals("member-7", body.getString("member_id"));
    assertTrue(body.getString("comment.body").contains(CARD_BASE + "/screenings/" + id));
    assertEquals(1, workable.to("wk-1").size());
  }

  @Test
  void aScreeningFromANamedWebhookConnectionWritesBackThroughThatConnection() {
    WebhookFixtures.Signed signed =
        WebhookFixtures.signed(
            Ats.greenhouse, "new_candidate_application", WebhookFixtures.SECRET, Instant.now());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    String id =
        request
            .post("/webhooks/greenhouse/sales")
            .then()
            .statusCode(200)
            .body("status", equalTo("screened"))
            .extract()
            .path("screening");
    String candidate = telltale.screening(id).getString("candidateId");
    telltale.awaitItems(id, "delivered", 2);

    VendorStub.Request note =
        only(greenhouseSales.to("/v1/candidates/" + candidate + "/activity_feed/notes"));
    assertEquals(basic("gh-sales-key"), note.header("Authorization"));
    assertEquals("5150", note.header("On-Behalf-Of"));
    assertEquals(List.of(), greenhouse.to("/candidates/" + candidate + "/"));
  }

  /**
   * The Greenhouse fixture delivered to a named connection, as another candidate (each test its
   * own, so no earlier screening of the same candidate makes the write-back unchanged); returns the
   * screening id.
   */
  static String deliverGreenhouse(String connection, String candidate) {
    byte[] body =
        new String(
                WebhookFixtures.body(Ats.greenhouse, "new_candidate_application"),
                StandardCharsets.UTF_8)
            .replace("60304594", candidate)
            .getBytes(StandardCharsets.UTF_8);
    WebhookFixtures.Signed signed =
        WebhookFixtures.signedBody(
                Ats.greenhouse,
                "new_candidate_application",
                body,
                WebhookFixtures.SECRET,
                Instant.now())
            .withHeader("Greenhouse-Event-ID", java.util.UUID.randomUUID().toString());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request
        .post("/webhooks/greenhouse/" + connection)
        .then()
        .statusCode(200)
        .body("status", equalTo("screened"))
        .extract()
        .path("screening");
  }

  @Test
  void throughHarvestV3GreenhouseGetsTheNoteAndTheBandTagWithABearerTokenOfTheActingUser() {
    String id = deliverGreenhouse("v3", "70400001");
    telltale.awaitItems(id, "delivered", 2);
    JsonPath screening = telltale.screening(id);

    // one token for both writes: client credentials in Basic, the acting user as its subject
    VendorStub.Request token = only(greenhouseV3.to("/token"));
    assertEquals("POST", token.method());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("gh-client:gh-client-secret".getBytes(StandardCharsets.UTF_8)),
        token.header("Authorization"));
    assertEquals("grant_type=client_credentials&sub=4080", token.body());
    String bearer = "Bearer " + greenhouseV3.tokens().get(0);

    VendorStub.Request note = only(greenhouseV3.to("/v3/notes"));
    assertEquals("POST", note.method());
    assertEquals(bearer, note.header("Authorization"));
    assertEquals(null, note.header("On-Behalf-Of"), "v3 acts as the token's subject");
    assertTrue(note.header("Content-Type").startsWith("application/json"), note.toString());
    JsonPath body = JsonPath.from(note.body());
    assertEquals(70400001L, body.getLong("candidate_id"));
    assertEquals("public", body.getString("visibility"));
    assertEquals("NOTE", body.getString("note_type"));
    assertTrue(body.getString("body").contains(CARD_BASE + "/screenings/" + id));

    // the tag is looked for on both pages of candidate tags, created, then applied
    List<VendorStub.Request> lists = greenhouseV3.to("/v3/candidate_tags?");
    assertEquals(
        List.of("/v3/candidate_tags?per_page=500", "/v3/candidate_tags?cursor=eyJwYWdlIjoyfQ"),
        lists.stream().map(VendorStub.Request::path).toList());
    VendorStub.Request create =
        only(
            greenhouseV3.requests(
                r -> r.method().equals("POST") && r.path().equals("/v3/candidate_tags")));
    assertEquals(bearer, create.header("Authorization"));
    assertEquals(tagOf(screening), JsonPath.from(create.body()).getString("name"));
    VendorStub.Request apply = only(greenhouseV3.to("/v3/applied_candidate_tags"));
    assertEquals("POST", apply.method());
    assertEquals(bearer, apply.header("Authorization"));
    assertEquals(70400001L, JsonPath.from(apply.body()).getLong("candidate_id"));
    assertEquals(4712, JsonPath.from(apply.body()).getInt("candidate_tag_id"));
    assertEquals(List.of(), greenhouseV3.to("/v1/"), "nothing through v1");
  }

  @Test
  void theStartNamesEachGreenhouseConnectionStillOnAV1KeyAndTheV3SettingsToSet() {
    List<String> warnings = server.logLines("uses a Harvest v1 API key");

    assertEquals(2, warnings.size(), "the default and the sales connection: " + warnings);
    assertTrue(
        warnings.stream()
            .anyMatch(line -> line.contains("set telltale.writeback.greenhouse.client-id and")),
        warnings.toString());
    assertTrue(
        warnings.stream()
            .anyMatch(line -> line.contains("telltale.writeback.greenhouse.sales.client-secret")),
        warnings.toString());
    assertTrue(
        warnings.stream().noneMatch(line -> line.contains("greenhouse.v3")),
        "connections with v3 credentials are not named: " + warnings);
    assertTrue(
        warnings.stream()
            .noneMatch(line -> line.contains("gh-key") || line.contains("gh-sales-key")),
        "no key logged");
  }

  @Test
  void aHarvestV3429IsWaitedOutForItsRetryAfter() {
    greenhouseV3Limiting.failNext("/v3/notes", 1, 429, Map.of("Retry-After", "2"));
    String id = deliverGreenhouse("v3busy", "70400003");
    telltale.awaitItems(id, "delivered", 2);
    List<VendorStub.Request> notes = greenhouseV3Limiting.to("/v3/notes");
    assertEquals(2, notes.size(), notes.toString());
    Duration waited = Duration.between(notes.get(0).at(), notes.get(1).at());
    assertTrue(waited.toMillis() >= 1900, "retried after " + waited);
  }

  @Test
  void aWrongV3ClientSecretIsAPermanentFailureNamingTheSettingAndNothingIsWritten() {
    String id = deliverGreenhouse("v3bad", "70400002");
    List<Map<String, Object>> items = telltale.awaitItems(id, "failed", 2);
    for (Map<String, Object> item : items) {
      String error = (String) item.get("lastError");
      assertTrue(error.contains("HTTP 401"), error);
      assertTrue(error.contains("client id and secret"), error);
      assertTrue(error.contains("telltale.writeback.greenhouse.v3bad.client-id"), error);
      assertTrue(!error.contains("gh-client-secret"), "no secret in the error");
      assertEquals(1, item.get("attempts"), "a refused secret is not retried: " + item);
    }
    assertEquals(List.of(), greenhouseV3Refusing.to("/v3/"), "nothing half-written");
    assertEquals(List.of(), greenhouseV3Refusing.tokens());
  }

  @Test
  void aVendorFailingWith500IsWrittenOnceWhenItRecovers() {
    greenhouse.failNext("/candidates/gh-flaky/activity_feed/notes", 3, 500, Map.of());
    String id =
        telltale.screen(WriteBackSystem.profile("greenhouse", "gh-flaky", "Engineer", "Agency"));
    List<Map<String, Object>> items = telltale.awaitItems(id, "delivered", 2);

    List<VendorStub.Request> notes = greenhouse.to("/candidates/gh-flaky/activity_feed/notes");
    assertEquals(4, notes.size(), "three failures, then one delivery: " + notes);
    Map<String, Object> note =
        items.stream().filter(i -> "note".equals(i.get("kind"))).findFirst().orElseThrow();
    // Fault Tolerance retries twice within the first dispatch; the second dispatch delivers
    assertEquals(2, note.get("attempts"), note.toString());
    assertEquals(1, greenhouse.to("/candidates/gh-flaky/tags/").size());
    assertTrue(
        applicationMetrics()
            .matches(
                "(?s).*telltale_vendor_failures_total\\{(?=[^}]*kind=\"transient_failure\")"
                    + "(?=[^}]*vendor=\"greenhouse\")[^}]*} [1-9].*"),
        "the failed dispatch is counted for Greenhouse");
  }

  static String applicationMetrics() {
    return RestAssured.given()
        .baseUri(server.base().toString())
        .accept("text/plain")
        .queryParam("scope", "application")
        .get("/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void a429WithRetryAfterIsRespectedBeforeTheNextTry() {
    lever.failNext("/opportunities/lv-429/notes", 1, 429, Map.of("Retry-After", "3"));
    String id = telltale.screen(WriteBackSystem.profile("lever", "lv-429", "Designer", "Referral"));
    telltale.awaitItems(id, "delivered", 2);

    List<VendorStub.Request> notes = lever.to("/opportunities/lv-429/notes");
    assertEquals(2, notes.size(), notes.toString());
    Instant limited = notes.get(0).at();
    Duration waited = Duration.between(limited, notes.get(1).at());
    assertTrue(waited.toMillis() >= 2900, "retried after " + waited);
    assertEquals(
        List.of(),
        lever.requests(r -> r.at().isAfter(limited) && r.at().isBefore(limited.plusMillis(2900))),
        "nothing is sent through a connection the vendor asked to wait");
    assertTrue(
        applicationMetrics()
            .matches(
                "(?s).*telltale_vendor_failures_total\\{(?=[^}]*kind=\"rate_limited\")"
                    + "(?=[^}]*vendor=\"lever\")[^}]*} [1-9].*"),
        "the 429 is counted for Lever");
  }

  @Test
  void aPermanentFailureWaitsForAnOperatorWhoRetriesIt() {
    workable.failNext("/candidates/wk-bad/comments", 1, 404, Map.of());
    String id = telltale.screen(WriteBackSystem.profile("workable", "wk-bad", "Support", "Indeed"));
    String item = (String) telltale.awaitItems(id, "failed", 1).get(0).get("id");

    telltale
        .outbox("failed")
        .statusCode(200)
        .body("id", hasItem(item))
        .body("find { it.id == '" + item + "' }.lastError", equalTo("workable comment: HTTP 404"));
    telltale.retry(item).statusCode(200).body("id", equalTo(item)).body("attempts", equalTo(0));
    telltale.awaitItems(id, "delivered", 1);
    assertEquals(2, workable.to("/candidates/wk-bad/comments").size());

    telltale.retry(item).statusCode(409).body("code", equalTo("not_retryable"));
    telltale.retry("no-such-item").statusCode(404);
  }
}
