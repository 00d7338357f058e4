package telltale.linkage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import telltale.catalogue.control.CatalogueLoader;
import telltale.configfile.ConfigFiles;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.profile.PersonName;
import telltale.reference.ReferenceLoader;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.entity.Screening;
import telltale.screening.rules.Rules;

/**
 * The same interview machine or connection address as a candidate of another name: printed as keyed
 * hashes (never the value), linked only across different names, reported by meeting_device_shared
 * (not by shared_attributes) with the other screening's id alone; and renaming only the candidate
 * changes no score.
 */
class MeetingLinkageTest {
  static final Fingerprinter PRINTS =
      new Fingerprinter(
          "unit-test-linkage-secret".getBytes(StandardCharsets.UTF_8), AllowList.none());
  static final String OTHER_NAME = "name-key-of-kim";

  static Interview round(String deviceKey, String ip) {
    return new Interview(2, null, ip, List.of(), "Zoom", "US", null, null, deviceKey, null);
  }

  static CandidateProfile dana(Interview round) {
    return CandidateProfile.builder("c-dana")
        .name(new PersonName("Dana", "Reyes"))
        .interviews(List.of(round))
        .build();
  }

  /** A history in which Kim's screening holds every meeting print asked about. */
  static Matcher matcherWithKim() {
    Matcher matcher = new Matcher();
    matcher.store =
        new PrintStore() {
          @Override
          public List<Holder> holders(
              String ats, String candidate, List<Fingerprint> fingerprints, int limit) {
            return fingerprints.stream()
                .filter(f -> f.kind().startsWith("meeting_"))
                .map(f -> new Holder(f.kind(), "screening-of-kim", OTHER_NAME))
                .toList();
          }
        };
    return matcher;
  }

  @Test
  void theMachineAndTheExactAddressArePrintedAsKeyedHashesOnly() {
    List<Fingerprint> prints = PRINTS.of(dana(round("disk:0a1b2c", "203.0.113.7")));
    assertEquals(
        List.of(Fingerprinter.MEETING_DEVICE, Fingerprinter.MEETING_NETWORK),
        prints.stream().map(Fingerprint::kind).toList());
    for (Fingerprint print : prints) {
      assertEquals(64, print.hash().length());
      assertFalse(print.hash().contains("203.0.113.7") || print.hash().contains("0a1b2c"));
    }
    // the exact address: a neighbour in the same /24 is another print
    assertNotEquals(prints.get(1), PRINTS.of(dana(round(null, "203.0.113.8"))).get(0));
    assertEquals(prints.get(1), PRINTS.of(dana(round(null, "203.0.113.7"))).get(0));
    assertEquals(List.of(), PRINTS.of(dana(round(null, null))));
    // a platform's read carries the address only as the same keyed hash: it links with a typed one
    Interview platformRound =
        new Interview(
            1,
            null,
            null,
            List.of(),
            "Teams",
            "US",
            null,
            null,
            null,
            PRINTS.keyed(Fingerprinter.MEETING_NETWORK, "203.0.113.7"));
    assertEquals(List.of(prints.get(1)), PRINTS.of(dana(platformRound)));
    // anything else in that field (not a keyed hash) is no print
    Interview forged =
        new Interview(1, null, null, List.of(), "Teams", "US", null, null, null, "203.0.113.7");
    assertEquals(List.of(), PRINTS.of(dana(forged)));
  }

  @Test
  void aSharedMachineFiresTheMeetingCheckNamingOnlyTheOtherScreening() throws Exception {
    CandidateProfile profile = dana(round("disk:0a1b2c", "203.0.113.7"));
    Links links =
        matcherWithKim()
            .find(
                "generic",
                "c-dana",
                new Prints(
                    PRINTS.of(profile), PRINTS.nameKey(profile), java.util.Optional.empty()));
    Screening screening =
        engine().screen("s1", profile, links, Instant.parse("2026-12-01T00:00:00Z"));
    var shared =
        screening.signals().stream().filter(s -> s.id().equals("meeting_device_shared")).toList();
    assertEquals(1, shared.size(), screening.signals().toString());
    String evidence = shared.get(0).evidence();
    assertTrue(
        evidence.contains("interview machine") && evidence.contains("connection address"),
        evidence);
    assertTrue(evidence.contains("screening-of-kim"), evidence);
    assertFalse(shared.toString().contains("203.0.113.7"));
    assertFalse(
        screening.signals().stream().anyMatch(s -> s.id().equals("shared_attributes")),
        "a meeting print is not a contact detail");
  }

  @Test
  void theSameNameIsNoLink() {
    CandidateProfile profile = dana(round("disk:0a1b2c", null));
    Links links =
        matcherWithKim()
            .find(
                "generic",
                "c-dana",
                new Prints(
                    PRINTS.of(profile),
                    java.util.Optional.of(OTHER_NAME),
                    java.util.Optional.empty()));
    assertEquals(List.of(), links.shared());
  }

  /** Fairness: renaming only the candidate changes neither links, points, score nor band. */
  @Test
  void changingOnlyTheCandidatesNameChangesNoScore() throws Exception {
    CandidateProfile profile = dana(round("disk:0a1b2c", "203.0.113.7"));
    CandidateProfile renamed = profile.withName(new PersonName("Lee", "Okafor"));
    Links asDana =
        matcherWithKim()
            .find(
                "generic",
                "c-dana",
                new Prints(
                    PRINTS.of(profile), PRINTS.nameKey(profile), java.util.Optional.empty()));
    Links asLee =
        matcherWithKim()
            .find(
                "generic",
                "c-dana",
                new Prints(
                    PRINTS.of(renamed), PRINTS.nameKey(renamed), java.util.Optional.empty()));
    assertEquals(asDana, asLee);
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    ChecklistEngine engine = engine();
    Screening one = engine.screen("s1", profile, asDana, now);
    Screening two = engine.screen("s1", renamed, asLee, now);
    assertTrue(one.signals().stream().anyMatch(s -> s.id().equals("meeting_device_shared")));
    assertEquals(
        one.signals().stream().map(s -> s.id() + "=" + s.points()).toList(),
        two.signals().stream().map(s -> s.id() + "=" + s.points()).toList());
    assertEquals(one.score(), two.score());
    assertEquals(one.band(), two.band());
  }

  static ChecklistEngine engine() throws Exception {
    return new ChecklistEngine(
        new CatalogueLoader(ConfigFiles.in(Path.of("config"))).load(),
        Rules.all(),
        new ReferenceLoader(ConfigFiles.in(Path.of("config"))).load(Set.of()));
  }
}
