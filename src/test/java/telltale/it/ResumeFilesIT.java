package telltale.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.resume.control.ResumeFiles;

/**
 * Resume files end to end: a Greenhouse delivery names its resume by URL, the worker fetches it
 * from an allowed host, the text is read and screened (and links reused resumes), and neither file
 * nor text reaches the database; a file pushed with a profile is read the same way.
 */
class ResumeFilesIT {
  static final String SAMPLE_URL =
      "https://prod-heroku.s3.amazonaws.com/resume.pdf?X-Amz-Signature=abc";

  /**
   * Words only the resume holds (ResumeFiles.PAGE_ONE), which no evidence quotes; they must never
   * be stored. (The Kubernetes claim is quoted as a fact by timeline_inconsistency, by design.)
   */
  static final String RESUME_WORDS = "6 years of Java at Example Corp";

  static final String SR_CANDIDATE = "a2a4c3e1-9f8e-4d7c-b6a5-0123456789ab";
  static final String LEVER_OPPORTUNITY = "250d8f03-738a-4bba-a671-8a3d73477145";
  static VendorStub files;
  static PayaraServer server;
  static String dataDir;
  static byte[] pdf;

  @BeforeAll
  static void start() throws Exception {
    Credentials.adminByDefault();
    files = VendorStub.start();
    pdf = ResumeFiles.twoPagePdf("Dana Example");
    files.serve("/files/resume.pdf", pdf, "application/pdf");
    files.serve(
        "/v1/opportunities/" + LEVER_OPPORTUNITY + "/resumes/resume-1/download",
        pdf,
        "application/octet-stream");
    // Ashby: file.info names a pre-signed link on the file host, fetched without the API key
    files.serve("/ashby-files/resume.pdf", pdf, "application/pdf");
    files.serve(
        "/file.info",
        ("{\"success\":true,\"results\":{\"url\":\""
                + files.url("/ashby-files/resume.pdf")
                + "?X-Amz-Signature=ashby\"}}")
            .getBytes(StandardCharsets.UTF_8),
        "application/json");
    // SmartRecruiters: the resource behind the Link header, its attachment list and the download
    files.serve(
        "/candidates/" + SR_CANDIDATE + "/jobs/job-1",
        WebhookFixtures.body(Ats.smartrecruiters, "candidate"),
        "application/json");
    files.serve(
        "/candidates/" + SR_CANDIDATE + "/attachments",
        ("{\"totalFound\":2,\"content\":[{\"id\":\"att-0\",\"name\":\"letter.pdf\","
                + "\"type\":\"COVER_LETTER\"},{\"id\":\"att-1\",\"name\":\"cv.pdf\","
                + "\"type\":\"RESUME\"}]}")
            .getBytes(StandardCharsets.UTF_8),
        "application/json");
    files.serve("/candidates/" + SR_CANDIDATE + "/attachments/att-1", pdf, "application/pdf");
    dataDir = DataDirs.fresh("files");
    Map<String, String> settings = new HashMap<>();
    settings.put("telltale.data.dir", dataDir);
    settings.put("telltale.webhooks.greenhouse.secret", WebhookFixtures.SECRET);
    settings.put("telltale.webhooks.lever.secret", WebhookFixtures.LEVER_SECRET);
    settings.put("telltale.fetch.lever.url", files.url(""));
    settings.put("telltale.fetch.lever.api-key", "lever-read-key");
    settings.put("telltale.webhooks.ashby.secret", WebhookFixtures.SECRET);
    settings.put("telltale.webhooks.smartrecruiters.secret", WebhookFixtures.SECRET);
    settings.put("telltale.fetch.smartrecruiters.url", files.url(""));
    settings.put("telltale.fetch.smartrecruiters.api-key", "sr-read-token");
    settings.put("telltale.webhooks.workable.secret", WebhookFixtures.SECRET);
    settings.put("telltale.fetch.ashby.url", files.url(""));
    settings.put("telltale.fetch.ashby.api-key", "ashby-read-key");
    settings.put("telltale.files.enabled", "true");
    settings.put("telltale.files.allowed-hosts", files.url(""));
    server = PayaraServer.start("files", Credentials.with(settings));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (files != null) files.close();
  }

  /** The Greenhouse sample for another candidate, its resume at the given address. */
  static WebhookFixtures.Signed greenhouse(
      String candidate, String first, String last, String url) {
    String body =
        new String(
                WebhookFixtures.body(Ats.greenhouse, "new_candidate_application"),
                StandardCharsets.UTF_8)
            .replace("\"id\": 60304594,", "\"id\": \"" + candidate + "\",")
            .replace("\"first_name\": \"Ren\\u00e9e\"", "\"first_name\": \"" + first + "\"")
            .replace("\"last_name\": \"Okafor\"", "\"last_name\": \"" + last + "\"")
            .replace(SAMPLE_URL, url);
    assertTrue(body.contains(candidate) && body.contains(url), "the sample changed shape");
    WebhookFixtures.Signed signed =
        WebhookFixtures.signedBody(
            Ats.greenhouse,
            "new_candidate_application",
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SECRET,
            Instant.now());
    Map<String, List<String>> headers = new HashMap<>(signed.headers());
    headers.put("Greenhouse-Event-ID", List.of(UUID.randomUUID().toString()));
    return new WebhookFixtures.Signed(Ats.greenhouse, headers, signed.body());
  }

  static JsonPath deliver(WebhookFixtures.Signed signed) {
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return request.post("/webhooks/greenhouse").then().statusCode(200).extract().jsonPath();
  }

  /** The candidate's only screening, once the worker has made it. */
  static JsonPath screeningOf(String candidate) throws InterruptedException {
    return screeningOf(Ats.greenhouse, candidate);
  }

  static JsonPath screeningOf(Ats ats, String candidate) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    while (System.nanoTime() < deadline) {
      List<Object> ids =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=" + ats + "&candidateId=" + candidate)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      if (!ids.isEmpty()) {
        assertEquals(1, ids.size(), "screened exactly once");
        return given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + ids.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no screening of " + candidate + " within 45 s");
  }

  static List<String> missingResumeText(JsonPath screening) {
    return screening.getList(
        "coverage.notEvaluated.findAll { it.missing.contains('resumeText') }.id");
  }

  @Test
  void aGreenhouseResumeIsFetchedReadAndLinksTheSameResumeAndFileUnderAnotherName()
      throws Exception {
    String first = "gh-file-" + UUID.randomUUID();
    String second = "gh-file-" + UUID.randomUUID();
    String url = files.url("/files/resume.pdf") + "?X-Amz-Signature=abc";

    assertEquals("queued", deliver(greenhouse(first, "Dana", "Example", url)).getString("status"));
    JsonPath one = screeningOf(first);
    assertEquals(List.of(), missingResumeText(one), one.prettify());
    assertTrue(
        one.getList("coverage.notes").contains("Resume file: The file was read."), one.prettify());

    assertEquals("queued", deliver(greenhouse(second, "Chris", "Park", url)).getString("status"));
    JsonPath two = screeningOf(second);
    assertTrue(two.getList("signals.id").contains("resume_text_reuse"), two.prettify());
    assertTrue(
        two.getString("signals.find { it.id == 'resume_text_reuse' }.evidence")
            .contains(one.getString("id")));
    // the same file (author, program, creation time) under another name: the weak A12 rule
    assertTrue(two.getList("signals.id").contains("resume_document_reuse"), two.prettify());
    // and its author, Dana Example, is the first candidate's name (a keyed name hash)
    assertTrue(
        two.getString("signals.find { it.id == 'resume_document_reuse' }.evidence")
            .contains("author is the name of another candidate"),
        two.prettify());
    assertTrue(files.to("/files/resume.pdf").size() >= 2);
    assertNeverStored(RESUME_WORDS, first);
  }

  @Test
  void aLeverResumeIsDownloadedThroughTheApiWithTheReadKey() throws Exception {
    WebhookFixtures.Signed signed =
        WebhookFixtures.signed(
            Ats.lever, "application_created", WebhookFixtures.LEVER_SECRET, Instant.now());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    assertEquals(
        "queued", request.post("/webhooks/lever").then().statusCode(200).extract().path("status"));

    JsonPath screening = screeningOf(Ats.lever, LEVER_OPPORTUNITY);
    assertEquals(List.of(), missingResumeText(screening), screening.prettify());
    VendorStub.Request download = files.to("/resumes/resume-1/download").get(0);
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("lever-read-key:".getBytes(StandardCharsets.UTF_8)),
        download.header("Authorization"));
  }

  @Test
  void anAshbyResumeIsResolvedWithFileInfoAndDownloadedWithoutTheKey() throws Exception {
    WebhookFixtures.Signed signed =
        WebhookFixtures.signed(
            Ats.ashby, "application_submit", WebhookFixtures.SECRET, Instant.now());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    assertEquals(
        "queued", request.post("/webhooks/ashby").then().statusCode(200).extract().path("status"));

    JsonPath screening = screeningOf(Ats.ashby, "c3f0a1b2-3c4d-4e5f-9a0b-1c2d3e4f5a6b");
    assertEquals(List.of(), missingResumeText(screening), screening.prettify());
    assertTrue(
        screening.getList("coverage.notes").contains("Resume file: The file was read."),
        screening.prettify());
    VendorStub.Request info = files.to("/file.info").get(0);
    assertEquals("POST", info.method());
    assertTrue(info.body().contains("\"fileHandle\":\"abc\""), info.body());
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ashby-read-key:".getBytes(StandardCharsets.UTF_8)),
        info.header("Authorization"));
    VendorStub.Request download = files.to("/ashby-files/resume.pdf").get(0);
    assertEquals(null, download.header("Authorization"), "no credentials go to the file host");
  }

  @Test
  void aSmartRecruitersResumeIsDownloadedThroughTheAttachmentsApi() throws Exception {
    byte[] body = WebhookFixtures.body(Ats.smartrecruiters, "application_created");
    String link =
        "<" + files.url("/candidates/" + SR_CANDIDATE + "/jobs/job-1") + ">; rel=\"self\"";
    String seconds = Long.toString(Instant.now().getEpochSecond());
    String eventId = UUID.randomUUID().toString();
    byte[] after =
        String.join(".", "", eventId, "application.created", "v201907", link)
            .getBytes(StandardCharsets.UTF_8);
    byte[] head = (seconds + ".").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[head.length + body.length + after.length];
    System.arraycopy(head, 0, signed, 0, head.length);
    System.arraycopy(body, 0, signed, head.length, body.length);
    System.arraycopy(after, 0, signed, head.length + body.length, after.length);
    String signature =
        "v1=" + HexFormat.of().formatHex(WebhookFixtures.hmac(WebhookFixtures.SECRET, signed));
    String status =
        given()
            .baseUri(server.base().toString())
            .contentType("application/json")
            .header("event-id", eventId)
            .header("event-name", "application.created")
            .header("event-version", "v201907")
            .header("link", link)
            .header("smartrecruiters-timestamp", seconds)
            .header("smartrecruiters-signature", signature)
            .body(body)
            .post("/webhooks/smartrecruiters")
            .then()
            .statusCode(202)
            .extract()
            .path("status");
    assertEquals("queued", status);

    JsonPath screening = screeningOf(Ats.smartrecruiters, SR_CANDIDATE);
    assertEquals(List.of(), missingResumeText(screening), screening.prettify());
    VendorStub.Request download = files.to("/attachments/att-1").get(0);
    assertEquals("sr-read-token", download.header("X-SmartToken"));
    assertTrue(files.to("/attachments/att-0").isEmpty(), "the cover letter is not fetched");
  }

  @Test
  void aWorkableResumeUrlIsFetched() throws Exception {
    String body =
        new String(WebhookFixtures.body(Ats.workable, "candidate_created"), StandardCharsets.UTF_8)
            .replace(
                "https://workable.s3.amazonaws.com/resume.pdf",
                files.url("/files/resume.pdf") + "?sig=workable");
    assertTrue(body.contains("sig=workable"), "the sample changed shape");
    WebhookFixtures.Signed signed =
        WebhookFixtures.signedBody(
            Ats.workable,
            "candidate_created",
            body.getBytes(StandardCharsets.UTF_8),
            WebhookFixtures.SECRET,
            Instant.now());
    var request = given().baseUri(server.base().toString()).body(signed.body());
    signed.headers().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    assertEquals(
        "queued",
        request.post("/webhooks/workable").then().statusCode(200).extract().path("status"));

    JsonPath screening = screeningOf(Ats.workable, "ce4da98");
    assertEquals(List.of(), missingResumeText(screening), screening.prettify());
    assertTrue(files.to("sig=workable").size() >= 1);
  }

  @Test
  void aResumeOnAHostNotAllowedIsNotFetchedAndTheCoverageSaysSo() throws Exception {
    String candidate = "gh-file-" + UUID.randomUUID();
    String elsewhere = files.url("/files/resume.pdf").replace("127.0.0.1", "localhost");

    assertEquals(
        "queued", deliver(greenhouse(candidate, "Sam", "Other", elsewhere)).getString("status"));
    JsonPath screening = screeningOf(candidate);
    assertFalse(missingResumeText(screening).isEmpty(), screening.prettify());
    assertTrue(
        screening.getString("coverage.notes[0]").contains("not on the allowed list"),
        screening.prettify());
  }

  @Test
  void aResumeFilePushedWithAProfileIsReadAndNotStored() throws Exception {
    String candidate = "api-file-" + UUID.randomUUID();
    String json =
        "{\"candidateId\":\""
            + candidate
            + "\",\"ats\":\"greenhouse\",\"name\":{\"first\":\"Alex\",\"last\":\"Pushed\"},"
            + "\"resumeFile\":{\"filename\":\"cv.pdf\",\"contentType\":\"application/pdf\","
            + "\"data\":\""
            + Base64.getEncoder().encodeToString(pdf)
            + "\"}}";
    JsonPath screening =
        given()
            .baseUri(server.base().toString())
            .contentType("application/json")
            .body(json)
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals(List.of(), missingResumeText(screening), screening.prettify());
    assertTrue(screening.getList("coverage.notes").contains("Resume file: The file was read."));
    String card =
        given().get(screening.getString("cardUrl")).then().statusCode(200).extract().asString();
    assertTrue(card.contains("Resume file: The file was read."), "the card says it too");
    assertNeverStored(RESUME_WORDS, candidate);
  }

  static JsonPath push(String candidate, String first, String last) {
    String json =
        "{\"candidateId\":\""
            + candidate
            + "\",\"ats\":\"greenhouse\",\"name\":{\"first\":\""
            + first
            + "\",\"last\":\""
            + last
            + "\"},\"resumeFile\":{\"filename\":\"cv.pdf\",\"contentType\":\"application/pdf\","
            + "\"data\":\""
            + Base64.getEncoder().encodeToString(pdf)
            + "\"}}";
    return given()
        .baseUri(server.base().toString())
        .contentType("application/json")
        .body(json)
        .post("/api/v1/screenings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /**
   * A re-screen from stored data (an interview round) does not read the file again: the document
   * prints recorded when it was read are compared again, and the coverage keeps what it said.
   */
  @Test
  void documentPrintsAndFileCoverageSurviveAReScreen() {
    push("api-file-" + UUID.randomUUID(), "Robin", "First");
    JsonPath second = push("api-file-" + UUID.randomUUID(), "Kim", "Second");
    assertTrue(second.getList("signals.id").contains("resume_document_reuse"), second.prettify());

    JsonPath again =
        given()
            .baseUri(server.base().toString())
            .contentType("application/json")
            .body("{\"round\": 2, \"observations\": [\"camera_refusal\"]}")
            .post("/api/v1/screenings/" + second.getString("id") + "/observations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(again.getList("signals.id").contains("resume_document_reuse"), again.prettify());
    assertTrue(again.getList("signals.id").contains("resume_text_reuse"), again.prettify());
    assertTrue(
        again.getList("coverage.notes").contains("Resume file: The file was read."),
        again.prettify());
    assertFalse(
        again.getList("coverage.notEvaluated.id").contains("resume_document_reuse"),
        again.prettify());

    // and once more: what was carried forward is recorded again, not lost on the second re-screen
    JsonPath third =
        given()
            .baseUri(server.base().toString())
            .contentType("application/json")
            .body("{\"round\": 3, \"observations\": []}")
            .post("/api/v1/screenings/" + again.getString("id") + "/observations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(third.getList("signals.id").contains("resume_document_reuse"), third.prettify());
    assertTrue(
        third.getList("coverage.notes").contains("Resume file: The file was read."),
        third.prettify());
  }

  /**
   * Scans the embedded database's files for the words; the candidate id, which is stored, shows
   * that the scan sees what was written.
   */
  static void assertNeverStored(String words, String storedId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!contains(storedId) && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertTrue(contains(storedId), "the scan finds what is stored");
    assertFalse(contains(words), "the resume text is never stored");
  }

  private static boolean contains(String text) throws IOException {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> paths = Files.walk(Path.of(dataDir))) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(path), wanted) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(byte[] data, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= data.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (data[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
