package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.api.ClientCredentials;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;

/**
 * Greenhouse Harvest v3 (https://harvestdocs.greenhouse.io): JSON over HTTPS with a bearer token
 * from the connection's client credentials (the acting user is the token's subject, there is no
 * On-Behalf-Of any more). A refused token is renewed once; the answers become {@link
 * VendorFailure}s as every vendor's do, with the Greenhouse setting to fix in the message.
 */
@ApplicationScoped
class GreenhouseHarvestV3 {
  /** Pages of candidate tags read at most while looking for one by name (500 a page). */
  static final int TAG_PAGES = 10;

  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  @Inject ClientCredentials credentials;
  @Inject WriteBackConfig config;

  private volatile HttpClient http;

  /** POSTs a JSON object and returns the JSON answer (an empty object when there is none). */
  JsonObject post(Connection connection, String what, String path, JsonObject body) {
    HttpResponse<String> answer =
        send(
            connection,
            what,
            URI.create(connection.base() + "/" + path),
            HttpRequest.BodyPublishers.ofString(body.toString()));
    return object(answer.body(), what);
  }

  /**
   * The id of the item named {@code name} (case-insensitive) in a list, following the Link header's
   * {@code rel="next"} cursor on the API's own host only.
   */
  Optional<String> find(Connection connection, String what, String path, String name) {
    URI next = URI.create(connection.base() + "/" + path + "?per_page=500");
    for (int page = 0; next != null && page < TAG_PAGES; page++) {
      HttpResponse<String> answer = send(connection, what, next, null);
      if (array(answer.body(), what) instanceof JsonArray items) {
        for (JsonValue item : items) {
          if (item instanceof JsonObject tag
              && tag.get("name") instanceof JsonString tagName
              && tagName.getString().strip().equalsIgnoreCase(name.strip())) {
            return Optional.of(id(tag, what));
          }
        }
      }
      next = nextPage(answer, connection.url()).orElse(null);
    }
    return Optional.empty();
  }

  /** The answer's {@code id}, as text; a permanent failure when there is none. */
  static String id(JsonObject answer, String what) {
    JsonValue id = answer.get("id");
    if (id == null || id.getValueType() == JsonValue.ValueType.NULL) {
      throw new VendorFailure.Permanent(what + ": no id in the answer");
    }
    return id instanceof JsonString s ? s.getString() : id.toString();
  }

  /** Greenhouse ids are numbers; anything else is sent as given. */
  static JsonValue number(String id) {
    if (!id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit)) {
      return Json.createValue(Long.parseLong(id));
    }
    return Json.createValue(id);
  }

  /** A next-page link on the API's own host (the token is never sent elsewhere). */
  static Optional<URI> nextPage(HttpResponse<?> answer, URI base) {
    return answer
        .headers()
        .firstValue("Link")
        .map(NEXT_LINK::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .flatMap(
            link -> {
              try {
                URI uri = URI.create(link);
                return base.getScheme().equalsIgnoreCase(uri.getScheme())
                        && base.getAuthority().equalsIgnoreCase(uri.getAuthority())
                    ? Optional.of(uri)
                    : Optional.empty();
              } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
              }
            });
  }

  private HttpResponse<String> send(
      Connection connection, String what, URI uri, HttpRequest.BodyPublisher body) {
    for (int attempt = 0; ; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(config.readTimeout())
              .header("Authorization", "Bearer " + token(connection, what))
              .header("Accept", "application/json");
      if (body == null) {
        request.GET();
      } else {
        request.header("Content-Type", "application/json").POST(body);
      }
      HttpResponse<String> answer = exchange(request.build(), what);
      int status = answer.statusCode();
      if (status == 401 && attempt == 0) {
        // an expired or revoked token: ask for a new one once
        credentials.forget(connection.oauth());
        continue;
      }
      check(connection, what, status, answer.headers().firstValue("Retry-After").orElse(null));
      return answer;
    }
  }

  private String token(Connection connection, String what) {
    try {
      return credentials.token(connection.oauth());
    } catch (ClientCredentials.Refused refused) {
      String message = "greenhouse token for " + what + ": " + refused.getMessage();
      if (refused.permanent()) {
        throw new VendorFailure.Permanent(
            message
                + " (Greenhouse refused the Harvest v3 client id and secret of "
                + connection
                + ": check "
                + key(connection, "client-id")
                + " and .client-secret)");
      }
      check(connection, message, refused.status(), refused.retryAfter());
      throw new VendorFailure.Transient(message);
    }
  }

  /** 2xx passes; 429 waits; 401 and 403 name the missing scope; 408 and 5xx are transient. */
  private void check(Connection connection, String what, int status, String retryAfter) {
    if (status >= 200 && status < 300) {
      return;
    }
    String message = what + ": HTTP " + status;
    if (status == 429) {
      throw new VendorFailure.RateLimited(
          message, VendorCalls.retryAfter(retryAfter, Clock.systemUTC()));
    }
    if (status == 408 || status >= 500 || status == 0) {
      throw new VendorFailure.Transient(message);
    }
    if (status == 401 || status == 403) {
      throw new VendorFailure.Permanent(
          message
              + " (the Harvest v3 credentials of "
              + connection
              + " lack the scope for "
              + what.replace("greenhouse ", "")
              + ": add it under Dev Center, API Credentials, Manage Scopes)");
    }
    throw new VendorFailure.Permanent(message);
  }

  private HttpResponse<String> exchange(HttpRequest request, String what) {
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new VendorFailure.Transient(what + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VendorFailure.Transient(what + ": interrupted");
    }
  }

  private HttpClient client() {
    HttpClient client = http;
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(config.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      http = client;
    }
    return client;
  }

  private static JsonObject object(String body, String what) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonValue value = parse(body, what);
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new VendorFailure.Transient(what + ": unreadable answer");
  }

  private static JsonValue array(String body, String what) {
    return body == null || body.isBlank() ? JsonValue.EMPTY_JSON_ARRAY : parse(body, what);
  }

  private static JsonValue parse(String body, String what) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (RuntimeException e) {
      throw new VendorFailure.Transient(what + ": unreadable answer");
    }
  }

  private static String key(Connection connection, String name) {
    return connection.ats().setting("writeback", connection.name(), name).toLowerCase(Locale.ROOT);
  }
}
