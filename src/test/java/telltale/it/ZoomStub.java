package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import telltale.testing.Exchanges;

/**
 * Zoom as Telltale sees it: the Server-to-Server OAuth token endpoint (POST /oauth/token) and the
 * dashboard's past-meeting participants (GET /v2/metrics/meetings/{id}/participants), with the
 * documented fields, paged by next_page_token, and a 429 with Retry-After when asked to.
 */
final class ZoomStub implements AutoCloseable {
  static final String TOKEN = "stub-access-token-1";

  /** One request as Zoom saw it; header names in lower case. */
  record Request(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> limited = new ConcurrentHashMap<>();

  private ZoomStub(HttpServer server) {
    this.server = server;
  }

  static ZoomStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
      ZoomStub stub = new ZoomStub(server);
      server.createContext("/", stub::handle);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The participant pages of one meeting (its id or UUID, as it appears in the path). */
  void participants(String meeting, List<String> pagesOfRecords) {
    pages.put(meeting, List.copyOf(pagesOfRecords));
  }

  /** The next calls for this meeting's participants answer 429 with Retry-After: 1. */
  void rateLimitNext(String meeting, int times) {
    limited.put(meeting, new AtomicInteger(times));
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
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              query == null ? path : path + "?" + query,
              headers,
              body));
      if (path.equals("/oauth/token")) {
        answer(
            exchange,
            200,
            "{\"access_token\":\""
                + TOKEN
                + "\",\"token_type\":\"bearer\",\"expires_in\":3599,"
                + "\"scope\":\"dashboard_meetings:read:admin\",\"api_url\":\"https://api.zoom.us\"}");
        return;
      }
      String prefix = "/v2/metrics/meetings/";
      if (path.startsWith(prefix) && path.endsWith("/participants")) {
        if (!("Bearer " + TOKEN).equals(headers.get("authorization"))) {
          answer(exchange, 401, "{\"code\":124,\"message\":\"Invalid access token.\"}");
          return;
        }
        String meeting = path.substring(prefix.length(), path.length() - "/participants".length());
        AtomicInteger limit = limited.get(meeting);
        if (limit != null && limit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          answer(
              exchange,
              429,
              "{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit.\"}");
          return;
        }
        List<String> records = pages.getOrDefault(meeting, List.of());
        int page =
            query != null && query.contains("next_page_token=page")
                ? Integer.parseInt(query.replaceAll(".*next_page_token=page(\\d+).*", "$1"))
                : 0;
        String next = page + 1 < records.size() ? "page" + (page + 1) : "";
        answer(
            exchange,
            200,
            "{\"page_count\":"
                + records.size()
                + ",\"page_size\":300,\"total_records\":"
                + records.size()
                + ",\"next_page_token\":\""
                + next
                + "\",\"participants\":["
                + (records.isEmpty() ? "" : records.get(page))
                + "]}");
        return;
      }
      answer(exchange, 404, "{\"code\":404,\"message\":\"Not found\"}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    Exchanges.answer(exchange, status, "application/json;charset=UTF-8", json);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
