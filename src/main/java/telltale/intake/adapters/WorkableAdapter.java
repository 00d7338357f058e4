package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.Link;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;

/**
 * Workable: an envelope whose {@code data} is the full candidate as it is when sent. Screening
 * answers are never read (they may hold demographic questions).
 */
public final class WorkableAdapter implements AtsAdapter {
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of("candidate_created", "candidate_moved");

  @Override
  public Ats ats() {
    return Ats.workable;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String event = JsonFields.event(body, "event_type");
    String deliveryId =
        Objects.requireNonNullElseGet(text(body, "id"), () -> DeliveryIds.bodyHash(delivery));
    if (!CANDIDATE_EVENTS.contains(event)) {
      return new Intake.Ignored(deliveryId, event);
    }
    JsonObject candidate = object(body, "data");
    ProfileBuilder profile =
        new ProfileBuilder(Ats.workable)
            .ids(text(candidate, "id"), null)
            .stage(stage(candidate))
            .role(text(candidate, "job", "title"))
            .email(text(candidate, "email"))
            .phone(text(candidate, "phone"))
            .address(PostalAddress.Use.home, text(candidate, "address"))
            .location(
                text(candidate, "location", "city"),
                text(candidate, "location", "region"),
                text(candidate, "location", "country_code"),
                null)
            .submitted(text(candidate, "created_at"), null, null, text(candidate, "domain"));
    String first = text(candidate, "firstname");
    String last = text(candidate, "lastname");
    if (first == null && last == null) {
      profile.fullName(text(candidate, "name"));
    } else {
      profile.name(first, last);
    }
    for (JsonObject social : objects(candidate, "social_profiles")) {
      profile.link(text(social, "url"), Link.Site.other);
    }
    profile
        .employments(
            objects(candidate, "experience_entries"), "company", "title", "start_date", "end_date")
        .educations(
            objects(candidate, "education_entries"),
            "school",
            "degree",
            "field_of_study",
            "start_date",
            "end_date");
    return profile.intake(deliveryId, event, resume(candidate));
  }

  /**
   * The candidate's {@code resume_url} as a file to fetch, if there is one. How Workable
   * authenticates the download is not documented; the link is fetched as given, with no credentials
   * (the read key never goes to a file host).
   */
  static List<String> resume(JsonObject candidate) {
    String url = text(candidate, "resume_url");
    return url == null ? List.of() : List.of(Intake.RESUME_FILE + url);
  }

  /** Workable's stage kinds are a closed set; the stage's own name is the fallback. */
  private static Stage stage(JsonObject candidate) {
    String kind = either(text(candidate, "stage_kind"), "");
    return switch (kind) {
      case "sourced", "applied", "shortlisted" -> Stage.application;
      case "assessment", "phone-screen", "phone_screen", "interview" -> Stage.interview;
      case "offer" -> Stage.offer;
      case "hired" -> Stage.onboarding;
      default ->
          Stages.fromText(either(text(candidate, "stage"), text(candidate, "stage", "name")));
    };
  }
}
