package telltale.intake.adapters;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import telltale.intake.entity.Delivery;
import telltale.json.JsonIntake;
import telltale.profile.Ats;

/** Looks up the payload adapter of an ATS, and the set-up calls that may arrive unsigned. */
public final class Adapters {
  private Adapters() {}

  public static AtsAdapter forAts(Ats ats) {
    return switch (ats) {
      case generic -> new GenericAdapter();
      case greenhouse -> new GreenhouseAdapter();
      case lever -> new LeverAdapter();
      case ashby -> new AshbyAdapter();
      case workable -> new WorkableAdapter();
      case smartrecruiters -> new SmartRecruitersAdapter();
      case jazzhr -> new JazzHrAdapter();
      case recruitee -> new RecruiteeAdapter();
    };
  }

  /**
   * A handshake that may come before the connection has a signing secret, answered before
   * verification: SmartRecruiters' activation ({@code X-Hook-Secret}, keys are generated
   * separately), Recruitee's creation test (its secret is shown only after creation) and the
   * Greenhouse and Ashby pings. Nothing is screened or stored for these, so answering them unsigned
   * gives nothing away.
   */
  public static Optional<Intake.Handshake> unsignedHandshake(Delivery delivery) {
    return switch (delivery.ats()) {
      case smartrecruiters -> SmartRecruitersAdapter.activation(delivery);
      case recruitee ->
          parse(delivery.body())
              .filter(RecruiteeAdapter::isTest)
              .map(body -> RecruiteeAdapter.TEST);
      // whether these pings are signed is not documented; answering one gives nothing away,
      // and refusing it would leave the webhook disabled at set-up
      case greenhouse, ashby ->
          // a ping names itself: a body without the word is no ping and is not parsed twice
          (names(delivery.body(), PING) ? parse(delivery.body()) : Optional.<JsonObject>empty())
              .filter(body -> "ping".equals(JsonFields.event(body, "action")))
              .map(body -> new Intake.Handshake(200, Map.of(), delivery.ats() + " ping"));
      default -> Optional.empty();
    };
  }

  private static final byte[] PING =
      "\"ping\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Whether the body holds these bytes anywhere. */
  static boolean names(byte[] body, byte[] word) {
    outer:
    for (int i = 0; i + word.length <= body.length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (body[i + j] != word[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Through the strict reader: an unsigned body may be anything, even nested 10,000 deep. */
  private static Optional<JsonObject> parse(byte[] body) {
    return JsonIntake.objectIfReadable(body);
  }
}
