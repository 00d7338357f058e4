package telltale.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.testing.Exchanges;

/**
 * The GitHub REST API on loopback, as documented: GET /users/{u}, /users/{u}/repos and
 * /repos/{o}/{r}/commits with per_page/page and a Link header, strong ETags answered with 304 on a
 * matching If-None-Match, X-RateLimit-* on every answer. It can be told to refuse the next requests
 * for the rate limit (403 or 429 with X-RateLimit-Remaining: 0 and a reset) or to stall.
 */
public final class GitHubStub implements AutoCloseable {
  /** A repository with its commit dates, newest first (as GitHub lists them). */
  public record Repo(String name, boolean fork, List<String> commitDates) {}

  /** An account with its creation time and repositories. */
  public record Account(String createdAt, List<Repo> repos) {}

  /** One request as GitHub saw it, with the status it got; header names in lower case. */
  public record Seen(String path, Map<String, String> headers, int status) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private record Trouble(String pathContains, int status, long resetInSeconds, Duration stall) {}

  private static final Pattern USER = Pattern.compile("/users/([^/]+)");
  private static final Pattern REPOS = Pattern.compile("/users/([^/]+)/repos");
  private static final Pattern COMMITS = Pattern.compile("/repos/([^/]+)/([^/]+)/commits");
  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

  private final HttpServer server;
  private final String prefix;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Trouble> troubles = new ConcurrentLinkedQueue<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private GitHubStub(HttpServer server, String prefix) {
    this.server = server;
    this.prefix = prefix;
  }

  /** Starts the stub; prefix is "" for api.github.com, "/api/v3" for an Enterprise Server. */
  public static GitHubStub start(String prefix) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      GitHubStub stub = new GitHubStub(server, prefix);
      server.createContext("/", stub::handle);
      server.setExecutor(
          Executors.newFixedThreadPool(
              8,
              task -> {
                Thread thread = new Thread(task, "github-stub");
                thread.setDaemon(true);
                return thread;
              }));
      server.start();
      return stub;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The API base URL (telltale.footprint.github.url). */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  public void account(String login, Account account) {
    accounts.put(login.toLowerCase(Locale.ROOT), account);
  }

  /** The next request whose path contains the text is refused for the rate limit. */
  public void rateLimitNext(String pathContains, int status, long resetInSeconds) {
    troubles.add(new Trouble(pathContains, status, resetInSeconds, null));
  }

  /** The next request whose path contains the text waits this long before it is answered. */
  public void stallNext(String pathContains, Duration stall) {
    troubles.add(new Trouble(pathContains, 200, 0, stall));
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  public List<Seen> to(String pathContains) {
    return seen.stream().filter(s -> s.path().contains(pathContains)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new java.util.TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String full = query == null ? path : path + "?" + query;
      long reset = Instant.now().plusSeconds(3600).getEpochSecond();
      exchange.getResponseHeaders().add("X-RateLimit-Limit", "60");
      exchange.getResponseHeaders().add("X-RateLimit-Used", "1");
      exchange.getResponseHeaders().add("X-RateLimit-Resource", "core");
      Trouble trouble = take(full);
      if (trouble != null && trouble.stall() != null) {
        sleep(trouble.stall());
      } else if (trouble != null) {
        exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
        exchange
            .getResponseHeaders()
            .add(
                "X-RateLimit-Reset",
                String.valueOf(
                    Instant.now().plusSeconds(trouble.resetInSeconds()).getEpochSecond()));
        answer(
            exchange,
            full,
            headers,
            trouble.status(),
            "{\"message\":\"API rate limit exceeded for 127.0.0.1. (But here's the good news:"
                + " Authenticated requests get a higher rate limit.)\",\"documentation_url\":"
                + "\"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"}");
        return;
      }
      exchange.getResponseHeaders().add("X-RateLimit-Remaining", "58");
      exchange.getResponseHeaders().add("X-RateLimit-Reset", String.valueOf(reset));
      String local = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
      String body = body(local, query == null ? "" : query, exchange);
      if (body == null) {
        answer(
            exchange,
            full,
            headers,
            404,
            "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        return;
      }
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      exchange.getResponseHeaders().add("ETag", etag);
      if (etag.equals(headers.get("if-none-match"))) {
        seen.add(new Seen(full, headers, 304));
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      answer(exchange, full, headers, 200, body);
    }
  }

  /** GitHub's documented JSON (a subset of its fields, including some Telltale must not keep). */
  private String body(String path, String query, HttpExchange exchange) {
    Matcher repos = REPOS.matcher(path);
    if (repos.matches()) {
      Account account = accounts.get(repos.group(1).toLowerCase(Locale.ROOT));
      if (account == null) {
        return null;
      }
      List<String> items = new ArrayList<>();
      int id = 1000;
      for (Repo repo : account.repos()) {
        String login = repos.group(1);
        items.add(
            "{\"id\":"
                + id++
                + ",\"name\":\""
                + repo.name()
                + "\",\"full_name\":\""
                + login
                + "/"
                + repo.name()
                + "\",\"private\":false,\"owner\":{\"login\":\""
                + login
                + "\",\"type\":\"User\"},\"fork\":"
                + repo.fork()
                + ",\"created_at\":\"2024-03-02T10:00:00Z\",\"pushed_at\":\"2024-03-03T10:00:00Z\""
                + ",\"stargazers_count\":0,\"language\":\"Java\"}");
      }
      return "[" + String.join(",", items) + "]";
    }
    Matcher user = USER.matcher(path);
    if (user.matches()) {
      Account account = accounts.get(user.group(1).toLowerCase(Locale.ROOT));
      return account == null
          ? null
          : "{\"login\":\""
              + user.group(1)
              + "\",\"id\":583231,\"type\":\"User\",\"site_admin\":false,\"name\":\"Dana Kim\","
              + "\"company\":null,\"blog\":\"\",\"location\":\"Springfield\",\"email\":null,"
              + "\"hireable\":true,\"bio\":null,\"public_repos\":"
              + account.repos().size()
              + ",\"public_gists\":0,\"followers\":3,\"following\":1,\"created_at\":\""
              + account.createdAt()
              + "\",\"updated_at\":\"2024-06-01T10:00:00Z\"}";
    }
    Matcher commits = COMMITS.matcher(path);
    if (commits.matches()) {
      Account account = accounts.get(commits.group(1).toLowerCase(Locale.ROOT));
      Repo repo =
          account == null
              ? null
              : account.repos().stream()
                  .filter(r -> r.name().equals(commits.group(2)))
                  .findFirst()
                  .orElse(null);
      if (repo == null) {
        return null;
      }
      List<String> dates = repo.commitDates();
      Matcher page = PAGE.matcher(query);
      int n = page.find() ? Integer.parseInt(page.group(1)) : 1;
      if (dates.size() > 1) {
        String base = url() + path + "?per_page=1&page=";
        String link =
            (n < dates.size() ? "<" + base + (n + 1) + ">; rel=\"next\", " : "")
                + "<"
                + base
                + dates.size()
                + ">; rel=\"last\"";
        exchange.getResponseHeaders().add("Link", link);
      }
      if (n > dates.size()) {
        return "[]";
      }
      String date = dates.get(n - 1);
      return "[{\"sha\":\"6dcb09b5b57875f334f61aebed695e2e4193db5"
          + n
          + "\",\"commit\":{\"author\":{\"name\":\"Dana Kim\",\"email\":\"dana@example.com\","
          + "\"date\":\""
          + date
          + "\"},\"committer\":{\"name\":\"Dana Kim\",\"email\":\"dana@example.com\",\"date\":\""
          + date
          + "\"},\"message\":\"Initial commit\",\"comment_count\":0},\"author\":{\"login\":\""
          + commits.group(1)
          + "\"},\"parents\":[]}]";
    }
    return null;
  }

  private void answer(
      HttpExchange exchange, String full, Map<String, String> headers, int status, String body)
      throws IOException {
    seen.add(new Seen(full, headers, status));
    Exchanges.answer(exchange, status, "application/json; charset=utf-8", body);
  }

  private synchronized Trouble take(String path) {
    for (Trouble trouble : troubles) {
      if (path.contains(trouble.pathContains())) {
        troubles.remove(trouble);
        return trouble;
      }
    }
    return null;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
