package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import telltale.meetings.control.PlatformApi.RateLimited;
import telltale.meetings.control.PlatformApi.Unavailable;

/**
 * Microsoft Graph calls with the app's client-credentials token (scope
 * https://graph.microsoft.com/.default), one token shared by every Teams caller and kept until five
 * minutes before it expires. A 401 from Graph drops the token and the call is made once more with a
 * new one; the answer is handed back as it came, for the caller to judge.
 */
@ApplicationScoped
public class GraphClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AtomicReference<Token> token = new AtomicReference<>();
  Clock clock = Clock.systemUTC();

  private record Token(String clientId, String value, Instant until) {}

  /** The token endpoint refused the app's credentials (400 or 401): wrong id, secret or tenant. */
  public static final class CredentialsRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CredentialsRefused(int status) {
      super("token endpoint answered HTTP " + status, null, false, false);
    }
  }

  /**
   * One call: {@code method} on {@code address} with a JSON body (null for none); a 401 is answered
   * by a fresh token and one more try.
   *
   * @throws RateLimited when the token endpoint asks to wait
   * @throws CredentialsRefused when the token endpoint refuses the credentials
   * @throws Unavailable when Graph or the token endpoint cannot be reached
   */
  public HttpResponse<String> call(
      TeamsConfig.Access access, String method, String address, String json) {
    HttpResponse<String> response = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(address))
              .timeout(TIMEOUT)
              .header("Authorization", "Bearer " + token(access))
              .header("Accept", "application/json");
      if (json == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      }
      response = send(request.build());
      if (response.statusCode() != 401) {
        return response;
      }
      token.set(null);
    }
    return response;
  }

  private String token(TeamsConfig.Access access) {
    Instant now = clock.instant();
    Token kept = token.get();
    if (kept != null && kept.clientId().equals(access.clientId()) && kept.until().isAfter(now)) {
      return kept.value();
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(access.tokenUrl()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "client_id="
                        + encode(access.clientId())
                        + "&scope="
                        + encode("https://graph.microsoft.com/.default")
                        + "&client_secret="
                        + encode(access.clientSecret())
                        + "&grant_type=client_credentials"))
            .build();
    HttpResponse<String> response = send(request);
    int status = response.statusCode();
    if (status == 429) {
      throw RateLimited.after(response);
    }
    if (status == 400 || status == 401) {
      throw new CredentialsRefused(status);
    }
    if (status != 200) {
      throw new Unavailable("token endpoint answered HTTP " + status);
    }
    JsonObject answer = TeamsApi.object(response.body());
    String value = TeamsApi.text(answer, "access_token");
    if (value == null || value.isEmpty()) {
      throw new Unavailable("token endpoint gave no access_token");
    }
    long seconds = answer.get("expires_in") instanceof JsonNumber n ? n.longValue() : 3599;
    token.set(new Token(access.clientId(), value, now.plusSeconds(Math.max(0, seconds - 300))));
    return value;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable("Graph unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
