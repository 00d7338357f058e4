package telltale.footprint.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.profile.Footprint;
import telltale.profile.PlausibleDate;

/**
 * Reads what github_fabricated_history needs from the GitHub REST API: the account's creation date
 * and the earliest commit date among its first own (non-fork) repositories, each repository's
 * oldest commit found through the last page of its commit list. Nothing else of the answers is
 * kept. Answers are cached with their ETag and asked again with If-None-Match (a 304 reuses the
 * cached value and, with a token, costs no rate limit). When X-RateLimit-Remaining reaches 0, or
 * GitHub answers 403/429 for its rate limit, every read pauses until X-RateLimit-Reset (or
 * Retry-After) and fails fast with {@link RateLimited} meanwhile.
 */
public class GitHubClient {
  static final int CACHE_ENTRIES = 2000;
  static final Duration SECONDARY_LIMIT_PAUSE = Duration.ofMinutes(1);
  private static final Pattern LAST_PAGE =
      Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>\\s*;\\s*rel=\"last\"");
  private static final Pattern FULL_NAME = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  /** GitHub's rate limit is used up until the given time. */
  public static final class RateLimited extends RuntimeException {
    private final Instant until;

    RateLimited(Instant until) {
      super("rate limit used up until " + until, null, false, false);
      this.until = until;
    }

    public Instant until() {
      return until;
    }
  }

  /** GitHub did not answer in time or answered with a server error; worth trying again. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String why) {
      super(why, null, false, false);
    }
  }

  /** The account does not exist (or is not visible); trying again will not help. */
  public static final class NotFound extends RuntimeException {
    NotFound() {
      super("no such account", null, false, false);
    }
  }

  private record Cached(String etag, Object value) {}

  /** One page of a commit list: the number of its last page (absent on a single page), a date. */
  private record Page(int lastPage, Optional<LocalDate> date) {}

  private final URI base;
  private final Optional<String> token;
  private final Duration readTimeout;
  private final int maxRepos;
  private final Clock clock;
  private final HttpClient http;
  private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.EPOCH);
  private final Map<String, Cached> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
              return size() > CACHE_ENTRIES;
            }
          });

  public GitHubClient(
      URI base,
      Optional<String> token,
      Duration connectTimeout,
      Duration readTimeout,
      int maxRepos,
      Clock clock) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.token = token;
    this.readTimeout = readTimeout;
    this.maxRepos = maxRepos;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Until when reads are paused for the rate limit (a past instant when they are not). */
  public Instant pausedUntil() {
    return pausedUntil.get();
  }

  /** The account's creation date and its earliest commit date (absent without public commits). */
  public Footprint.GitHub read(String login) {
    String user = URLEncoder.encode(login, StandardCharsets.UTF_8);
    LocalDate created =
        get(
                "users/" + user,
                answer ->
                    date(answer.asJsonObject().getString("created_at", ""))
                        .orElseThrow(() -> new Unavailable("an account without created_at")))
            .orElseThrow(NotFound::new);
    List<String> repos =
        get(
                "users/" + user + "/repos?type=owner&sort=created&direction=asc&per_page=100",
                this::own)
            .orElse(List.of());
    LocalDate earliest = null;
    for (String repo : repos) {
      Optional<LocalDate> first = firstCommit(repo);
      if (first.isPresent() && (earliest == null || first.get().isBefore(earliest))) {
        earliest = first.get();
      }
    }
    return new Footprint.GitHub(created, earliest);
  }

  /** The first few own repositories' full names, forks left out (their history is someone's). */
  private List<String> own(JsonValue answer) {
    List<String> names = new ArrayList<>();
    for (JsonValue value : answer.asJsonArray()) {
      if (names.size() >= maxRepos) {
        break;
      }
      if (value instanceof JsonObject repo
          && !repo.getBoolean("fork", false)
          && FULL_NAME.matcher(repo.getString("full_name", "")).matches()) {
        names.add(repo.getString("full_name"));
      }
    }
    return names;
  }

  /** The oldest commit's date: the single commit on the last page of one-commit pages. */
  private Optional<LocalDate> firstCommit(String repo) {
    String commits = "repos/" + repo + "/commits?per_page=1";
    Optional<Page> first = get(commits, (answer, link) -> page(answer, link));
    if (first.isEmpty() || first.get().lastPage() <= 1) {
      return first.flatMap(Page::date);
    }
    return get(commits + "&page=" + first.get().lastPage(), (answer, link) -> page(answer, link))
        .flatMap(Page::date);
  }

  private static Page page(JsonValue answer, String link) {
    Matcher last = LAST_PAGE.matcher(link);
    int lastPage = last.find() ? Integer.parseInt(last.group(1)) : 1;
    JsonArray commits = answer.asJsonArray();
    if (commits.isEmpty() || !(commits.get(0) instanceof JsonObject item)) {
      return new Page(lastPage, Optional.empty());
    }
    JsonObject commit = item.getJsonObject("commit");
    if (commit == null) {
      return new Page(lastPage, Optional.empty());
    }
    Optional<LocalDate> author = signature(commit, "author");
    Optional<LocalDate> committer = signature(commit, "committer");
    Optional<LocalDate> earlier =
        author.isPresent() && committer.isPresent()
            ? Optional.of(author.get().isBefore(committer.get()) ? author.get() : committer.get())
            : author.or(() -> committer);
    return new Page(lastPage, earlier);
  }

  private static Optional<LocalDate> signature(JsonObject commit, String who) {
    JsonObject signed = commit.getJsonObject(who);
    return signed == null ? Optional.empty() : date(signed.getString("date", ""));
  }

  /** A GitHub timestamp as a UTC date; absent when unreadable or outside 1900 to 2100. */
  static Optional<LocalDate> date(String timestamp) {
    try {
      LocalDate date =
          OffsetDateTime.parse(timestamp).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      return PlausibleDate.Years.plausible(date.getYear()) ? Optional.of(date) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private <T> Optional<T> get(String path, Function<JsonValue, T> read) {
    return get(path, (answer, link) -> read.apply(answer));
  }

  /**
   * One GET: the value read from a 200 (cached with its ETag), the cached value on a 304, empty on
   * 404, 409 (an empty repository) and 451 (blocked).
   */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> get(
      String path, java.util.function.BiFunction<JsonValue, String, T> read) {
    Instant now = clock.instant();
    if (pausedUntil.get().isAfter(now)) {
      throw new RateLimited(pausedUntil.get());
    }
    URI uri = base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(readTimeout)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", "telltale");
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    Cached cached = cache.get(uri.toString());
    if (cached != null) {
      request.header("If-None-Match", cached.etag());
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unavailable("GitHub did not answer in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
    int status = response.statusCode();
    if (status == 403 || status == 429) {
      throw new RateLimited(pause(response, true));
    }
    pause(response, false);
    if (status == 304 && cached != null) {
      return Optional.of((T) cached.value());
    }
    if (status == 404 || status == 409 || status == 451) {
      return Optional.empty();
    }
    if (status != 200) {
      throw new Unavailable("GitHub answered HTTP " + status);
    }
    T value = read.apply(parse(response.body()), response.headers().firstValue("Link").orElse(""));
    response
        .headers()
        .firstValue("ETag")
        .ifPresent(etag -> cache.put(uri.toString(), new Cached(etag, value)));
    return Optional.of(value);
  }

  /**
   * Pauses reads when the answer says the limit is used up: until X-RateLimit-Reset, or for
   * Retry-After; a refusal without either (a secondary limit) pauses a minute.
   */
  private Instant pause(HttpResponse<String> response, boolean refused) {
    Instant now = clock.instant();
    Optional<Long> retryAfter = number(response, "Retry-After");
    Optional<Long> remaining = number(response, "X-RateLimit-Remaining");
    Optional<Long> reset = number(response, "X-RateLimit-Reset");
    Instant until = null;
    if (retryAfter.isPresent()) {
      until = now.plusSeconds(retryAfter.get());
    } else if (remaining.filter(r -> r == 0).isPresent() && reset.isPresent()) {
      until = Instant.ofEpochSecond(reset.get());
    } else if (refused) {
      until = now.plus(SECONDARY_LIMIT_PAUSE);
    }
    if (until == null) {
      return now;
    }
    Instant later = until;
    return pausedUntil.updateAndGet(p -> p.isAfter(later) ? p : later);
  }

  private static Optional<Long> number(HttpResponse<String> response, String header) {
    try {
      return response.headers().firstValue(header).map(String::strip).map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static JsonValue parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new Unavailable("GitHub answered something other than JSON");
    }
  }
}
