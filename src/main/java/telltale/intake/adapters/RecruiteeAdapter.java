package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.firstText;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.text;
import static telltale.intake.adapters.JsonFields.values;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.Link;
import telltale.profile.Stage;

/**
 * Recruitee: {@code payload.candidate}, {@code offer} and {@code details.to_stage} (shape from
 * third-party implementations); anything flagged {@code "test": true} is a handshake.
 */
public final class RecruiteeAdapter implements AtsAdapter {
  static final Intake.Handshake TEST = new Intake.Handshake(200, Map.of(), "recruitee test");
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of("candidate_created", "candidate_assigned", "candidate_moved");

  @Override
  public Ats ats() {
    return Ats.recruitee;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    if (isTest(body)) {
      return TEST;
    }
    String event = JsonFields.event(body, "event_type");
    String deliveryId = DeliveryIds.bodyHash(delivery);
    if (!CANDIDATE_EVENTS.contains(event)) {
      return new Intake.Ignored(deliveryId, event);
    }
    JsonObject candidate = object(body, "payload", "candidate");
    JsonObject toStage = object(body, "payload", "details", "to_stage");
    ProfileBuilder profile =
        new ProfileBuilder(Ats.recruitee)
            .ids(text(candidate, "id"), text(body, "payload", "placement", "id"))
            .stage(
                event.equals("candidate_created")
                    ? Stage.application
                    : Stages.fromText(either(text(toStage, "category"), text(toStage, "name"))))
            .role(text(body, "payload", "offer", "title"))
            .fullName(text(candidate, "name"))
            .submitted(text(candidate, "created_at"), null, null, firstText(candidate, "sources"));
    values(candidate, "emails").forEach(profile::email);
    values(candidate, "phones").forEach(profile::phone);
    values(candidate, "social_links").forEach(l -> profile.link(l, Link.Site.other));
    values(candidate, "links").forEach(l -> profile.link(l, Link.Site.portfolio));
    return profile.intake(deliveryId, event, List.of());
  }

  /**
   * The Test button's {@code {"test":true}}; the "Test payload" buttons send example events with
   * the same flag, and an example candidate is never screened.
   */
  static boolean isTest(JsonObject body) {
    return JsonFields.isTrue(body, "test");
  }
}
