package telltale.intake.fetch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import telltale.profile.CandidateProfile;
import telltale.profile.IpLiteral;
import telltale.profile.Submission;

/**
 * Ashby's own fraud data for a candidate, read with the connection's read key: the application's
 * client IP and user agent (candidate.listClientInfo) and Ashby's fraud checks
 * (candidate.listFraudChecks). Ashby's checks are shown as Ashby's, under the screening's coverage
 * notes, and never weighed by Telltale's rules; the client IP becomes the application IP (when the
 * delivery had none), so Telltale's own IP checks run on it, and a note names its source. Only the
 * IP and user agent of a client record and the category, name, description and value of a check's
 * signals are read.
 */
final class AshbyFraudData {
  static final String CHECK = "Ashby's fraud check: ";
  static final String CLIENT = "Application IP and user agent: from Ashby's client info";
  static final int MAX_SIGNALS = 20;
  static final int MAX_TEXT = 300;

  private AshbyFraudData() {}

  /** The profile with the application IP filled in where it lacked one, and the notes. */
  record Read(CandidateProfile profile, List<String> notes) {}

  static Read read(CandidateProfile profile, String candidateId, FetchConfig.Access access) {
    VendorApis.Ashby api = VendorApis.client(access.url(), VendorApis.Ashby.class);
    String auth = VendorApis.basic(access.apiKey());
    JsonObject request = Json.createObjectBuilder().add("candidateId", candidateId).build();
    List<String> notes = new ArrayList<>();
    CandidateProfile read = profile;
    Optional<JsonObject> clients =
        call(() -> api.listClientInfo(request, auth), "client info", notes);
    if (clients.isPresent()) {
      read = withClient(profile, results(clients.get()), notes);
    }
    call(() -> api.listFraudChecks(request, auth), "fraud checks", notes)
        .ifPresent(answer -> notes.addAll(checks(results(answer))));
    return new Read(read, notes);
  }

  /** The first client record with a valid IP, unless the delivery named the application's IP. */
  static CandidateProfile withClient(
      CandidateProfile profile, JsonArray records, List<String> notes) {
    Submission had = profile.application();
    if (had != null && had.clientIp() != null) {
      return profile;
    }
    for (JsonValue value : records) {
      if (!(value instanceof JsonObject record)) {
        continue;
      }
      Optional<String> ip =
          text(record, "ipAddress", "ip", "clientIp").filter(i -> IpLiteral.parse(i).isPresent());
      if (ip.isPresent()) {
        String agent = text(record, "userAgent").map(a -> cut(a, 1000)).orElse(null);
        notes.add(CLIENT + " (candidate.listClientInfo).");
        return profile.toBuilder()
            .application(
                new Submission(
                    had == null ? null : had.submittedAt(),
                    ip.get(),
                    agent,
                    had == null ? null : had.source()))
            .build();
      }
    }
    return profile;
  }

  /** One note per signal of Ashby's checks, or one saying there are none. */
  static List<String> checks(JsonArray checks) {
    List<String> notes = new ArrayList<>();
    for (JsonValue value : checks) {
      if (!(value instanceof JsonObject check)) {
        continue;
      }
      JsonArray signals = check.getJsonArray("signals");
      for (JsonValue s : signals == null ? JsonValue.EMPTY_JSON_ARRAY : signals) {
        if (notes.size() >= MAX_SIGNALS || !(s instanceof JsonObject signal)) {
          continue;
        }
        String name = text(signal, "name").orElse("a signal");
        String category = text(signal, "category").map(c -> " (" + c + ")").orElse("");
        String description = text(signal, "description").map(d -> ": " + d).orElse("");
        String shown = text(signal, "value").map(v -> " [" + v + "]").orElse("");
        notes.add(cut(CHECK + name + category + description + shown, MAX_TEXT));
      }
    }
    return notes.isEmpty() ? List.of(CHECK + "none recorded for this candidate.") : notes;
  }

  /**
   * One call; a refusal (no permission, the Fraud Detection feature off, success false) costs only
   * this part, with a note; a transient failure is the job's to retry.
   */
  private static Optional<JsonObject> call(
      java.util.function.Supplier<JsonObject> call, String what, List<String> notes) {
    try {
      JsonObject answer = call.get();
      if (answer == null || !answer.getBoolean("success", false)) {
        notes.add("Ashby's " + what + ": not read, Ashby refused the request.");
        return Optional.empty();
      }
      return Optional.of(answer);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500 || status == 408 || status == 429) {
        throw e;
      }
      notes.add(
          "Ashby's "
              + what
              + ": not read (HTTP "
              + status
              + "; the key needs candidatesRead, fraud checks need Ashby's Fraud Detection).");
      return Optional.empty();
    }
  }

  private static JsonArray results(JsonObject answer) {
    JsonValue results = answer.get("results");
    return results instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
  }

  private static Optional<String> text(JsonObject object, String... names) {
    for (String name : names) {
      JsonValue value = object.get(name);
      if (value instanceof JsonString string && !string.getString().isBlank()) {
        return Optional.of(string.getString().strip());
      }
      if (value != null
          && (value.getValueType() == JsonValue.ValueType.NUMBER
              || value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE)) {
        return Optional.of(value.toString());
      }
    }
    return Optional.empty();
  }

  private static String cut(String text, int max) {
    String flat = text.replaceAll("\\p{Cntrl}", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
