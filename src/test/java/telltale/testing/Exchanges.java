package telltale.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers a request to a local HTTP stand-in with a status, a content type and a body. */
public final class Exchanges {
  private Exchanges() {}

  /** The text is sent as UTF-8; the content type says so where the real service does. */
  public static void answer(HttpExchange exchange, int status, String contentType, String text)
      throws IOException {
    answer(exchange, status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A null content type sends no Content-Type header; an empty body is sent as no body (-1), not as
   * an empty chunked one.
   */
  public static void answer(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
