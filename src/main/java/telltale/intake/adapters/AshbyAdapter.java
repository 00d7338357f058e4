package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.Stage;

/**
 * Ashby: application events carry name, primary e-mail and phone, submitter IP and user agent;
 * social links and the rest come from {@code candidate.info}, mapped by {@link #fromCandidateInfo}.
 */
public final class AshbyAdapter implements AtsAdapter {
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of("applicationSubmit", "applicationUpdate", "candidateStageChange", "candidateHire");

  @Override
  public Ats ats() {
    return Ats.ashby;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String action = JsonFields.event(body, "action");
    if (action.equals("ping")) {
      return new Intake.Handshake(200, Map.of(), "ashby ping");
    }
    String actionId = text(body, "webhookActionId");
    String deliveryId = actionId == null ? DeliveryIds.bodyHash(delivery) : actionId + ":" + action;
    if (!CANDIDATE_EVENTS.contains(action)) {
      return new Intake.Ignored(deliveryId, action);
    }
    JsonObject application = object(body, "data", "application");
    JsonObject candidate = object(application, "candidate");
    String candidateId = text(candidate, "id");
    ProfileBuilder profile =
        new ProfileBuilder(Ats.ashby)
            .ids(candidateId, text(application, "id"))
            .stage(
                action.equals("candidateHire")
                    ? Stage.onboarding
                    : stage(object(application, "currentInterviewStage")))
            .role(text(application, "job", "title"))
            .fullName(text(candidate, "name"))
            .email(text(candidate, "primaryEmailAddress", "value"))
            .phone(text(candidate, "primaryPhoneNumber", "value"))
            .submitted(
                text(application, "createdAt"),
                text(application, "submitterClientIp"),
                text(application, "submitterUserAgent"),
                text(application, "source", "title"));
    return profile.intake(
        deliveryId, action, candidateId == null ? List.of() : List.of("candidate:" + candidateId));
  }

  /**
   * The full candidate from {@code POST candidate.info} (the response, or its {@code results}): all
   * e-mails and phones, social links, location, current position, school. Null when the response
   * names no candidate.
   */
  public static CandidateProfile fromCandidateInfo(JsonObject response) {
    JsonObject results = object(response, "results");
    JsonObject candidate = results == null ? response : results;
    ProfileBuilder profile =
        new ProfileBuilder(Ats.ashby)
            .ids(text(candidate, "id"), null)
            .fullName(text(candidate, "name"))
            .email(text(candidate, "primaryEmailAddress", "value"))
            .phone(text(candidate, "primaryPhoneNumber", "value"))
            .employment(text(candidate, "company"), text(candidate, "position"), null, null)
            .education(text(candidate, "school"), null, null, null, null)
            .submitted(null, null, null, text(candidate, "source", "title"));
    objects(candidate, "emailAddresses").forEach(e -> profile.email(text(e, "value")));
    objects(candidate, "phoneNumbers").forEach(p -> profile.phone(text(p, "value")));
    for (JsonObject link : objects(candidate, "socialLinks")) {
      profile.link(
          text(link, "url"),
          "Website".equals(text(link, "type")) ? Link.Site.portfolio : Link.Site.other);
    }
    String city = null;
    String region = null;
    for (JsonObject component : objects(candidate, "location", "locationComponents")) {
      switch (Objects.requireNonNullElse(text(component, "type"), "")) {
        case "City" -> city = text(component, "title");
        case "Region" -> region = text(component, "title");
        default -> {
          // countries come as names; Telltale keeps only two-letter codes and does not guess
        }
      }
    }
    return profile.location(city, region, null, text(candidate, "timezone")).build();
  }

  /**
   * The handle of the candidate's resume file in a {@code candidate.info} response ({@code
   * resumeFileHandle.handle}), to resolve with {@code file.info}; empty when there is none.
   */
  public static Optional<String> resumeHandle(JsonObject response) {
    JsonObject results = object(response, "results");
    String handle = text(results == null ? response : results, "resumeFileHandle", "handle");
    return handle == null || handle.isBlank() ? Optional.empty() : Optional.of(handle);
  }

  /** Ashby's interview-stage type is a closed set; its title is the fallback. */
  private static Stage stage(JsonObject interviewStage) {
    return switch (Objects.requireNonNullElse(text(interviewStage, "type"), "")) {
      case "Lead", "PreInterviewScreen" -> Stage.application;
      case "Active" -> Stage.interview;
      case "Offer" -> Stage.offer;
      case "Hired" -> Stage.onboarding;
      case "Archived" -> null;
      default -> Stages.fromText(text(interviewStage, "title"));
    };
  }
}
