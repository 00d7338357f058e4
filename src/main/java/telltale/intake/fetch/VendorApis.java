package telltale.intake.fetch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import telltale.intake.adapters.AshbyAdapter;
import telltale.intake.adapters.LeverAdapter;
import telltale.intake.adapters.SmartRecruitersAdapter;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * Reads the full candidate behind a thin delivery from the vendor's API (MicroProfile Rest Client,
 * short timeouts; retries are the job queue's, durable and backed off).
 */
final class VendorApis {
  private static final long CONNECT_SECONDS = 3;
  private static final long READ_SECONDS = 10;

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
