package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.Stage;

/**
 * SmartRecruiters: event in headers, ids in the body, the resource behind the Link header (mapped
 * by {@link #fromApplication}); activation echoes {@code X-Hook-Secret}.
 */
public final class SmartRecruitersAdapter implements AtsAdapter {
  static final String HOOK_SECRET = "X-Hook-Secret";

  @Override
  public Ats ats() {
    return Ats.smartrecruiters;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    Optional<Intake.Handshake> activation = activation(delivery);
    if (activation.isPresent()) {
      return activation.get();
    }
    String event = DeliveryIds.header(delivery, "event-name").orElse("unknown");
    String deliveryId =
        DeliveryIds.header(delivery, "event-id").orElseGet(() -> DeliveryIds.bodyHash(delivery));
    boolean applicationEvent = event.startsWith("application.");
    if (!applicationEvent
        && !event.equals("candidate.created")
        && !event.equals("candidate.updated")) {
      return new Intake.Ignored(deliveryId, event);
    }
    String candidateId =
        either(text(body, "candidate_id"), either(text(body, "candidateId"), text(body, "id")));
    String link = link(delivery);
    ProfileBuilder profile =
        new ProfileBuilder(Ats.smartrecruiters)
            .ids(candidateId, either(text(body, "application_id"), text(body, "applicationId")))
            .stage(event.equals("application.created") ? Stage.application : null);
    List<String> fetch =
        link == null
            ? List.of()
            : List.of((applicationEvent ? "application:" : "candidate:") + link);
    return profile.intake(deliveryId, event, fetch);
  }

  /**
   * The activation handshake: echo {@code X-Hook-Secret} with a 200. It arrives before any signing
   * key may exist; a value that is not a plain token is not echoed into a header.
   */
  static Optional<Intake.Handshake> activation(Delivery delivery) {
    return DeliveryIds.header(delivery, HOOK_SECRET)
        .map(
            secret ->
                secret.matches("[A-Za-z0-9._~+/=-]{1,256}")
                    ? new Intake.Handshake(
                        200, Map.of(HOOK_SECRET, secret), "smartrecruiters activation")
                    : new Intake.Handshake(
                        400, Map.of(), "smartrecruiters activation with an unusable secret"));
  }

  /**
   * The candidate as the API returns it ({@code GET /candidates/{id}}, or the application under the
   * Link header when it embeds a candidate): names, e-mail, phone, location, web links, experience,
   * education. Null when no candidate id is present. Field names follow the vendor's public API and
   * are not confirmed by the research notes.
   */
  public static CandidateProfile fromApplication(JsonObject response) {
    JsonObject embedded = object(response, "candidate");
    JsonObject candidate = embedded == null ? response : embedded;
    JsonObject assignment = object(candidate, "primaryAssignment");
    ProfileBuilder profile =
        new ProfileBuilder(Ats.smartrecruiters)
            .ids(
                text(candidate, "id"),
                either(
                    text(response, "applicationId"),
                    embedded == null ? null : text(response, "id")))
            .stage(Stages.fromText(either(text(response, "status"), text(assignment, "status"))))
            .role(either(text(assignment, "job", "title"), text(response, "job", "title")))
            .name(text(candidate, "firstName"), text(candidate, "lastName"))
            .email(text(candidate, "email"))
            .phone(text(candidate, "phoneNumber"))
            .location(
                text(candidate, "location", "city"),
                text(candidate, "location", "region"),
                text(candidate, "location", "countryCode"),
                null)
            .submitted(
                either(text(response, "createdOn"), text(candidate, "createdOn")),
                null,
                null,
                null);
    JsonObject web = object(candidate, "web");
    profile
        .link(text(web, "linkedin"), Link.Site.linkedin)
        .link(text(web, "website"), Link.Site.portfolio);
    for (String other : List.of("facebook", "twitter", "skype")) {
      profile.link(text(web, other), Link.Site.other);
    }
    return profile
        .employments(objects(candidate, "experience"), "company", "title", "startDate", "endDate")
        .educations(
            objects(candidate, "education"),
            "institution",
            "degree",
            "major",
            "startDate",
            "endDate")
        .build();
  }

  /** The target of the Link header ({@code <url>; rel=...}), or null. */
  private static String link(Delivery delivery) {
    String header = DeliveryIds.header(delivery, "link").orElse(null);
    if (header == null) {
      return null;
    }
    int open = header.indexOf('<');
    int close = header.indexOf('>', open + 1);
    String url =
        (open >= 0 && close > open ? header.substring(open + 1, close) : header.split(";")[0])
            .strip();
    return url.isEmpty() ? null : url;
  }
}
