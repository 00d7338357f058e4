package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.firstText;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;
import static telltale.intake.adapters.JsonFields.texts;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.Stage;

/**
 * Lever: ids only (the MAC does not cover {@code data}); the opportunity is fetched and mapped by
 * {@link #fromOpportunity}. A signed payload without an opportunity id is the connection test.
 */
public final class LeverAdapter implements AtsAdapter {
  private static final Set<String> CANDIDATE_EVENTS =
      Set.of(
          "applicationCreated", "candidateStageChange", "candidateArchiveChange", "candidateHired");
  private static final Set<String> OTHER_EVENTS =
      Set.of(
          "candidateDeleted",
          "interviewCreated",
          "interviewUpdated",
          "interviewDeleted",
          "contactCreated",
          "contactUpdated");

  @Override
  public Ats ats() {
    return Ats.lever;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String event = JsonFields.event(body, "event");
    String token = text(body, "token");
    String triggeredAt = text(body, "triggeredAt");
    String deliveryId =
        token == null || triggeredAt == null
            ? DeliveryIds.bodyHash(delivery)
            : token + ":" + triggeredAt;
    String opportunityId =
        either(text(body, "data", "opportunityId"), text(body, "data", "candidateId"));
    if (OTHER_EVENTS.contains(event)) {
      return new Intake.Ignored(deliveryId, event);
    }
    if (opportunityId == null) {
      return new Intake.Handshake(200, Map.of(), "lever connection test");
    }
    if (!CANDIDATE_EVENTS.contains(event)) {
      return new Intake.Ignored(deliveryId, event);
    }
    ProfileBuilder profile =
        new ProfileBuilder(Ats.lever)
            .ids(opportunityId, text(body, "data", "applicationId"))
            .stage(
                switch (event) {
                  case "applicationCreated" -> Stage.application;
                  case "candidateHired" -> Stage.onboarding;
                  default -> null;
                });
    return profile.intake(deliveryId, event, List.of("opportunity:" + opportunityId));
  }

  /**
   * The opportunity from {@code GET /v1/opportunities/{id}} (the response, or its {@code data}):
   * name, e-mails, phones, links, first application, source, creation time. Null when no id is
   * present. Field names follow third-party descriptions and are not confirmed by Lever's docs.
   */
  public static CandidateProfile fromOpportunity(JsonObject response) {
    JsonObject data = object(response, "data");
    JsonObject opportunity = data == null ? response : data;
    ProfileBuilder profile =
        new ProfileBuilder(Ats.lever)
            .ids(
                text(opportunity, "id"),
                either(
                    firstText(opportunity, "applications"),
                    text(JsonFields.first(opportunity, "applications"), "id")))
            .stage(
                Stages.fromText(
                    either(text(opportunity, "stage", "text"), text(opportunity, "stage"))))
            .fullName(text(opportunity, "name"))
            .submitted(
                text(opportunity, "createdAt"), null, null, firstText(opportunity, "sources"));
    texts(opportunity, "emails").forEach(profile::email);
    objects(opportunity, "phones").forEach(p -> profile.phone(text(p, "value")));
    texts(opportunity, "links").forEach(l -> profile.link(l, Link.Site.portfolio));
    return profile.build();
  }
}
