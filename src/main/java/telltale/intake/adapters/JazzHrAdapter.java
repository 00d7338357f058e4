package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.either;
import static telltale.intake.adapters.JsonFields.first;
import static telltale.intake.adapters.JsonFields.object;
import static telltale.intake.adapters.JsonFields.objects;
import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;
import telltale.profile.Link;
import telltale.profile.PostalAddress;

/**
 * JazzHR: an HR Open Standards candidate export. Gender, citizenship and the additional person
 * information (where the EEO answers are) are never read.
 */
public final class JazzHrAdapter implements AtsAdapter {
  static final String EVENT = "X-JazzHR-Event";
  private static final String EXPORT = "CANDIDATE-EXPORT";

  @Override
  public Ats ats() {
    return Ats.jazzhr;
  }

  @Override
  public Intake read(Delivery delivery, JsonObject body) {
    String event = DeliveryIds.header(delivery, EVENT).orElse(EXPORT);
    if (event.equalsIgnoreCase("VERIFY") || "JazzHR Verify Event".equals(text(body, "data"))) {
      return new Intake.Handshake(200, Map.of(), "jazzhr verify");
    }
    String deliveryId = DeliveryIds.bodyHash(delivery);
    if (!event.equalsIgnoreCase(EXPORT)) {
      return new Intake.Ignored(deliveryId, event);
    }
    JsonObject person = object(body, "candidate", "person");
    JsonObject profile = first(body, "candidate", "profiles");
    String profileId = text(profile, "profileId", "value");
    JsonObject status =
        profileId == null ? null : object(body, "additionalProfileInformation", profileId);
    ProfileBuilder builder =
        new ProfileBuilder(Ats.jazzhr)
            .ids(text(person, "id", "value"), profileId)
            .stage(
                Stages.fromText(
                    either(text(status, "workflowStatusCategory"), text(status, "workflowStatus"))))
            .role(text(first(profile, "associatedPositionOpenings"), "positionTitle"))
            .name(text(person, "name", "given"), text(person, "name", "family"));
    if (text(person, "name", "given") == null && text(person, "name", "family") == null) {
      builder.fullName(text(person, "name", "formattedName"));
    }
    JsonObject communication = object(person, "communication");
    objects(communication, "email").forEach(e -> builder.email(text(e, "address")));
    objects(communication, "phone").forEach(p -> builder.phone(text(p, "formattedNumber")));
    objects(communication, "web")
        .forEach(
            w ->
                builder.link(
                    text(w, "url"),
                    "Homepage".equals(text(w, "name")) ? Link.Site.portfolio : Link.Site.other));
    for (JsonObject address : objects(communication, "address")) {
      PostalAddress.Use kind =
          "private".equals(text(address, "useCode"))
              ? PostalAddress.Use.home
              : PostalAddress.Use.other;
      String line = text(address, "line");
      if (line == null) {
        builder.address(kind, text(address, "formattedAddress"));
      } else {
        builder.address(
            kind,
            List.of(line),
            text(address, "city"),
            text(first(address, "countrySubdivisions"), "value"),
            text(address, "postalCode"),
            text(address, "countryCode"));
      }
    }
    for (JsonObject entry : objects(profile, "education")) {
      builder.education(null, text(first(entry, "educationLevelCodes"), "name"), null, null, null);
    }
    return builder.intake(deliveryId, EXPORT, attachment(profile));
  }

  /**
   * The profile's first attachment URL as a file to fetch (JazzHR's export lists the candidate's
   * documents as {@code attachments[] {id, url}}, the resume first; their type is not given). It is
   * fetched as given, with no credentials.
   */
  static List<String> attachment(JsonObject profile) {
    return objects(profile, "attachments").stream()
        .map(a -> text(a, "url"))
        .filter(url -> url != null)
        .findFirst()
        .map(url -> List.of(Intake.RESUME_FILE + url))
        .orElse(List.of());
  }
}
