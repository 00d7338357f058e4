package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import telltale.testing.Exchanges;

/**
 * Microsoft Graph as Telltale sees it: the identity platform's token endpoint (POST
 * /{tenant}/oauth2/v2.0/token, client credentials) and GET
 * /v1.0/communications/callRecords/{id}?$expand=sessions($expand=segments), whose sessions continue
 * at sessions@odata.nextLink; 404 for a record not there yet, 429 with Retry-After when asked to.
 * Subscriptions as Graph documents them: GET /v1.0/subscriptions (paged by @odata.nextLink), POST
 * (201; first the validation request to notificationUrl and lifecycleNotificationUrl, 400
 * ValidationError unless each echoes the token as 200 text/plain within 10 s; 400 for an expiry
 * more than 4,230 minutes ahead), PATCH /v1.0/subscriptions/{id} (200, 404 when gone) and POST
 * /v1.0/subscriptions/{id}/reauthorize (204).
 */
final class GraphStub implements AutoCloseable {
  static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJub25jZSI6InN0dWIifQ.stub.token";

  record Request(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> records = new ConcurrentHashMap<>();
  private final Map<String, String> morePages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> limited = new ConcurrentHashMap<>();
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final AtomicReference<String[]> subscriptionFailure = new AtomicReference<>();
  private final List<String> validated = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient validator =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** One subscription as Graph keeps it. */
  static final class Subscription {
    final String id;
    final String resource;
    final String changeType;
    final String clientState;
    final String notificationUrl;
    final String lifecycleNotificationUrl;
    volatile Instant expires;

    Subscription(
        String id,
        String resource,
        String changeType,
        String clientState,
        String notificationUrl,
        String lifecycleNotificationUrl,
        Instant expires) {
      this.id = id;
      this.resource = resource;
      this.changeType = changeType;
      this.clientState = clientState;
      this.notificationUrl = notificationUrl;
      this.lifecycleNotificationUrl = lifecycleNotificationUrl;
      this.expires = expires;
    }

    /** As Graph answers it; the client state only in the answer to its creation. */
    JsonObject json(boolean withState) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add(
                  "@odata.context",
                  "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity")
              .add("id", id)
              .add("resource", resource)
              .add("applicationId", "24d3b144-21ae-4080-943f-7067b395b913")
              .add("changeType", changeType)
              .add("notificationUrl", notificationUrl)
              .add("expirationDateTime", expires.toString())
              .add("creatorId", "8ee44408-0679-472c-bc2a-692812af3437")
              .add("latestSupportedTlsVersion", "v1_2")
              .add("notificationContentType", "application/json");
      if (withState && clientState != null) {
        b.add("clientState", clientState);
      }
      b.add(
          "lifecycleNotificationUrl",
          lifecycleNotificationUrl == null
              ? JsonValue.NULL
              : Json.createValue(lifecycleNotificationUrl));
      return b.build();
    }
  }

  private GraphStub(HttpServer server) {
    this.server = server;
  }

  static GraphStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
      GraphStub stub = new GraphStub(server);
      server.createContext("/", stub::handle);
      server.setExecutor(stub.threads);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A call record: its first page (with sessions@odata.nextLink) and the next page's sessions. */
  void callRecord(String id, String firstPage, String nextSessions) {
    records.put(id, firstPage);
    morePages.put(id, nextSessions);
  }

  void rateLimitNext(String id, int times) {
    limited.put(id, new AtomicInteger(times));
  }

  /** The subscriptions Graph holds now. */
  List<Subscription> subscriptions() {
    return List.copyOf(subscriptions.values());
  }

  /** A subscription made elsewhere (by an operator, or another app) that Graph already holds. */
  void holdSubscription(Subscription subscription) {
    subscriptions.put(subscription.id, subscription);
  }

  /**
   * The next subscriptions call is answered with this status and error body (429: Retry-After 1).
   */
  void failSubscriptions(int status, String error) {
    subscriptionFailure.set(new String[] {String.valueOf(status), error});
  }

  /** Graph drops a subscription (as before a subscriptionRemoved notification). */
  void removeSubscription(String id) {
    subscriptions.remove(id);
  }

  /** Every address the validation request went to and was answered correctly. */
  List<String> validated() {
    return List.copyOf(validated);
  }

  List<Request> to(String pathContains) {
    return requests.stream().filter(r -> r.path().contains(pathContains)).toList();
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
      String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              query == null
                  ? decoded
                  : decoded + "?" + URLDecoder.decode(query, StandardCharsets.UTF_8),
              headers,
              body));
      if (path.endsWith("/oauth2/v2.0/token")) {
        answer(
            exchange,
            200,
            "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                + "\"access_token\":\""
                + TOKEN
                + "\"}");
        return;
      }
      if (!("Bearer " + TOKEN).equals(headers.get("authorization"))) {
        answer(
            exchange,
            401,
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is"
                + " empty.\"}}");
        return;
      }
      if (decoded.startsWith("/v1.0/subscriptions")) {
        subscriptions(exchange, decoded, query, body);
        return;
      }
      String prefix = "/v1.0/communications/callRecords";
      if (decoded.startsWith(prefix + "('") && decoded.endsWith("')/sessions")) {
        String id =
            decoded.substring(prefix.length() + 2, decoded.length() - "')/sessions".length());
        answer(
            exchange,
            200,
            "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('"
                + id
                + "')/sessions(segments())\",\"value\":["
                + morePages.getOrDefault(id, "")
                + "]}");
        return;
      }
      if (decoded.startsWith(prefix + "/")) {
        String id = decoded.substring(prefix.length() + 1);
        AtomicInteger limit = limited.get(id);
        if (limit != null && limit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          answer(
              exchange,
              429,
              "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\"}}");
          return;
        }
        String record = records.get(id);
        if (record == null) {
          answer(
              exchange,
              404,
              "{\"error\":{\"code\":\"NotFound\",\"message\":\"The requested resource was not"
                  + " found.\"}}");
          return;
        }
        answer(exchange, 200, record);
        return;
      }
      answer(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Not found\"}}");
    }
  }

  private void subscriptions(HttpExchange exchange, String path, String query, String body)
      throws IOException {
    String method = exchange.getRequestMethod();
    String[] failure = subscriptionFailure.getAndSet(null);
    if (failure != null) {
      if (failure[0].equals("429")) {
        exchange.getResponseHeaders().add("Retry-After", "1");
      }
      answer(exchange, Integer.parseInt(failure[0]), failure[1]);
      return;
    }
    String rest = path.substring("/v1.0/subscriptions".length());
    if (rest.isEmpty() && method.equals("GET")) {
      // two subscriptions a page, so that a listing of more follows @odata.nextLink
      int skip =
          query != null && query.startsWith("$skiptoken=")
              ? Integer.parseInt(query.substring(11))
              : 0;
      List<Subscription> all =
          subscriptions.values().stream().sorted(Comparator.comparing(s -> s.id)).toList();
      JsonArrayBuilder page = Json.createArrayBuilder();
      all.stream().skip(skip).limit(2).forEach(s -> page.add(s.json(false)));
      JsonObjectBuilder answer =
          Json.createObjectBuilder()
              .add("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#subscriptions")
              .add("value", page);
      if (skip + 2 < all.size()) {
        answer.add("@odata.nextLink", url("/v1.0/subscriptions?$skiptoken=" + (skip + 2)));
      }
      answer(exchange, 200, answer.build().toString());
      return;
    }
    if (rest.isEmpty() && method.equals("POST")) {
      JsonObject request = Json.createReader(new StringReader(body)).readObject();
      String resource = request.getString("resource", "");
      String notificationUrl = request.getString("notificationUrl", "");
      String lifecycleUrl = request.getString("lifecycleNotificationUrl", null);
      String clientState = request.getString("clientState", null);
      Instant expires = expiry(request);
      if (!resource.replaceFirst("^/", "").equals("communications/callRecords")
          || notificationUrl.isEmpty()
          || !Set.of("created", "updated", "created,updated")
              .contains(request.getString("changeType", ""))
          || clientState != null && clientState.length() > 128) {
        invalid(exchange, "InvalidRequest", "Invalid request.");
        return;
      }
      if (expires == null) {
        invalid(
            exchange,
            "InvalidRequest",
            "Subscription expiration can only be 4230 minutes in the future.");
        return;
      }
      for (String address :
          lifecycleUrl == null
              ? List.of(notificationUrl)
              : List.of(notificationUrl, lifecycleUrl)) {
        if (!validates(address)) {
          invalid(
              exchange,
              "ValidationError",
              "Subscription validation request failed. Notification endpoint must respond with 200"
                  + " OK to validation request.");
          return;
        }
      }
      Subscription created =
          new Subscription(
              UUID.randomUUID().toString(),
              resource,
              request.getString("changeType"),
              clientState,
              notificationUrl,
              lifecycleUrl,
              expires);
      subscriptions.put(created.id, created);
      answer(exchange, 201, created.json(true).toString());
      return;
    }
    String id = rest.substring(1).replaceFirst("/reauthorize$", "");
    Subscription subscription = subscriptions.get(id);
    if (subscription == null) {
      answer(
          exchange,
          404,
          "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"The object was not found.\"}}");
      return;
    }
    if (rest.endsWith("/reauthorize") && method.equals("POST")) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    if (method.equals("PATCH")) {
      Instant expires = expiry(Json.createReader(new StringReader(body)).readObject());
      if (expires == null) {
        invalid(
            exchange,
            "InvalidRequest",
            "Subscription expiration can only be 4230 minutes in the future.");
        return;
      }
      subscription.expires = expires;
      answer(exchange, 200, subscription.json(false).toString());
      return;
    }
    invalid(exchange, "BadRequest", "Unsupported request.");
  }

  /** The requested expiry, or null when missing, past or more than 4,230 minutes ahead. */
  private static Instant expiry(JsonObject request) {
    try {
      Instant expires =
          OffsetDateTime.parse(request.getString("expirationDateTime", "")).toInstant();
      Instant now = Instant.now();
      return expires.isAfter(now) && !expires.isAfter(now.plus(Duration.ofMinutes(4230)))
          ? expires
          : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Graph's validation request: POST {address}?validationToken=..., the token echoed back. */
  private boolean validates(String address) {
    String token =
        "Validation: Testing client application reachability for subscription Request-Id: "
            + UUID.randomUUID();
    try {
      HttpResponse<String> response =
          validator.send(
              HttpRequest.newBuilder(
                      URI.create(
                          address
                              + (address.contains("?") ? "&" : "?")
                              + "validationToken="
                              + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      boolean ok =
          response.statusCode() == 200
              && response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")
              && response.body().equals(token);
      if (ok) {
        validated.add(address);
      }
      return ok;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void invalid(HttpExchange exchange, String code, String message)
      throws IOException {
    answer(
        exchange,
        400,
        Json.createObjectBuilder()
            .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
            .build()
            .toString());
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    Exchanges.answer(exchange, status, "application/json;odata.metadata=minimal", json);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
