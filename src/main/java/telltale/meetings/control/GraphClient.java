package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  private final PlatformHttp http = new PlatformHttp("Graph");

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
              .timeout(PlatformHttp.TIMEOUT)
              .header("Authorization", "Bearer " + token(access))
              .header("Accept", "application/json");
      if (json == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      }
      response = http.send(request.build());
      if (response.statusCode() != 401) {
        return response;
      }
      http.forget(access.clientId());
    }
    return response;
  }

  private String token(TeamsConfig.Access access) {
    return http.token(
        access.clientId(),
        now ->
            PlatformHttp.form(
                    access.tokenUrl(),
                    "client_id="
                        + PlatformHttp.encode(access.clientId())
                        + "&scope="
                        + PlatformHttp.encode("https://graph.microsoft.com/.default")
                        + "&client_secret="
                        + PlatformHttp.encode(access.clientSecret())
                        + "&grant_type=client_credentials")
                .build(),
        response -> {
          if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new CredentialsRefused(response.statusCode());
          }
        });
  }
}
