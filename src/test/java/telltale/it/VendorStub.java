package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A vendor API on loopback that answers with canned JSON and records every request it got. */
public final class VendorStub implements AutoCloseable {
  /** One request as the stub saw it. */
  public record Seen(String method, String path, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

  public VendorStub(Function<Seen, String> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> handle(exchange, answers));
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The next {@code times} requests to this path answer 500. */
  public void failNext(String path, int times) {
    failuresLeft.put(path, new AtomicInteger(times));
  }

  private void handle(HttpExchange exchange, Function<Seen, String> answers) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Seen request =
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    seen.add(request);
    AtomicInteger failures = failuresLeft.get(request.path());
    String answer =
        failures != null && failures.getAndDecrement() > 0 ? null : answers.apply(request);
    byte[] bytes =
        (answer == null ? "{\"error\":\"unavailable\"}" : answer).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer == null ? 500 : 200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
