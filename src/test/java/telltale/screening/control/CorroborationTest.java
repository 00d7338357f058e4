package telltale.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.Catalogue;
import telltale.configfile.ConfigFiles;
import telltale.linkage.entity.Links;
import telltale.reference.ReferenceLoader;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.rules.Fixtures;
import telltale.screening.rules.Rules;

/**
 * The four profiles of issue 12, rebuilt from its text and screened with the shipped catalogue and
 * reference data: one family with a textbook innocent explanation stays at ELEVATED, corroborated
 * evasion reaches HIGH, and the band says why in words.
 */
class CorroborationTest {
  static final ConfigFiles CONFIG = ConfigFiles.in(Path.of("config"));
  static final Catalogue CATALOGUE = new CatalogueLoader(CONFIG).load();
  static final ChecklistEngine ENGINE =
      new ChecklistEngine(CATALOGUE, Rules.all(), new ReferenceLoader(CONFIG).load(List.of()));
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  static final String HOME =
      "\"addresses\":[{\"kind\":\"home\",\"lines\":[\"1204 Elm Street\"],\"city\":\"Denver\","
          + "\"region\":\"CO\",\"postalCode\":\"80203\",\"country\":\"US\"}]";
  static final String SHIP_TO_FAMILY =
      "\"shippingAddress\":{\"kind\":\"other\",\"lines\":[\"88 Pine Road\"],\"city\":\"Boulder\","
          + "\"region\":\"CO\",\"postalCode\":\"80302\",\"country\":\"US\"},"
          + "\"addressChangedAt\":\"2026-11-20T09:00:00Z\","
          + "\"equipmentShippedAt\":\"2026-11-24T09:00:00Z\"";

  static Screening screen(String json) {
    return ENGINE.screen("s", Fixtures.profile(json), Links.none(), NOW);
  }

  static void show(String name, Screening s) {
    System.out.println(
        name
            + ": "
            + s.band()
            + " "
            + s.score()
            + " "
            + s.signals().stream().map(Signal::id).toList()
            + " | "
            + s.bandReason());
  }

  @Test
  void laptopToAFamilyHomeWhileMovingStaysElevated() {
    Screening s =
        screen(
            "{\"candidateId\":\"i12-1\",\"name\":{\"first\":\"Emily\",\"last\":\"Carter\"},"
                + HOME
                + ",\"verification\":{\"identity\":\"passed\"},\"onboarding\":{"
                + SHIP_TO_FAMILY
                + "}}");
    show("ship to family while moving", s);
    assertEquals(Band.ELEVATED, s.band());
    assertTrue(s.bandReason().startsWith("One kind of evidence only (equipment shipping)"));
  }

  @Test
  void addingAnInPersonOnboardingDeclinedByAVerifiedIdentityStillStaysElevated() {
    Screening s =
        screen(
            "{\"candidateId\":\"i12-1b\",\"name\":{\"first\":\"Emily\",\"last\":\"Carter\"},"
                + HOME
                + ",\"verification\":{\"identity\":\"passed\"},\"onboarding\":{"
                + SHIP_TO_FAMILY
                + ",\"inPersonOnboarding\":\"declined\"}}");
    show("... and in-person onboarding declined", s);
    assertEquals(Band.ELEVATED, s.band());
    assertTrue(
        s.signals().stream()
            .filter(signal -> signal.id().equals("onboarding_in_person_avoidance"))
            .allMatch(Signal::explained));
  }

  @Test
  void aBankAccountInAMarriedNameStaysElevated() {
    Screening s =
        screen(
            "{\"candidateId\":\"i12-2\",\"name\":{\"first\":\"Maria\",\"last\":\"Lopez\"},"
                + "\"verification\":{\"identity\":\"passed\"},"
                + "\"onboarding\":{\"payrollAccountHolder\":\"Maria Garcia\",\"paymentMethod\":\"bank\"}}");
    show("bank account in married name", s);
    assertEquals(Band.ELEVATED, s.band());
  }

  @Test
  void aTorExitWithAThrowawayMailboxAndANewLinkedInReachesHigh() {
    Screening s =
        screen(
            "{\"candidateId\":\"i12-3\",\"name\":{\"first\":\"Sam\",\"last\":\"Reed\"},"
                + "\"emails\":[\"sam.reed@mailinator.com\"],\"location\":{\"country\":\"US\"},"
                + "\"application\":{\"submittedAt\":\"2026-11-26T10:00:00Z\","
                + "\"clientIp\":\"185.220.101.4\"},"
                + "\"footprint\":{\"linkedin\":{\"createdOn\":\"2026-10-27\",\"connections\":3}}}");
    show("Tor exit, throwaway mailbox, new LinkedIn", s);
    assertTrue(
        s.signals().stream()
            .anyMatch(
                signal ->
                    signal.id().equals("anonymizer_network")
                        && signal.evidence().contains("Tor exit relay")),
        s.signals().toString());
    assertEquals(Band.HIGH, s.band());
  }

  @Test
  void aBackdatedGithubANewLinkedInAndAnUnverifiableEmployerReachHigh() {
    Screening s =
        screen(
            "{\"candidateId\":\"i12-4\",\"name\":{\"first\":\"Alex\",\"last\":\"Moore\"},"
                + "\"footprint\":{\"linkedin\":{\"createdOn\":\"2026-11-05\",\"connections\":4},"
                + "\"github\":{\"createdOn\":\"2026-11-01\",\"earliestCommitOn\":\"2016-10-01\"}},"
                + "\"employment\":[{\"employer\":\"Northwind Labs\",\"title\":\"Developer\","
                + "\"from\":\"2018-01\",\"to\":\"2026-09\"}],"
                + "\"verification\":{\"employment\":\"unverifiable\"}}");
    show("backdated GitHub, new LinkedIn, unverifiable employer", s);
    assertEquals(Band.HIGH, s.band());
    assertTrue(s.bandReason().startsWith("2 independent kinds of evidence"), s.bandReason());
  }
}
