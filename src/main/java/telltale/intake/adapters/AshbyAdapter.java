package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.Stage;

/**
 * Ashby: application events carry name, primary e-mail and phone, submitter IP and user agent;
 * social links and the rest come from {@code candidate.info}, mapped by {@link #fromCandidateInfo}.
 * Interview schedules ({@code interviewScheduleCreate}, {@code interviewScheduleUpdate}) carry the
 * meeting links of the candidate's interviews.
 */
public final class AshbyAdapter implements AtsAdapter {
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of("applicationSubmit", "applicationUpdate", "candidateStageChange", "candidateHire");
  private static final Set<String> SCHEDULE_EVENTS =
      Set.of("interviewScheduleCreate", "interviewScheduleUpdate");

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
    if (SCHEDULE_EVENTS.contains(action)) {
      return scheduled(deliveryId, action, object(body, "data", "interviewSchedule"));
    }
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
   * An interview schedule: of each interview event only its {@code meetingLink} and {@code
   * startTime} (no interviewers, no feedback link); nothing of a cancelled schedule. The schedule's
   * {@code candidateId} (sent with updates) names the candidate, else its {@code applicationId}
   * does.
   */
  static Intake scheduled(String deliveryId, String action, JsonObject schedule) {
    String candidateId = text(schedule, "candidateId");
    String applicationId = text(schedule, "applicationId");
    if (candidateId == null && applicationId == null) {
      return new Intake.Ignored(deliveryId, action);
    }
    List<ScheduledMeeting> meetings = new ArrayList<>();
    if (!"Cancelled".equals(text(schedule, "status"))) {
      for (JsonObject event : objects(schedule, "interviewEvents")) {
        String link = text(event, "meetingLink");
        if (link != null) {
          meetings.add(new ScheduledMeeting(link, instant(text(event, "startTime"))));
        }
      }
    }
    return new Intake.Scheduled(deliveryId, action, candidateId, applicationId, meetings);
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
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
