package telltale.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Microsoft Teams as evidence, end to end: Graph's validation handshake, forged and replayed change
 * notifications, a meeting registered by its join link for a candidate's second round, the call
 * record read from a stand-in Graph (client-credentials token, a 429, sessions paged by
 * sessions@odata.nextLink), and the screening updated as "Microsoft Teams, round 2". The
 * subscription on call records is created at start (the stand-in validates both addresses as Graph
 * does), renewed near its expiry, reauthorized and recreated on lifecycle notifications; forged
 * lifecycle notifications change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsIT {
  static final String TENANT = "dc368399-474c-4d40-900c-6265431fd81f";
  static final String CLIENT_STATE = "secretClientValue-for-tests";
  static final String RECORD = "e523d2ed-2966-4b6b-925b-754a88034cc5";
  static final String THREAD_LINK =
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%40thread.v2/0";
  static final List<String> FOREIGN =
      List.of("00000000-aaaa-4bbb-8ccc-000000000001", "00000000-aaaa-4bbb-8ccc-000000000002");
  static GraphStub graph;
  static PayaraServer server;

  // sessions in the shape of Graph's documented callRecord (sessions expanded with segments): the
  // interviewer, a user of the employer's tenant, joins from Germany; the candidate, a guest, from
  // Korea through a VPN tunnel with OBS as camera, on the second page of sessions
  static final String INTERVIEWER_SESSION =
      """
      {"modalities":["audio","video"],"startDateTime":"2026-11-30T14:58:00.2169889Z",\
      "endDateTime":"2026-11-30T15:45:46.7640013Z","id":"a1b2c3d4-0000-0000-0000-000000000001",\
      "isTest":false,\
      "caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint",\
      "name":"machineName_2","userAgent":{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent",\
      "headerValue":"Teams/24295.605.3225.8804","platform":"macOS","productFamily":"teams"},\
      "associatedIdentity":{"id":"821809f5-0000-0000-0000-3b5136c0e777","displayName":"Abbie Wilkins",\
      "tenantId":"dc368399-474c-4d40-900c-6265431fd81f","userPrincipalName":"abbie.wilkins@contoso.com"}},\
      "callee":{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint",\
      "userAgent":{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":"conferencing"}},\
      "segments":[{"startDateTime":"2026-11-30T14:58:00Z","endDateTime":"2026-11-30T15:45:46Z",\
      "id":"a1b2c3d4-0000-0000-0000-000000000001","media":[{"label":"main-audio",\
      "callerNetwork":{"ipAddress":"10.150.0.2","subnet":"10.150.0.0","reflexiveIPAddress":"2.27.166.10",\
      "connectionType":"wired","linkSpeed":54000000},\
      "callerDevice":{"captureDeviceName":"MacBook Pro Microphone","renderDeviceName":"MacBook Pro Speakers"}}]}]}""";
  static final String CANDIDATE_SESSION =
      """
      {"modalities":["audio","video"],"startDateTime":"2026-11-30T15:00:01.1Z",\
      "endDateTime":"2026-11-30T15:45:40Z","id":"a1b2c3d4-0000-0000-0000-000000000002","isTest":false,\
      "caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint",\
      "name":"DESKTOP-7Q2K","userAgent":{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent",\
      "headerValue":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Teams/web","platform":"web",\
      "productFamily":"teams"},"associatedIdentity":{"id":"1c7a6d3e-guest-42","displayName":"Dana K"}},\
      "callee":{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint",\
      "userAgent":{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":"conferencing"}},\
      "segments":[{"startDateTime":"2026-11-30T15:00:01Z","endDateTime":"2026-11-30T15:45:40Z",\
      "id":"a1b2c3d4-0000-0000-0000-000000000002","media":[{"label":"main-audio",\
      "callerNetwork":{"ipAddress":"192.168.1.20","subnet":"192.168.1.0","reflexiveIPAddress":"1.11.4.20",\
      "connectionType":"tunnel","macAddress":"00:1A:2B:3C:4D:5E"},\
      "callerDevice":{"captureDeviceName":"Microphone (Realtek Audio)"}},{"label":"main-video",\
      "callerNetwork":{"reflexiveIPAddress":"1.11.4.20","connectionType":"tunnel"},\
      "callerDevice":{"captureDeviceName":"OBS Virtual Camera"}}]}]}""";

  static String record(String id, String joinWebUrl) {
    return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#communications/"
        + "callRecords(sessions(segments()))/$entity\",\"version\":1,\"type\":\"groupCall\","
        + "\"modalities\":[\"audio\",\"video\"],\"lastModifiedDateTime\":\"2026-11-30T16:00:24Z\","
        + "\"startDateTime\":\"2026-11-30T14:58:00Z\",\"endDateTime\":\"2026-11-30T15:45:46Z\","
        + "\"id\":\""
        + id
        + "\",\"joinWebUrl\":\""
        + joinWebUrl
        + "\",\"organizer_v2\":{\"id\":\"821809f5-0000-0000-0000-3b5136c0e777\"},"
        + "\"sessions\":["
        + INTERVIEWER_SESSION
        + "],\"sessions@odata.nextLink\":\""
        + graph.url(
            "/v1.0/communications/callRecords('"
                + id
                + "')/sessions?$expand=segments&$skiptoken=abc")
        + "\"}";
  }

  @BeforeAll
  static void start() {
    Credentials.adminByDefault();
    graph = GraphStub.start();
    // the app's other subscriptions, near expiry and listed first: not Telltale's to renew, and a
    // page of two makes the listing follow @odata.nextLink to find ours
    for (String id : FOREIGN) {
      graph.holdSubscription(
          new GraphStub.Subscription(
              id,
              "/communications/callRecords",
              "created",
              "someone-else",
              "https://reports.example.com/callrecords",
              null,
              Instant.now().plus(Duration.ofHours(1))));
    }
    server =
        PayaraServer.start(
            "teams",
            Credentials.with(
                Map.of(
                    "telltale.data.dir",
                    DataDirs.fresh("teams"),
                    "telltale.meetings.teams.tenant-id",
                    TENANT,
                    "telltale.meetings.teams.client-id",
                    "app-7",
                    "telltale.meetings.teams.client-secret",
                    "app-secret~9",
                    "telltale.meetings.teams.client-state",
                    CLIENT_STATE,
                    "telltale.meetings.teams.url",
                    graph.url("/v1.0"),
                    "telltale.meetings.teams.login-url",
                    graph.url(""),
                    "telltale.meetings.teams.read-delay-seconds",
                    "0",
                    "telltale.meetings.teams.notification-url",
                    "http://127.0.0.1:{port}/webhooks/teams",
                    "telltale.meetings.teams.upkeep-seconds",
                    "2")));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (graph != null) graph.close();
  }

  /** A change notification as Graph documents it (changeType created on callRecords). */
  static String notification(String clientState, String tenant, String recordId) {
    return "{\"value\":[{\"subscriptionId\":\"7f105c7d-2dc5-4530-97cd-4e7ae6534c07\","
        + "\"subscriptionExpirationDateTime\":\"2026-12-03T11:00:00.0000000-07:00\","
        + "\"changeType\":\"created\",\"resource\":\"communications/callRecords/"
        + recordId
        + "\",\"resourceData\":{\"@odata.type\":\"#Microsoft.Graph.callrecord\","
        + "\"@odata.id\":\"communications/callRecords/"
        + recordId
        + "\",\"id\":\""
        + recordId
        + "\"},\"clientState\":\""
        + clientState
        + "\",\"tenantId\":\""
        + tenant
        + "\"}]}";
  }

  static ValidatableResponse deliver(String body) {
    return given()
        .baseUri(server.base().toString())
        .contentType("application/json; charset=utf-8")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/webhooks/teams")
        .then();
  }

  @Test
  void theValidationHandshakeEchoesTheTokenAsPlainText() {
    for (String path : List.of("/webhooks/teams", "/webhooks/teams/lifecycle")) {
      byte[] answer =
          given()
              .baseUri(server.base().toString())
              .contentType("text/plain; charset=utf-8")
              .queryParam(
                  "validationToken",
                  "Validation: Testing client application reachability for subscription"
                      + " Request-Id: 8c2a7e1b-0f6d-4b3e-9a51-2d4c6e8f0a13")
              .post(path)
              .then()
              .statusCode(200)
              .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
              .extract()
              .asByteArray();
      assertEquals(
          "Validation: Testing client application reachability for subscription Request-Id:"
              + " 8c2a7e1b-0f6d-4b3e-9a51-2d4c6e8f0a13",
          new String(answer, StandardCharsets.UTF_8));
    }
  }

  @Test
  void forgedNotificationsAreRefusedAndReplaysQueuedOnce() throws Exception {
    String forged = "0b9e4f11-aaaa-4bbb-8ccc-000000000001";
    deliver(notification("guessed-state", TENANT, forged))
        .statusCode(401)
        .body("code", equalTo("invalid_client_state"));
    deliver(notification(CLIENT_STATE, "another-tenant", forged)).statusCode(401);
    deliver(notification(CLIENT_STATE + "x", TENANT, forged)).statusCode(401);

    String once = "0b9e4f11-aaaa-4bbb-8ccc-000000000002";
    deliver(notification(CLIENT_STATE, TENANT, once)).statusCode(202).body("queued", equalTo(1));
    deliver(notification(CLIENT_STATE, TENANT, once)).statusCode(202).body("queued", equalTo(0));
    Thread.sleep(8000);
    assertTrue(graph.to(forged).isEmpty(), "a forged notification queues nothing");
    // not there yet (404) is retried later, not read twice at once
    assertEquals(1, graph.to(once).size(), graph.to(once).toString());
  }

  @Test
  void aCandidatesSecondRoundOnTeamsShowsTheNetworkAndTheCamera() throws Exception {
    String screeningId =
        given()
            .baseUri(server.base().toString())
            .contentType(ContentType.JSON)
            .body(
                "{\"candidateId\":\"teams-1\",\"name\":{\"first\":\"Dana\",\"last\":\"Kim\"},"
                    + "\"emails\":[\"dana.kim@example.com\"],\"location\":{\"country\":\"US\"},"
                    + "\"interviews\":[{\"round\":1,\"observations\":[]}]}")
            .post("/api/v1/screenings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .baseUri(server.base().toString())
        .header("Authorization", "Bearer " + Credentials.INTERVIEWER)
        .contentType(ContentType.JSON)
        .body(
            "{\"platform\":\"teams\",\"meeting\":\""
                + THREAD_LINK
                + "?context=%7b%22Tid%22%3a%22"
                + TENANT
                + "%22%7d\",\"round\":2}")
        .post("/api/v1/screenings/" + screeningId + "/meetings")
        .then()
        .statusCode(201)
        .body("status", equalTo("registered"))
        .body("meeting", equalTo("meeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2"));

    // Graph spells the escapes of joinWebUrl in upper case
    graph.callRecord(RECORD, record(RECORD, THREAD_LINK.replace("%3a", "%3A")), CANDIDATE_SESSION);
    graph.rateLimitNext(RECORD, 1);
    deliver(notification(CLIENT_STATE, TENANT, RECORD)).statusCode(202).body("queued", equalTo(1));

    List<String> screenings = screeningsOf("teams-1", 2, Duration.ofSeconds(60));
    JsonPath latest =
        given()
            .baseUri(server.base().toString())
            .get("/api/v1/screenings/" + screenings.get(0))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String evidence =
        latest.getString("signals.find { it.id == 'meeting_network_mismatch' }.evidence");
    assertTrue(evidence.contains("Microsoft Teams, round 2: "), evidence);
    assertTrue(evidence.contains("KR") && evidence.contains("US"), evidence);
    assertTrue(evidence.contains("VPN tunnel"), evidence);
    assertFalse(evidence.contains("DE"), "the interviewer's record is dropped: " + evidence);
    String camera = latest.getString("signals.find { it.id == 'meeting_virtual_camera' }.evidence");
    assertTrue(camera.contains("Microsoft Teams, round 2: ") && camera.contains("OBS"), camera);
    assertFalse(latest.prettify().contains("1.11.4.20"), "no address is kept");

    GraphStub.Request token = graph.to("/oauth2/v2.0/token").get(0);
    assertEquals("/" + TENANT + "/oauth2/v2.0/token", token.path());
    assertEquals(
        "client_id=app-7&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
            + "&client_secret=app-secret%7E9&grant_type=client_credentials",
        token.body());
    List<GraphStub.Request> reads = graph.to(RECORD);
    assertTrue(reads.size() >= 3, "429, the record, its second page of sessions: " + reads);
    assertTrue(
        reads.get(0).path().endsWith(RECORD + "?$expand=sessions($expand=segments)"),
        reads.get(0).path());
    assertTrue(reads.get(reads.size() - 1).path().contains("$skiptoken=abc"), reads.toString());
    assertEquals("Bearer " + GraphStub.TOKEN, reads.get(1).header("Authorization"));
  }

  static final String SUBSCRIPTIONS = "/v1.0/subscriptions";

  static List<GraphStub.Request> subscriptionCalls(String method, String pathSuffix) {
    return graph.to(SUBSCRIPTIONS).stream()
        .filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix))
        .toList();
  }

  static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "not within 40 s: " + what + "; Graph saw " + graph.to(SUBSCRIPTIONS));
      }
      Thread.sleep(200);
    }
  }

  static List<GraphStub.Subscription> allOurs() {
    return graph.subscriptions().stream().filter(s -> !FOREIGN.contains(s.id)).toList();
  }

  static GraphStub.Subscription ours() throws InterruptedException {
    await("a subscription", () -> !allOurs().isEmpty());
    return allOurs().stream().max(java.util.Comparator.comparing(s -> s.expires)).orElseThrow();
  }

  /** A lifecycle notification as Graph documents it. */
  static ValidatableResponse lifecycle(String clientState, String subscriptionId, String event) {
    return given()
        .baseUri(server.base().toString())
        .contentType("application/json; charset=utf-8")
        .body(
            ("{\"value\":[{\"subscriptionId\":\""
                    + subscriptionId
                    + "\",\"subscriptionExpirationDateTime\":\"2026-12-08T11:00:00.0000000Z\","
                    + "\"tenantId\":\""
                    + TENANT
                    + "\",\"clientState\":\""
                    + clientState
                    + "\",\"lifecycleEvent\":\""
                    + event
                    + "\"}]}")
                .getBytes(StandardCharsets.UTF_8))
        .post("/webhooks/teams/lifecycle")
        .then();
  }

  @Test
  @Order(1)
  void theSubscriptionIsCreatedAtStartAsGraphDocumentsIt() throws Exception {
    // the stub records the call when it arrives and holds the subscription once Graph's
    // validation requests were answered: wait for the second, not the first
    await("a subscription Graph holds", () -> !allOurs().isEmpty());
    GraphStub.Request created = subscriptionCalls("POST", SUBSCRIPTIONS).get(0);
    Instant sent = Instant.now();
    JsonPath body = JsonPath.from(created.body());
    String hook = server.base() + "/webhooks/teams";
    assertEquals("created", body.getString("changeType"));
    assertEquals("/communications/callRecords", body.getString("resource"));
    assertEquals(hook, body.getString("notificationUrl"));
    assertEquals(hook + "/lifecycle", body.getString("lifecycleNotificationUrl"));
    assertEquals(CLIENT_STATE, body.getString("clientState"));
    Instant expiry = Instant.parse(body.getString("expirationDateTime"));
    assertFalse(expiry.isAfter(sent.plus(Duration.ofMinutes(4230))), expiry.toString());
    assertTrue(expiry.isAfter(sent.plus(Duration.ofHours(48))), expiry.toString());
    assertEquals("Bearer " + GraphStub.TOKEN, created.header("Authorization"));
    // Graph's validation request reached both addresses and had its token echoed
    assertTrue(
        graph.validated().containsAll(List.of(hook, hook + "/lifecycle")),
        graph.validated().toString());
    assertEquals(1, allOurs().size());

    // later rounds list and find it: no second subscription
    int listed = subscriptionCalls("GET", SUBSCRIPTIONS).size();
    await("two more rounds", () -> subscriptionCalls("GET", SUBSCRIPTIONS).size() >= listed + 2);
    assertEquals(
        1, subscriptionCalls("POST", SUBSCRIPTIONS).size(), graph.to(SUBSCRIPTIONS).toString());
    // three subscriptions now, two a page: ours is on the second
    assertFalse(
        subscriptionCalls("GET", SUBSCRIPTIONS + "?$skiptoken=2").isEmpty(),
        "the listing followed @odata.nextLink");
    assertTrue(subscriptionCalls("PATCH", ours().id).isEmpty(), "nothing to renew yet");
    assertTrue(
        server
            .logText()
            .contains(
                "Teams call-record subscription ..."
                    + ours().id.substring(ours().id.length() - 4)
                    + " created, expires "),
        "the operator sees the state");
    assertFalse(server.logText().contains(CLIENT_STATE), "the client state is never logged");
  }

  @Test
  @Order(2)
  void aSubscriptionNearItsExpiryIsRenewed() throws Exception {
    GraphStub.Subscription subscription = ours();
    subscription.expires = Instant.now().plus(Duration.ofHours(2));
    // the call is recorded on arrival, the new expiry once handled: wait for the second
    await(
        "PATCH " + subscription.id + " handled",
        () -> subscription.expires.isAfter(Instant.now().plus(Duration.ofHours(48))));
    JsonPath body = JsonPath.from(subscriptionCalls("PATCH", "/" + subscription.id).get(0).body());
    Instant expiry = Instant.parse(body.getString("expirationDateTime"));
    assertTrue(expiry.isAfter(Instant.now().plus(Duration.ofHours(48))), expiry.toString());
    assertTrue(subscription.expires.isAfter(Instant.now().plus(Duration.ofHours(48))), "renewed");
    assertEquals(1, subscriptionCalls("POST", SUBSCRIPTIONS).size(), "renewed, not recreated");
    for (String foreign : FOREIGN) {
      assertTrue(subscriptionCalls("PATCH", foreign).isEmpty(), "another's subscription is left");
    }
  }

  @Test
  @Order(3)
  void aForgedLifecycleNotificationChangesNothing() throws Exception {
    String id = ours().id;
    int posts = subscriptionCalls("POST", SUBSCRIPTIONS).size();
    lifecycle("guessed-state", id, "subscriptionRemoved").statusCode(401);
    lifecycle("guessed-state", id, "reauthorizationRequired").statusCode(401);
    lifecycle(CLIENT_STATE + "x", id, "reauthorizationRequired").statusCode(401);
    Thread.sleep(4000);
    assertEquals(posts, subscriptionCalls("POST", SUBSCRIPTIONS).size(), "no new subscription");
    assertTrue(subscriptionCalls("POST", "/reauthorize").isEmpty(), "no reauthorization");
  }

  @Test
  @Order(4)
  void reauthorizationRequiredIsAnsweredByReauthorizing() throws Exception {
    String id = ours().id;
    lifecycle(CLIENT_STATE, id, "reauthorizationRequired")
        .statusCode(202)
        .body("queued", equalTo(0));
    await(
        "POST /subscriptions/" + id + "/reauthorize",
        () -> !subscriptionCalls("POST", "/" + id + "/reauthorize").isEmpty());

    // a subscription Graph no longer knows (404): ours is still listed, so none is created
    String gone = "0b9e4f11-dead-4bbb-8ccc-00000000beef";
    int posts = subscriptionCalls("POST", SUBSCRIPTIONS).size();
    lifecycle(CLIENT_STATE, gone, "reauthorizationRequired").statusCode(202);
    await(
        "POST /subscriptions/" + gone + "/reauthorize",
        () -> !subscriptionCalls("POST", "/" + gone + "/reauthorize").isEmpty());
    Thread.sleep(3000);
    assertEquals(posts, subscriptionCalls("POST", SUBSCRIPTIONS).size(), "no duplicate");
  }

  @Test
  @Order(5)
  void subscriptionRemovedIsAnsweredByANewSubscription() throws Exception {
    String removed = ours().id;
    int posts = subscriptionCalls("POST", SUBSCRIPTIONS).size();
    // Graph may still list a subscription it just removed; the notification is what counts
    lifecycle(CLIENT_STATE, removed, "subscriptionRemoved").statusCode(202);
    await(
        "a new POST /subscriptions", () -> subscriptionCalls("POST", SUBSCRIPTIONS).size() > posts);
    await(
        "the new subscription held", () -> allOurs().stream().anyMatch(s -> !s.id.equals(removed)));
    graph.removeSubscription(removed);
    assertEquals(1, allOurs().size());
    assertFalse(allOurs().get(0).id.equals(removed));
    lifecycle(CLIENT_STATE, allOurs().get(0).id, "missed").statusCode(202);
  }

  @Test
  @Order(6)
  void graphsRefusalNamesThePermissionAndARateLimitIsWaitedOut() throws Exception {
    graph.failSubscriptions(
        403,
        "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient"
            + " privileges to complete the operation.\"}}");
    await(
        "the operator told of the permission",
        () ->
            server
                .logText()
                .contains(
                    "Graph refused to list subscriptions (HTTP 403 Authorization_RequestDenied):"
                        + " the app registration needs the Microsoft Graph application permission"
                        + " CallRecords.Read.All with an administrator's consent"));
    graph.failSubscriptions(
        429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\"}}");
    await("the wait logged", () -> server.logText().contains("Graph asked to wait"));
    int listed = subscriptionCalls("GET", SUBSCRIPTIONS).size();
    await("listed again", () -> subscriptionCalls("GET", SUBSCRIPTIONS).size() > listed);
    assertEquals(1, allOurs().size(), "a refusal or a wait removes and adds nothing");
  }

  static List<String> screeningsOf(String candidateId, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<String> found = List.of();
    while (System.nanoTime() < deadline && found.size() < count) {
      Thread.sleep(500);
      found =
          given()
              .baseUri(server.base().toString())
              .get("/api/v1/screenings?ats=generic&candidateId=" + candidateId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
    }
    assertEquals(count, found.size(), "screenings of " + candidateId);
    return found;
  }
}
