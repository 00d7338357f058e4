package telltale.meetings.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import telltale.meetings.control.PlatformApi.RateLimited;
import telltale.meetings.control.PlatformApi.Unavailable;

/**
 * What every video platform's client does the same way: one HTTP client (no redirects, short
 * timeouts), OAuth access tokens kept until five minutes before they expire, a bearer GET that
 * renews a refused token once, the platform's requests to wait ({@link RateLimited}) and its
 * failures ({@link Unavailable}), and the reading of its JSON answers. Each platform says only how
 * its token is asked for and what its answers mean.
 */
final class PlatformHttp {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MARGIN = Duration.ofMinutes(5);

  private final String vendor;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  private record Token(String value, Instant until) {}

  /**
   * @param vendor the platform's name in failure messages ("Zoom", "Graph", "Google")
   */
  PlatformHttp(String vendor) {
    this.vendor = vendor;
  }

  /**
   * The access token kept under {@code key}, else a new one from the token endpoint: {@code
   * request} builds the token request for the current time; {@code refused} sees a non-200 answer
   * first (to log what the operator must fix) before it becomes {@link Unavailable}.
   */
  String token(
      String key, Function<Instant, HttpRequest> request, Consumer<HttpResponse<String>> refused) {
    Instant now = clock.instant();
    Token kept = tokens.get(key);
    if (kept != null && kept.until().isAfter(now)) {
      return kept.value();
    }
    HttpResponse<String> response = send(request.apply(now));
    limited(response);
    if (response.statusCode() != 200) {
      refused.accept(response);
      throw new Unavailable("token endpoint answered HTTP " + response.statusCode());
    }
    JsonObject answer = object(response.body());
    String value = text(answer, "access_token");
    if (value == null) {
      throw new Unavailable("token endpoint gave no access_token");
    }
    long seconds = answer.get("expires_in") instanceof JsonNumber n ? n.longValue() : 3600;
    Instant until = now.plusSeconds(seconds).minus(MARGIN);
    tokens.put(key, new Token(value, until.isAfter(now) ? until : now));
    return value;
  }

  /** Forgets the token kept under {@code key}, so the next call asks for a new one. */
  void forget(String key) {
    tokens.remove(key);
  }

  /**
   * GETs a JSON object with the bearer token {@code token} gives for {@code key}; a 401 renews the
   * token once. {@code refused} sees any other non-200 answer (after the requests to wait) before
   * it becomes {@link Unavailable} naming {@code what}.
   */
  JsonObject get(
      String address,
      String key,
      Function<String, String> token,
      String what,
      Consumer<HttpResponse<String>> refused) {
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(address))
              .timeout(TIMEOUT)
              .header("Authorization", "Bearer " + token.apply(key))
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> response = send(request);
      int status = response.statusCode();
      if (status == 200) {
        return object(response.body());
      }
      limited(response);
      if (status == 401 && attempt == 0) {
        forget(key);
        continue;
      }
      refused.accept(response);
      throw new Unavailable(what + " answered HTTP " + status);
    }
    throw new Unavailable(what + " refused the token");
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable(vendor + " unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  /** 429 (with or without Retry-After) and 503 with Retry-After ask to wait. */
  static void limited(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 429
        || status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
      throw RateLimited.after(response);
    }
  }

  /** The answer as a JSON object; anything else means the platform cannot be read now. */
  JsonObject object(String body) {
    return object(body, vendor);
  }

  /** The same, for a caller without a client at hand. */
  static JsonObject object(String body, String vendor) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Unavailable(vendor + "'s answer is not a JSON object");
    }
  }

  /** A string member, stripped; null when absent, not a string or blank. */
  static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? s.getString().strip()
        : null;
  }

  /** An RFC 3339 time ("2026-11-30T15:00:00Z", with or without fractions or an offset). */
  static Instant instant(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Form and query encoding. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A form POST to a token endpoint. */
  static HttpRequest.Builder form(String address, String body) {
    return HttpRequest.newBuilder(URI.create(address))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }
}
