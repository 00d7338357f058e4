package telltale.it;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import telltale.testing.Exchanges;

/**
 * Google as Telltale sees it for Meet: the OAuth token endpoint (POST /token, grant_type
 * jwt-bearer, the assertion's RS256 signature verified with the service account's public key and
 * its iss, sub, scope and aud checked, else 400 invalid_grant as Google answers), and the Reports
 * API's Meet activities (GET /admin/reports/v1/activity/users/all/applications/meet), filtered by
 * meeting_code, paged by nextPageToken, with a 429 and Retry-After when asked to.
 */
final class MeetStub implements AutoCloseable {
  static final String TOKEN = "ya29.stub-access-token";
  static final String SCOPE = "https://www.googleapis.com/auth/admin.reports.audit.readonly";
  static final String ACTIVITIES = "/admin/reports/v1/activity/users/all/applications/meet";

  record Request(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final RSAPublicKey key;
  private final String serviceAccount;
  private final String admin;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<JWTClaimsSet> assertions = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> limited = new ConcurrentHashMap<>();

  private MeetStub(HttpServer server, RSAPublicKey key, String serviceAccount, String admin) {
    this.server = server;
    this.key = key;
    this.serviceAccount = serviceAccount;
    this.admin = admin;
  }

  static MeetStub start(RSAPublicKey key, String serviceAccount, String admin) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
      MeetStub stub = new MeetStub(server, key, serviceAccount, admin);
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

  /** The activity pages (each a comma-separated list of activities) of one logged meeting code. */
  void activities(String loggedCode, List<String> pagesOfActivities) {
    pages.put(loggedCode, List.copyOf(pagesOfActivities));
  }

  void rateLimitNext(String loggedCode, int times) {
    limited.put(loggedCode, new AtomicInteger(times));
  }

  List<Request> to(String pathContains) {
    return requests.stream().filter(r -> r.path().contains(pathContains)).toList();
  }

  List<JWTClaimsSet> assertions() {
    return assertions;
  }

  private static Map<String, String> form(String text) {
    Map<String, String> values = new HashMap<>();
    if (text == null) {
      return values;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
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
      if (path.equals("/token")) {
        Map<String, String> form = form(body);
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
            || !valid(form.get("assertion"))) {
          answer(
              exchange,
              400,
              "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
          return;
        }
        answer(
            exchange,
            200,
            "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
        return;
      }
      if (path.equals(ACTIVITIES)) {
        if (!("Bearer " + TOKEN).equals(headers.get("authorization"))) {
          answer(
              exchange,
              401,
              "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication"
                  + " credentials.\",\"status\":\"UNAUTHENTICATED\"}}");
          return;
        }
        Map<String, String> q = form(query);
        String filter = q.getOrDefault("filters", "");
        String code =
            filter.startsWith("meeting_code==") ? filter.substring("meeting_code==".length()) : "";
        AtomicInteger limit = limited.get(code);
        if (limit != null && limit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          answer(
              exchange,
              429,
              "{\"error\":{\"code\":429,\"message\":\"Quota exceeded.\","
                  + "\"status\":\"RESOURCE_EXHAUSTED\"}}");
          return;
        }
        List<String> found =
            "call_ended".equals(q.get("eventName"))
                ? pages.getOrDefault(code, List.of())
                : List.of();
        int page =
            q.getOrDefault("pageToken", "").startsWith("A:page")
                ? Integer.parseInt(q.get("pageToken").substring("A:page".length()))
                : 0;
        String next =
            page + 1 < found.size() ? ",\"nextPageToken\":\"A:page" + (page + 1) + "\"" : "";
        // an empty answer has no items at all, as Google sends it
        String items = found.isEmpty() ? "" : ",\"items\":[" + found.get(page) + "]";
        answer(
            exchange,
            200,
            "{\"kind\":\"admin#reports#activities\",\"etag\":\"\\\"stub\\\"\""
                + next
                + items
                + "}");
        return;
      }
      answer(exchange, 404, "{\"error\":{\"code\":404,\"message\":\"Not Found\"}}");
    }
  }

  private boolean valid(String assertion) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      if (!jwt.verify(new RSASSAVerifier(key))) {
        return false;
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      boolean ok =
          serviceAccount.equals(claims.getIssuer())
              && admin.equals(claims.getSubject())
              && SCOPE.equals(claims.getStringClaim("scope"))
              && claims.getAudience().equals(List.of(url("/token")))
              && claims.getExpirationTime().after(new Date())
              && "RS256".equals(jwt.getHeader().getAlgorithm().getName());
      if (ok) {
        assertions.add(claims);
      }
      return ok;
    } catch (Exception e) {
      return false;
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    Exchanges.answer(exchange, status, "application/json; charset=UTF-8", json);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
