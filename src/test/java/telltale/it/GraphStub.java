package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Microsoft Graph as Telltale sees it: the identity platform's token endpoint (POST
 * /{tenant}/oauth2/v2.0/token, client credentials) and GET
 * /v1.0/communications/callRecords/{id}?$expand=sessions($expand=segments), whose sessions continue
 * at sessions@odata.nextLink; 404 for a record not there yet, 429 with Retry-After when asked to.
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

  private GraphStub(HttpServer server) {
    this.server = server;
  }

  static GraphStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
      GraphStub stub = new GraphStub(server);
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

  /** A call record: its first page (with sessions@odata.nextLink) and the next page's sessions. */
  void callRecord(String id, String firstPage, String nextSessions) {
    records.put(id, firstPage);
    morePages.put(id, nextSessions);
  }

  void rateLimitNext(String id, int times) {
    limited.put(id, new AtomicInteger(times));
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

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json;odata.metadata=minimal");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
