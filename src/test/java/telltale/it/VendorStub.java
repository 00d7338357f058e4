package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

/**
 * A vendor API on loopback for the write-back and fetch tests: records every request (method, path
 * with query, headers, body), answers 200 with a vendor-shaped body or a file it was given, and can
 * be told to fail the next requests to a path or to answer slowly.
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
  private volatile long delayMillis;

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
        exchange.getResponseHeaders().add("Content-Type", file.contentType());
        exchange.sendResponseHeaders(200, file.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(file.body());
        }
        return;
      }
      int status = failure == null ? 200 : failure.status();
      if (failure != null) {
        failure.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      }
      requests.add(new Request(Instant.now(), exchange.getRequestMethod(), full, headers, body));
      byte[] answer =
          (failure == null ? success(path, body) : "{\"error\":\"stub\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
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
