package telltale.intake.fetch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import telltale.api.ClientCredentials;
import telltale.intake.adapters.AshbyAdapter;
import telltale.intake.adapters.LeverAdapter;
import telltale.intake.adapters.SmartRecruitersAdapter;
import telltale.json.JsonIntake;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Reads the full candidate behind a thin delivery from the vendor's API (MicroProfile Rest Client,
 * short timeouts; retries are the job queue's, durable and backed off).
 */
final class VendorApis {
  private static final long CONNECT_SECONDS = 3;
  private static final long READ_SECONDS = 10;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(CONNECT_SECONDS))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private VendorApis() {}

  @Produces(MediaType.APPLICATION_JSON)
  public interface Lever {
    @GET
    @Path("v1/opportunities/{id}")
    JsonObject opportunity(@PathParam("id") String id, @HeaderParam("Authorization") String auth);

    @GET
    @Path("v1/opportunities/{id}/resumes")
    JsonObject resumes(@PathParam("id") String id, @HeaderParam("Authorization") String auth);
  }

  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public interface Ashby {
    @POST
    @Path("candidate.info")
    JsonObject candidateInfo(JsonObject request, @HeaderParam("Authorization") String auth);

    @POST
    @Path("candidate.listClientInfo")
    JsonObject listClientInfo(JsonObject request, @HeaderParam("Authorization") String auth);

    @POST
    @Path("candidate.listFraudChecks")
    JsonObject listFraudChecks(JsonObject request, @HeaderParam("Authorization") String auth);

    @POST
    @Path("file.info")
    JsonObject fileInfo(JsonObject request, @HeaderParam("Authorization") String auth);
  }

  @Produces(MediaType.APPLICATION_JSON)
  public interface SmartRecruiters {
    @GET
    JsonObject resource(@HeaderParam("X-SmartToken") String token);
  }

  @Produces(MediaType.APPLICATION_JSON)
  public interface SmartRecruitersAttachments {
    @GET
    @Path("candidates/{id}/attachments")
    JsonObject attachments(@PathParam("id") String id, @HeaderParam("X-SmartToken") String token);
  }

  /**
   * What the API said: the candidate, and the handle of a resume file it names (Ashby's {@code
   * resumeFileHandle}), if any.
   */
  record Read(CandidateProfile profile, Optional<String> fileHandle) {}

  /**
   * Fetches and maps what a job names ("opportunity:&lt;id&gt;", "candidate:&lt;id or link&gt;",
   * "application:&lt;link&gt;").
   */
  static Read fetch(Ats ats, String target, FetchConfig.Access access) {
    String kind = target.substring(0, target.indexOf(':'));
    String value = target.substring(target.indexOf(':') + 1);
    return switch (ats) {
      case lever ->
          new Read(
              LeverAdapter.fromOpportunity(
                  client(access.url(), Lever.class).opportunity(value, basic(access.apiKey()))),
              Optional.empty());
      case ashby -> {
        JsonObject info =
            client(access.url(), Ashby.class)
                .candidateInfo(
                    Json.createObjectBuilder().add("id", value).build(), basic(access.apiKey()));
        yield new Read(AshbyAdapter.fromCandidateInfo(info), AshbyAdapter.resumeHandle(info));
      }
      case smartrecruiters -> {
        URI link = trusted(value, access.url());
        JsonObject resource =
            client(link.toString(), SmartRecruiters.class).resource(access.apiKey());
        yield new Read(SmartRecruitersAdapter.fromApplication(resource), Optional.empty());
      }
      default -> throw new IllegalArgumentException("no API fetch for " + ats + " " + kind);
    };
  }

  /**
   * Where an Ashby file downloads ({@code POST file.info {"fileHandle"}}, answered with {@code
   * results.url}, a link that needs no credentials; the API key is never sent to it).
   */
  static Optional<String> ashbyFileUrl(String handle, FetchConfig.Access access) {
    JsonObject answer =
        client(access.url(), Ashby.class)
            .fileInfo(
                Json.createObjectBuilder().add("fileHandle", handle).build(),
                basic(access.apiKey()));
    JsonObject results = answer.getJsonObject("results");
    String url = results == null ? "" : results.getString("url", "");
    return url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  /**
   * Where the newest resume of a Lever opportunity downloads ("opportunity:&lt;id&gt;"), if it has
   * one: always under the configured API address, never a link from the answer, so the API key that
   * goes with the download is only ever sent to the API.
   */
  static Optional<String> leverResume(String target, FetchConfig.Access access) {
    String id = target.substring(target.indexOf(':') + 1);
    JsonObject answer = client(access.url(), Lever.class).resumes(id, basic(access.apiKey()));
    JsonArray data = answer.getJsonArray("data");
    if (data == null || data.isEmpty() || !(data.get(0) instanceof JsonObject first)) {
      return Optional.empty();
    }
    String resume = first.getString("id", "");
    if (resume.isBlank()) {
      return Optional.empty();
    }
    String base = access.url().endsWith("/") ? access.url() : access.url() + "/";
    return Optional.of(
        base
            + "v1/opportunities/"
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "/resumes/"
            + URLEncoder.encode(resume, StandardCharsets.UTF_8)
            + "/download");
  }

  /**
   * Where a SmartRecruiters candidate's resume downloads ({@code GET candidates/{id}/attachments},
   * the attachment of type RESUME, else the first), if any: always under the configured API
   * address, so the token that goes with the download is only ever sent to the API.
   */
  static Optional<String> smartRecruitersResume(String candidateId, FetchConfig.Access access) {
    JsonObject answer =
        client(access.url(), SmartRecruitersAttachments.class)
            .attachments(candidateId, access.apiKey());
    JsonArray content = answer.getJsonArray("content");
    if (content == null) {
      return Optional.empty();
    }
    List<JsonObject> attachments =
        content.stream()
            .filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast)
            .filter(a -> !a.getString("id", "").isBlank())
            .toList();
    Optional<JsonObject> resume =
        attachments.stream()
            .filter(a -> "RESUME".equalsIgnoreCase(a.getString("type", "")))
            .findFirst()
            .or(() -> attachments.stream().findFirst());
    String base = access.url().endsWith("/") ? access.url() : access.url() + "/";
    return resume.map(
        a ->
            base
                + "candidates/"
                + URLEncoder.encode(candidateId, StandardCharsets.UTF_8)
                + "/attachments/"
                + URLEncoder.encode(a.getString("id"), StandardCharsets.UTF_8));
  }

  /** Pages of one application's scheduled interviews read at most (500 a page). */
  static final int INTERVIEW_PAGES = 10;

  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  /**
   * The scheduled interviews of a Greenhouse application: through Harvest v3 when the access has
   * client credentials ({@link #greenhouseInterviewsV3}), else through v1 with the key.
   */
  static List<ScheduledMeeting> greenhouseScheduledInterviews(
      String applicationId, FetchConfig.Access access, ClientCredentials tokens) {
    return access.oauth2()
        ? greenhouseInterviewsV3(applicationId, access, tokens)
        : greenhouseScheduledInterviews(applicationId, access);
  }

  /**
   * The scheduled interviews of a Greenhouse application ({@code GET
   * applications/{id}/scheduled_interviews}, Harvest v1, HTTP Basic with the key), following the
   * {@code Link} header's {@code rel="next"} on the configured API host only: of each, only its
   * {@code video_conferencing_url} and {@code start}, and only those not cancelled. A refusal (401,
   * 403, 404) is the caller's {@link Refused}; 429 and 5xx are thrown as {@link
   * WebApplicationException} for the job to retry.
   */
  static List<ScheduledMeeting> greenhouseScheduledInterviews(
      String applicationId, FetchConfig.Access access) {
    String base = access.url().endsWith("/") ? access.url() : access.url() + "/";
    URI first =
        URI.create(
            base
                + "applications/"
                + URLEncoder.encode(applicationId, StandardCharsets.UTF_8)
                + "/scheduled_interviews?per_page=500");
    return interviews(first, access, () -> basic(access.apiKey()), () -> {}, V1_PERMISSION);
  }

  /**
   * The interviews of a Greenhouse application through Harvest v3 ({@code GET
   * interviews?application_ids={id}}, a bearer token from the client credentials, the cursor of the
   * {@code Link} header's {@code rel="next"} followed on the configured API host only): of each,
   * only its {@code video_conferencing_url} and start, and only those not cancelled. A token
   * refused once is renewed; refused credentials or scope are the caller's {@link Refused}; 429 and
   * 5xx, from the token endpoint too, are thrown as {@link WebApplicationException} (with the
   * vendor's Retry-After) for the job to retry.
   */
  static List<ScheduledMeeting> greenhouseInterviewsV3(
      String applicationId, FetchConfig.Access access, ClientCredentials tokens) {
    String base = access.url().endsWith("/") ? access.url() : access.url() + "/";
    URI first =
        URI.create(
            base
                + "interviews?application_ids="
                + URLEncoder.encode(applicationId, StandardCharsets.UTF_8)
                + "&per_page=500");
    return interviews(
        first,
        access,
        () -> "Bearer " + token(tokens, access),
        () -> tokens.forget(access.oauth()),
        V3_SCOPE);
  }

  static final String V1_PERMISSION =
      "the Harvest key needs the Scheduled Interviews GET permission";
  static final String V3_SCOPE =
      "the Harvest v3 credentials need the scope to list interviews (Greenhouse: Dev Center, API"
          + " Credentials, Manage Scopes)";

  private static String token(ClientCredentials tokens, FetchConfig.Access access) {
    try {
      return tokens.token(access.oauth());
    } catch (ClientCredentials.Refused refused) {
      if (refused.permanent()) {
        throw new Refused(
            refused.status(),
            "Greenhouse refused the Harvest v3 client id and secret (telltale.fetch.greenhouse"
                + "[.<connection>].client-id and .client-secret)");
      }
      throw failed(refused.status() == 0 ? 503 : refused.status(), refused.retryAfter());
    }
  }

  private static List<ScheduledMeeting> interviews(
      URI first,
      FetchConfig.Access access,
      Supplier<String> authorization,
      Runnable renew,
      String fix) {
    URI next = first;
    List<ScheduledMeeting> found = new ArrayList<>();
    boolean renewed = false;
    for (int page = 0; next != null && page < INTERVIEW_PAGES; page++) {
      HttpResponse<byte[]> answer = get(next, authorization.get());
      int status = answer.statusCode();
      if (status == 401 && access.oauth2() && !renewed) {
        // an expired or revoked token: ask for a new one once, then the same page again
        renew.run();
        renewed = true;
        page--;
        continue;
      }
      if (status == 401 || status == 403 || status == 404) {
        throw new Refused(status, fix);
      }
      if (status != 200) {
        throw failed(status, answer.headers().firstValue("Retry-After").orElse(null));
      }
      if (JsonIntake.parse(answer.body()) instanceof JsonArray interviews) {
        interviews.stream()
            .filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast)
            .map(VendorApis::scheduled)
            .flatMap(Optional::stream)
            .forEach(found::add);
      }
      next =
          answer
              .headers()
              .firstValue("Link")
              .map(NEXT_LINK::matcher)
              .filter(Matcher::find)
              .flatMap(m -> onHost(m.group(1), access.url()))
              .orElse(null);
    }
    return found;
  }

  /** A failure for the job to retry, with the vendor's Retry-After when it sent one. */
  private static WebApplicationException failed(int status, String retryAfter) {
    Response.ResponseBuilder response = Response.status(status);
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter);
    }
    return new WebApplicationException(response.build());
  }

  /**
   * A next-page link on the configured API host; another host is not followed (nor sent the key).
   */
  private static Optional<URI> onHost(String link, String base) {
    try {
      return Optional.of(trusted(link, base));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /**
   * One scheduled interview's link and start, unless it was cancelled or has no link: v3's {@code
   * starts_at} (or {@code all_day_start_on} for an all-day interview), v1's {@code start} object.
   */
  static Optional<ScheduledMeeting> scheduled(JsonObject interview) {
    String status = text(interview, "status").toLowerCase(Locale.ROOT);
    String link = text(interview, "video_conferencing_url");
    if (link.isBlank() || status.startsWith("cancel")) {
      return Optional.empty();
    }
    Instant start = null;
    try {
      if (!text(interview, "starts_at").isBlank()) {
        start = OffsetDateTime.parse(text(interview, "starts_at")).toInstant();
      } else if (!text(interview, "all_day_start_on").isBlank()) {
        start =
            LocalDate.parse(text(interview, "all_day_start_on"))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
      }
    } catch (DateTimeParseException e) {
      // no usable start: ranked last
    }
    if (start == null && interview.get("start") instanceof JsonObject when) {
      try {
        if (!text(when, "date_time").isBlank()) {
          start = OffsetDateTime.parse(text(when, "date_time")).toInstant();
        } else if (!text(when, "date").isBlank()) {
          // an all-day interview: its day
          start = LocalDate.parse(text(when, "date")).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
      } catch (DateTimeParseException e) {
        // no usable start: ranked last
      }
    }
    return Optional.of(new ScheduledMeeting(link, start));
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString().strip() : "";
  }

  private static HttpResponse<byte[]> get(URI uri, String authorization) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(READ_SECONDS))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The ATS refused the read (no permission, unknown application, refused credentials): not worth
   * retrying; {@code fix} says what the operator can change.
   */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String fix;

    Refused(int status, String fix) {
      super("HTTP " + status, null, false, false);
      this.status = status;
      this.fix = fix;
    }

    int status() {
      return status;
    }

    String fix() {
      return fix;
    }
  }

  /** A link from a signed SmartRecruiters delivery is followed only on the configured API host. */
  static URI trusted(String link, String base) {
    URI uri = URI.create(link);
    URI allowed = URI.create(base);
    if (!uri.getScheme().equalsIgnoreCase(allowed.getScheme())
        || !uri.getAuthority().equalsIgnoreCase(allowed.getAuthority())) {
      throw new IllegalArgumentException("the resource link is not on the configured API host");
    }
    return uri;
  }

  static String basic(String apiKey) {
    return "Basic "
        + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  static <T> T client(String base, Class<T> api) {
    return RestClientBuilder.newBuilder()
        .baseUri(URI.create(base))
        .connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
        .readTimeout(READ_SECONDS, TimeUnit.SECONDS)
        .build(api);
  }
}
