package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import telltale.intake.WebhookFixtures;
import telltale.profile.Ats;
import telltale.testing.Exchanges;

/**
 * A vendor API on loopback for the write-back and fetch tests: records every request (method, path
 * with query, headers, body), answers 200 with a vendor-shaped body or a file it was given, and can
 * be told to fail the next requests to a path or to answer slowly. Told its client credentials, it
 * also speaks Greenhouse Harvest v3: a token endpoint ({@code POST .../token}, HTTP Basic with the
 * client id and secret, a form with {@code grant_type=client_credentials}) and, under {@code /v3/},
 * only calls with a bearer token it gave out, lists paged by a cursor in the Link header.
 */
public final class VendorStub implements AutoCloseable {
  /** One request as the vendor saw it; header names in lower case. */
  public record Request(
      Instant at, String method, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private record Failure(String pathContains, int status, Map<String, String> headers) {}

  private record Served(byte[] body, String contentType) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
  private final Map<String, Served> files = new ConcurrentHashMap<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private volatile long delayMillis;
  private volatile String clientCredentials;

  private VendorStub(HttpServer server) {
    this.server = server;
  }

  public static VendorStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      VendorStub stub = new VendorStub(server);
      server.createContext("/", stub::handle);
      server.setExecutor(
          Executors.newFixedThreadPool(
              8,
              task -> {
                Thread thread = new Thread(task, "vendor-stub");
                thread.setDaemon(true);
                return thread;
              }));
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stub's address with a base path, e.g. url("/v1"). */
  public String url(String basePath) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  /** The next times requests whose path contains pathContains get this status and headers. */
  public void failNext(String pathContains, int times, int status, Map<String, String> headers) {
    for (int i = 0; i < times; i++) {
      failures.add(new Failure(pathContains, status, headers));
    }
  }

  /** Serves a file (a resume behind an ATS's attachment URL) at this path, query ignored. */
  public void serve(String path, byte[] body, String contentType) {
    files.put(path, new Served(body.clone(), contentType));
  }

  /** The Harvest v3 client id and secret its token endpoint accepts. */
  public void clientCredentials(String id, String secret) {
    this.clientCredentials =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** The access tokens it gave out, oldest first. */
  public List<String> tokens() {
    return List.copyOf(tokens);
  }

  public void answerSlowly(Duration delay) {
    this.delayMillis = delay.toMillis();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(Predicate<Request> which) {
    return requests.stream().filter(which).toList();
  }

  /** Requests whose path contains the text. */
  public List<Request> to(String pathContains) {
    return requests(r -> r.path().contains(pathContains));
  }

  /** Waits until at least count requests match; returns them. */
  public List<Request> await(Predicate<Request> which, int count, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      List<Request> matching = requests(which);
      if (matching.size() >= count) {
        return matching;
      }
      sleep(100);
    }
    throw new AssertionError(
        "expected " + count + " matching requests within " + limit + ", got " + requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String full = query == null ? path : path + "?" + query;
      if (delayMillis > 0) {
        sleep(delayMillis);
      }
      Failure failure = takeFailure(full);
      Served file = files.get(path);
      if (failure == null && file != null) {
        requests.add(new Request(Instant.now(), exchange.getRequestMethod(), full, headers, body));
        Exchanges.answer(exchange, 200, file.contentType(), file.body());
        return;
      }
      int status = failure == null ? 200 : failure.status();
      if (failure != null) {
        failure.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      }
      requests.add(new Request(Instant.now(), exchange.getRequestMethod(), full, headers, body));
      String text = failure == null ? success(path, body) : "{\"error\":\"stub\"}";
      if (failure == null && clientCredentials != null) {
        Answer v3 = harvestV3(exchange.getRequestMethod(), path, query, headers, body);
        if (v3 != null) {
          status = v3.status();
          text = v3.body();
          v3.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        }
      }
      Exchanges.answer(exchange, status, "application/json", text);
    }
  }

  private synchronized Failure takeFailure(String path) {
    for (Failure failure : failures) {
      if (path.contains(failure.pathContains())) {
        failures.remove(failure);
        return failure;
      }
    }
    return null;
  }

  static final String GREENHOUSE_SCHEDULED_INTERVIEWS =
      """
      [{"id":9128481,"application_id":71980812,"external_event_id":"event123",\
      "start":{"date_time":"2026-11-27T15:00:00.000Z"},"end":{"date_time":"2026-11-27T15:30:00.000Z"},\
      "location":"Google Meet","video_conferencing_url":"https://meet.google.com/kbz-qmxw-tcd",\
      "status":"complete","created_at":"2026-11-20T14:31:51.019Z","updated_at":"2026-11-27T16:43:11.679Z",\
      "interview":{"id":7001,"name":"Recruiter screen"},\
      "organizer":{"id":2000,"first_name":"Jack","last_name":"Shepard","name":"Jack Shepard","employee_id":"12345"},\
      "interviewers":[{"id":4080,"employee_id":"employee123","name":"Kate Austen",\
      "email":"kate.austen@example.com","response_status":"accepted","scorecard_id":11274}]},\
      {"id":9128482,"application_id":71980812,"external_event_id":"event456",\
      "start":{"date_time":"2026-11-30T14:58:00.000Z"},"end":{"date_time":"2026-11-30T15:45:00.000Z"},\
      "location":"Zoom","video_conferencing_url":"https://us02web.zoom.us/j/85746065432?pwd=x7Yz",\
      "status":"awaiting_feedback","created_at":"2026-11-21T14:31:51.019Z","updated_at":"2026-11-30T16:43:11.679Z",\
      "interview":{"id":7002,"name":"Technical interview"},\
      "organizer":{"id":2000,"first_name":"Jack","last_name":"Shepard","name":"Jack Shepard","employee_id":"12345"},\
      "interviewers":[{"id":3412,"employee_id":"employee456","name":"Charlie Pace",\
      "email":"charlie.pace@example.com","response_status":"accepted","scorecard_id":null}]},\
      {"id":9128483,"application_id":71980812,"external_event_id":"event789",\
      "start":{"date_time":"2026-11-29T10:00:00.000Z"},"end":{"date_time":"2026-11-29T11:00:00.000Z"},\
      "location":"Zoom","video_conferencing_url":"https://us02web.zoom.us/j/91234567890",\
      "status":"cancelled","interview":{"id":7003,"name":"Cancelled slot"},"interviewers":[]},\
      {"id":9128484,"application_id":71980812,"external_event_id":"event999",\
      "start":{"date":"2026-12-08"},"end":{"date":"2026-12-09"},"location":"Big Conference Room",\
      "video_conferencing_url":null,"status":"scheduled","interview":{"id":7004,"name":"Onsite"},\
      "interviewers":[]}]""";

  private record Answer(int status, String body, Map<String, String> headers) {}

  /**
   * Greenhouse Harvest v3 as documented at harvestdocs.greenhouse.io: the token endpoint, bearer
   * tokens on every call, interviews of an application and candidate tags as JSON arrays whose next
   * page is a {@code cursor} URL (the only query parameter) in the Link header, and the writes of
   * notes, candidate tags and applied candidate tags. Null for anything else.
   */
  private Answer harvestV3(
      String method, String path, String query, Map<String, String> headers, String body) {
    if (path.endsWith("/token")) {
      if (!"POST".equals(method)
          || !clientCredentials.equals(headers.get("authorization"))
          || !body.contains("grant_type=client_credentials")) {
        return new Answer(401, "{\"error\":\"invalid_client\"}", Map.of());
      }
      String token = "v3-token-" + (tokens.size() + 1);
      tokens.add(token);
      return new Answer(
          200,
          "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
          Map.of());
    }
    if (!path.startsWith("/v3/")) {
      return null;
    }
    String authorization = headers.getOrDefault("authorization", "");
    if (!authorization.startsWith("Bearer ")
        || !tokens.contains(authorization.substring("Bearer ".length()))) {
      return new Answer(401, "{\"error\":\"invalid_token\"}", Map.of());
    }
    String next = "<" + url(path) + "?cursor=eyJwYWdlIjoyfQ>; rel=\"next\"";
    boolean secondPage = query != null && query.startsWith("cursor=");
    if (query != null && query.contains("cursor=") && !query.equals("cursor=eyJwYWdlIjoyfQ")) {
      return new Answer(422, "{\"error\":\"cursor must be the only parameter\"}", Map.of());
    }
    return switch (method + " " + path) {
      case "GET /v3/interviews" ->
          secondPage
              ? new Answer(200, HARVEST_V3_INTERVIEWS_PAGE_2, Map.of())
              : new Answer(200, HARVEST_V3_INTERVIEWS_PAGE_1, Map.of("Link", next));
      case "GET /v3/candidate_tags" ->
          secondPage
              ? new Answer(200, "[{\"id\":56,\"name\":\"Referral\"}]", Map.of())
              : new Answer(200, "[{\"id\":55,\"name\":\"VIP\"}]", Map.of("Link", next));
      case "POST /v3/candidate_tags" ->
          new Answer(
              201,
              "{\"id\":4712,\"name\":\""
                  + body.replaceAll(".*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1")
                  + "\"}",
              Map.of());
      case "POST /v3/applied_candidate_tags" ->
          new Answer(201, "{\"id\":9001," + body.substring(1), Map.of());
      case "POST /v3/notes" -> new Answer(201, "{\"id\":101," + body.substring(1), Map.of());
      default -> new Answer(404, "{\"error\":\"not found\"}", Map.of());
    };
  }

  /** Harvest v3's interviews of application 71980812, first page: Meet (done) and Zoom round 2. */
  static final String HARVEST_V3_INTERVIEWS_PAGE_1 =
      """
      [{"id":9128481,"application_id":71980812,"job_interview_id":7001,\
      "external_event_id":"event123","starts_at":"2026-11-27T15:00:00.000Z",\
      "ends_at":"2026-11-27T15:30:00.000Z","location":"Google Meet",\
      "video_conferencing_url":"https://meet.google.com/kbz-qmxw-tcd","status":"complete",\
      "organizer_id":2000,"created_at":"2026-11-20T14:31:51.019Z","updated_at":"2026-11-27T16:43:11.679Z"},\
      {"id":9128482,"application_id":71980812,"job_interview_id":7002,\
      "external_event_id":"event456","starts_at":"2026-11-30T14:58:00.000Z",\
      "ends_at":"2026-11-30T15:45:00.000Z","location":"Zoom",\
      "video_conferencing_url":"https://us02web.zoom.us/j/86123456789?pwd=Qw3r",\
      "status":"awaiting_feedback","organizer_id":2000,\
      "created_at":"2026-11-21T14:31:51.019Z","updated_at":"2026-11-30T16:43:11.679Z"}]""";

  /** The second page: a skipped Zoom slot without a link and an all-day office interview. */
  static final String HARVEST_V3_INTERVIEWS_PAGE_2 =
      """
      [{"id":9128483,"application_id":71980812,"job_interview_id":7003,"starts_at":null,\
      "location":"Zoom","video_conferencing_url":null,"status":"skipped"},\
      {"id":9128484,"application_id":71980812,"job_interview_id":7004,"starts_at":null,\
      "all_day_start_on":"2026-12-08","all_day_end_on":"2026-12-09","location":"Big Conference Room",\
      "video_conferencing_url":null,"status":"scheduled"}]""";

  /** What each vendor answers on success, as far as Telltale reads it. */
  private static String success(String path, String body) {
    // read APIs used to complete thin webhooks (FetchIT); Lever's resume list (ResumeFilesIT)
    if (path.contains("/v1/opportunities/") && path.endsWith("/resumes")) {
      return "{\"data\":[{\"id\":\"resume-1\",\"file\":{\"name\":\"cv.pdf\",\"ext\":\"pdf\"}}]}";
    }
    if (path.contains("/v1/opportunities/")
        && !path.endsWith("/notes")
        && !path.endsWith("/addTags")) {
      return new String(WebhookFixtures.body(Ats.lever, "opportunity"), StandardCharsets.UTF_8);
    }
    // Greenhouse Harvest's scheduled interviews of an application (ScheduledMeetingsIT), in the
    // documented shape: a Meet interview that took place, the Zoom second round, a cancelled Zoom
    // interview and an office interview without a link
    if (path.endsWith("/scheduled_interviews")) {
      return GREENHOUSE_SCHEDULED_INTERVIEWS;
    }
    if (path.endsWith("/candidate.info")) {
      return new String(WebhookFixtures.body(Ats.ashby, "candidate_info"), StandardCharsets.UTF_8);
    }
    if (path.endsWith("/tags/candidate")) {
      return "{\"id\":4711,\"name\":\"telltale\"}";
    }
    if (path.endsWith("/candidateTag.list")) {
      return "{\"success\":true,\"results\":[{\"id\":\"tag-other\",\"title\":\"VIP\",\"isArchived\":false}],\"moreDataAvailable\":false}";
    }
    if (path.endsWith("/candidateTag.create")) {
      return "{\"success\":true,\"results\":{\"id\":\"tag-new\",\"title\":\"telltale\"}}";
    }
    // Ashby's own fraud data (AshbyFraudIT); client info field names as read, fraud checks as in
    // Ashby's changelog (checks with signals {category, name, description, value})
    if (path.endsWith("/candidate.listClientInfo")) {
      return "{\"success\":true,\"results\":[{\"id\":\"ci-1\",\"ipAddress\":\"203.0.113.7\","
          + "\"userAgent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\","
          + "\"createdAt\":\"2026-11-10T15:04:05.123Z\"}],\"moreDataAvailable\":false}";
    }
    if (path.endsWith("/candidate.listFraudChecks")) {
      return "{\"success\":true,\"results\":[{\"id\":\"fc-1\",\"createdAt\":"
          + "\"2026-11-10T15:05:00.000Z\",\"signals\":[{\"category\":\"Network\",\"name\":"
          + "\"VPN or proxy\",\"description\":\"The application was submitted through a VPN"
          + " or proxy\",\"value\":\"true\"}]}],\"moreDataAvailable\":false}";
    }
    if (path.contains(".")) {
      return "{\"success\":true,\"results\":{}}";
    }
    return "{}";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
