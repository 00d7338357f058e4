package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.first;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.Link;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;

/**
 * Greenhouse: a fat candidate under {@code payload.application} (or {@code payload.candidate}). The
 * application's {@code eeoc} block and all custom fields are never read. The resume attachment is
 * named for the background fetch, and so is the application, whose scheduled interviews' meeting
 * links are read where the connection has Harvest read access.
 */
public final class GreenhouseAdapter implements AtsAdapter {
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of(
          "new_candidate_application",
          "new_prospect_application",
          "application_updated",
          "candidate_stage_change",
          "update_candidate",
          "hire_candidate",
          "unhire_candidate",
          "reject_candidate",
          "unreject_candidate");

  @Override
  public Ats ats() {
    return Ats.greenhouse;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String action = JsonFields.event(body, "action");
    if (action.equals("ping")) {
      return new Intake.Handshake(200, Map.of(), "greenhouse ping");
    }
    JsonObject application = object(body, "payload", "application");
    String deliveryId =
        DeliveryIds.header(delivery, "Greenhouse-Event-ID")
            .orElseGet(
                () ->
                    application == null
                        ? DeliveryIds.bodyHash(delivery)
                        : action
                            + ":"
                            + text(application, "id")
                            + ":"
                            + text(application, "last_activity_at"));
    if (!CANDIDATE_EVENTS.contains(action)) {
      return new Intake.Ignored(deliveryId, action);
    }
    JsonObject candidate =
        application == null
            ? object(body, "payload", "candidate")
            : object(application, "candidate");
    ProfileBuilder profile =
        new ProfileBuilder(Ats.greenhouse)
            .ids(text(candidate, "id"), text(application, "id"))
            .stage(stage(action, application))
            .role(text(first(application, "jobs"), "name"))
            .name(text(candidate, "first_name"), text(candidate, "last_name"))
            .submitted(
                text(application, "applied_at"),
                null,
                null,
                either(
                    text(application, "source", "name"),
                    text(application, "source", "public_name")));
    readCandidate(candidate, profile);
    List<String> fetch = new ArrayList<>();
    String applicationId = text(application, "id");
    if (applicationId != null && applicationId.matches("\\d{1,20}")) {
      // read with the connection's Harvest key, if it has one: the meeting links of its interviews
      fetch.add(Intake.SCHEDULED_INTERVIEWS + applicationId);
    }
    fetch.addAll(resume(candidate));
    return profile.intake(deliveryId, action, fetch);
  }

  /** The resume attachment's signed URL (valid 7 days) as a file to fetch, if there is one. */
  static List<String> resume(JsonObject candidate) {
    return objects(candidate, "attachments").stream()
        .filter(a -> "resume".equals(text(a, "type")))
        .map(a -> text(a, "url"))
        .filter(url -> url != null && !url.isBlank())
        .findFirst()
        .map(url -> List.of(Intake.RESUME_FILE + url))
        .orElse(List.of());
  }

  private static void readCandidate(JsonObject candidate, ProfileBuilder profile) {
    objects(candidate, "email_addresses").forEach(e -> profile.email(text(e, "value")));
    objects(candidate, "phone_numbers").forEach(p -> profile.phone(text(p, "value")));
    for (JsonObject address : objects(candidate, "addresses")) {
      profile.address(addressKind(text(address, "type")), text(address, "value"));
    }
    objects(candidate, "website_addresses")
        .forEach(w -> profile.link(text(w, "value"), Link.Site.portfolio));
    objects(candidate, "social_media_addresses")
        .forEach(s -> profile.link(text(s, "value"), Link.Site.other));
    profile.employments(
        objects(candidate, "employments"), "company_name", "title", "start_date", "end_date");
    if (!profile.hasEmployment()) {
      profile.employment(text(candidate, "company"), text(candidate, "title"), null, null);
    }
    profile.educations(
        objects(candidate, "educations"),
        "school_name",
        "degree",
        "discipline",
        "start_date",
        "end_date");
  }

  private static Stage stage(String action, JsonObject application) {
    return switch (action) {
      case "new_candidate_application", "new_prospect_application" -> Stage.application;
      case "hire_candidate" -> Stage.onboarding;
      default -> Stages.fromText(text(application, "current_stage", "name"));
    };
  }

  private static PostalAddress.Use addressKind(String type) {
    return "home".equals(type) ? PostalAddress.Use.home : PostalAddress.Use.other;
  }
}
