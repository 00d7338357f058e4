package telltale.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Band;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Strength;
import telltale.configfile.ConfigFiles;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.profile.Observation;
import telltale.profile.PersonName;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.rules.Fixtures;
import telltale.screening.rules.Rules;

/** Invariants of the published scoring, over generated profiles and the shipped catalogue. */
class ScoringPropertiesTest {
  static final Catalogue CATALOGUE = new CatalogueLoader(ConfigFiles.in(Path.of("config"))).load();
  static final ChecklistEngine ENGINE =
      new ChecklistEngine(CATALOGUE, Rules.all(), Fixtures.REFERENCE);
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  static final String OTHER_HOLDER = "Chris Park";

  static Screening screen(CandidateProfile profile) {
    return ENGINE.screen("s", profile, Links.none(), NOW);
  }

  @Property(tries = 400)
  void theScoreStaysWithin0And100AndTheBandNeverPassesIt(
      @ForAll("profiles") CandidateProfile profile) {
    Screening s = screen(profile);
    assertTrue(s.score() >= 0 && s.score() <= 100, "score " + s.score());
    assertTrue(s.band().compareTo(CATALOGUE.scoring().band(s.score())) <= 0, s.bandReason());
    assertNotNull(s.bandReason());
    assertEquals(
        s.coverage().total(), s.coverage().evaluated() + s.coverage().notEvaluated().size());
  }

  @Property(tries = 400)
  void weakSignalsAloneNeverReachHigh(@ForAll("profiles") CandidateProfile profile) {
    Screening s = screen(profile);
    if (s.signals().stream().allMatch(signal -> signal.strength() == Strength.weak)) {
      assertTrue(s.band().compareTo(Band.HIGH) < 0, s.score() + " from " + s.signals());
    }
    if (s.signals().stream().noneMatch(signal -> signal.strength() == Strength.strong)) {
      assertNotEquals(Band.CRITICAL, s.band());
    }
  }

  @Property(tries = 400)
  void highNeedsAConclusiveSignalOrTwoIndependentFamilies(
      @ForAll("profiles") CandidateProfile profile) {
    Screening s = screen(profile);
    Set<String> families =
        s.signals().stream()
            .filter(signal -> !signal.explained() && signal.strength() != Strength.weak)
            .map(Signal::family)
            .collect(Collectors.toSet());
    boolean conclusive =
        s.signals().stream()
            .filter(signal -> !signal.explained())
            .anyMatch(signal -> CATALOGUE.rule(signal.id()).orElseThrow().isConclusive());
    if (s.band().compareTo(Band.HIGH) >= 0) {
      assertTrue(conclusive || families.size() >= 2, s.bandReason() + " from " + s.signals());
    }
    if (s.band() == Band.CRITICAL) {
      boolean strong =
          s.signals().stream()
              .anyMatch(signal -> !signal.explained() && signal.strength() == Strength.strong);
      assertTrue((conclusive || strong) && families.size() >= 2, s.bandReason());
    }
  }

  @Property(tries = 400)
  void changingOnlyTheNameNeverChangesTheScore(
      @ForAll("profiles") CandidateProfile profile, @ForAll("names") PersonName other) {
    Screening before = screen(profile);
    Screening after = screen(renamed(profile, other));
    assertEquals(before.score(), after.score());
    assertEquals(
        before.signals().stream().map(s -> s.id() + s.points()).toList(),
        after.signals().stream().map(s -> s.id() + s.points()).toList());
  }

  @Example
  void everyWeakRuleFiringAtOnceStaysBelowElevated() {
    CandidateProfile all =
        Fixtures.profile(
            Fixtures.withId(
                "{'phones':['+44 56 0123 4567','+82 2 2100 2114'],'location':{'country':'US','timezone':'America/Chicago'},"
                    + "'addresses':[{'kind':'home','lines':['PO Box 9'],'country':'US'}],"
                    + "'application':{'clientIp':'203.0.113.130','submittedAt':'2026-11-10T00:00:00Z'},"
                    + "'footprint':{'linkedin':{'createdOn':'2026-10-01','connections':2}},"
                    + "'interviews':[{'round':1,'at':'2026-11-14T08:00:00Z','observations':['background_hidden','av_trouble_pattern']},"
                    + "{'round':2,'at':'2026-11-15T08:00:00Z','observations':['av_trouble_pattern']}]}"));
    Screening s = screen(all);
    assertTrue(s.signals().size() >= 6, s.signals().toString());
    assertTrue(s.signals().stream().allMatch(x -> x.strength() == Strength.weak));
    assertEquals(Band.LOW, s.band());
  }

  /**
   * The same person under another name: the name and every place it repeats the candidate's own
   * name.
   */
  static CandidateProfile renamed(CandidateProfile profile, PersonName other) {
    CandidateProfile renamed = profile.withName(other);
    var onboarding = profile.onboarding();
    if (onboarding != null
        && onboarding.payrollAccountHolder() != null
        && !onboarding.payrollAccountHolder().equals(OTHER_HOLDER)) {
      String json =
          Fixtures.toJson(renamed)
              .replace(
                  "\"payrollAccountHolder\":\"" + onboarding.payrollAccountHolder() + "\"",
                  "\"payrollAccountHolder\":\"" + other.full() + "\"");
      return Fixtures.profile(json);
    }
    return renamed;
  }

  @Provide
  Arbitrary<PersonName> names() {
    Arbitrary<String> pool =
        Arbitraries.of(
            "Dana",
            "Reyes",
            "민준",
            "김",
            "José",
            "Núñez",
            "Zoë",
            "O'Brien",
            "Ngozi",
            "Okonkwo",
            "Владимир",
            "Иванов",
            "محمد",
            "علي",
            "Nguyễn",
            "Thị",
            "Siobhán",
            "Müller-Lüdenscheidt",
            "李",
            "小龍",
            "X Æ");
    return Combinators.combine(pool, pool).as(PersonName::new);
  }

  @Provide
  Arbitrary<CandidateProfile> profiles() {
    Arbitrary<String> phone =
        Arbitraries.of(
            "",
            "'+1 212 736 5000'",
            "'+44 56 0123 4567'",
            "'+82 2 2100 2114'",
            "'not a phone'",
            "'+1 000'");
    Arbitrary<String> country = Arbitraries.of("", "US", "KR", "BE");
    Arbitrary<String> tz = Arbitraries.of("", "America/Chicago", "Asia/Seoul", "Europe/Paris");
    Arbitrary<String> ip =
        Arbitraries.of("", "198.51.100.7", "203.0.113.7", "203.0.113.130", "2001:db8::1");
    Arbitrary<String> holder = Arbitraries.of("", "same", OTHER_HOLDER);
    Arbitrary<List<String>> observations =
        Arbitraries.of(Observation.class).map(Enum::name).list().ofMaxSize(5);
    Arbitrary<String> identity =
        Arbitraries.of("", "passed", "failed", "mismatch", "pending", "not_run");
    Arbitrary<String> background = Arbitraries.of("", "clear", "identity_mismatch");
    Arbitrary<String> payment = Arbitraries.of("", "bank", "crypto", "third_party_platform");
    Arbitrary<String> firstName = Arbitraries.of("Dana", "민준", "José");
    return Combinators.combine(phone, country, tz, ip, holder, observations, identity, background)
        .flatAs(
            (p, c, t, i, h, obs, id, bg) ->
                Combinators.combine(payment, firstName, observations)
                    .as(
                        (pay, first, obs2) -> {
                          List<String> parts = new ArrayList<>();
                          parts.add("'name':{'first':'" + first + "','last':'Reyes'}");
                          if (!p.isEmpty()) parts.add("'phones':[" + p + "]");
                          List<String> loc = new ArrayList<>();
                          if (!c.isEmpty()) loc.add("'country':'" + c + "'");
                          if (!t.isEmpty()) loc.add("'timezone':'" + t + "'");
                          if (!loc.isEmpty())
                            parts.add("'location':{" + String.join(",", loc) + "}");
                          if (!i.isEmpty())
                            parts.add(
                                "'application':{'clientIp':'"
                                    + i
                                    + "','submittedAt':'2026-11-10T00:00:00Z'}");
                          List<String> ver = new ArrayList<>();
                          if (!id.isEmpty()) ver.add("'identity':'" + id + "'");
                          if (!bg.isEmpty()) ver.add("'background':'" + bg + "'");
                          if (!ver.isEmpty())
                            parts.add("'verification':{" + String.join(",", ver) + "}");
                          parts.add(
                              "'interviews':[{'round':1,'at':'2026-11-14T08:00:00Z','meetingIp':'198.51.100.9','observations':"
                                  + quoted(obs)
                                  + "},{'round':2,'observations':"
                                  + quoted(obs2)
                                  + "}]");
                          List<String> onb = new ArrayList<>();
                          if (!pay.isEmpty()) onb.add("'paymentMethod':'" + pay + "'");
                          if (h.equals("same"))
                            onb.add("'payrollAccountHolder':'" + first + " Reyes'");
                          if (h.equals(OTHER_HOLDER))
                            onb.add("'payrollAccountHolder':'" + OTHER_HOLDER + "'");
                          if (!onb.isEmpty())
                            parts.add("'onboarding':{" + String.join(",", onb) + "}");
                          return Fixtures.profile(
                              Fixtures.withId("{" + String.join(",", parts) + "}"));
                        }));
  }

  private static String quoted(List<String> values) {
    return "["
        + String.join(",", values.stream().distinct().map(v -> "'" + v + "'").toList())
        + "]";
  }
}
