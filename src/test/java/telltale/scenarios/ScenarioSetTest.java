package telltale.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Band;
import telltale.configfile.ConfigFiles;
import telltale.json.JsonIntake;
import telltale.linkage.control.AllowList;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.reference.ReferenceLoader;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;
import telltale.screening.rules.Rules;

/**
 * The labelled scenario set of src/test/resources/scenarios: every scenario is well-formed and is
 * screened by the shipped catalogue and reference data, in-process, with an in-memory history for
 * the linkage rules. Prints (and writes to target/scenarios/report.md) the confusion table of the
 * label a careful reviewer expects against the band the engine gives. Asserts only what must hold
 * whatever the weights: the set's structure, name invariance, and that no clean genuine profile
 * reaches HIGH. How to read and extend the set: src/test/resources/scenarios/README.md.
 */
class ScenarioSetTest {
  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  static final Path CONFIG = Path.of("config");
  static final Path REPORT = Path.of("target/scenarios/report.md");
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Set<String> TRUTHS = Set.of("genuine", "fraud");
  static final String CLEAN_FAMILY = "genuine-clean";
  static final String TOR_TAG = "tor-exit";
  static final Set<String> SCENARIO_KEYS =
      Set.of("id", "title", "truth", "label", "rationale", "tags", "history", "profile");

  /** Names in eight scripts; renaming a candidate to any of them must change nothing. */
  static final List<String[]> NAMES =
      List.of(
          new String[] {"Dana", "Reyes"},
          new String[] {"민준", "김"},
          new String[] {"Владимир", "Иванов"},
          new String[] {"محمد", "علي"},
          new String[] {"小龍", "李"},
          new String[] {"प्रिया", "शर्मा"},
          new String[] {"Νίκος", "Παπαδόπουλος"},
          new String[] {"Thị", "Nguyễn"});

  static final ChecklistEngine ENGINE =
      new ChecklistEngine(
          new CatalogueLoader(ConfigFiles.in(CONFIG)).load(),
          Rules.all(),
          new ReferenceLoader(ConfigFiles.in(CONFIG)).load(Set.of()));
  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  static final List<Scenario> ALL = Scenario.loadAll();

  /** One labelled scenario as written in its family's file. */
  record Scenario(
      String family,
      String id,
      String title,
      String truth,
      Band label,
      String rationale,
      Set<String> tags,
      JsonObject profileJson,
      List<JsonObject> historyJson) {

    CandidateProfile profile() {
      return bind(profileJson);
    }

    List<CandidateProfile> history() {
      return historyJson.stream().map(ScenarioSetTest::bind).toList();
    }

    static List<Scenario> loadAll() {
      try (Stream<Path> files = Files.list(SCENARIOS)) {
        List<Scenario> all = new ArrayList<>();
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          all.addAll(load(file));
        }
        return all;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static List<Scenario> load(Path file) throws IOException {
      String family = file.getFileName().toString().replaceFirst("\\.json$", "");
      JsonObject root = (JsonObject) JsonIntake.parse(Files.readAllBytes(file));
      assertEquals(family, root.getString("family"), file + ": family must match the file name");
      assertTrue(!root.getString("description", "").isBlank(), file + ": describe the family");
      List<Scenario> scenarios = new ArrayList<>();
      for (JsonValue value : root.getJsonArray("scenarios")) {
        JsonObject s = value.asJsonObject();
        String where = file.getFileName() + " " + s.getString("id", "(no id)");
        assertTrue(SCENARIO_KEYS.containsAll(s.keySet()), where + ": unknown keys " + s.keySet());
        Set<String> tags = new LinkedHashSet<>();
        if (s.containsKey("tags")) {
          s.getJsonArray("tags")
              .getValuesAs(JsonString.class)
              .forEach(t -> tags.add(t.getString()));
        }
        List<JsonObject> history = new ArrayList<>();
        if (s.containsKey("history")) {
          s.getJsonArray("history").forEach(h -> history.add(h.asJsonObject()));
        }
        scenarios.add(
            new Scenario(
                family,
                s.getString("id"),
                s.getString("title"),
                s.getString("truth"),
                Band.valueOf(s.getString("label")),
                s.getString("rationale"),
                tags,
                s.getJsonObject("profile"),
                history));
      }
      return scenarios;
    }
  }

  /** Reads a profile exactly as POST /api/v1/screenings does: strict JSON, binding, validation. */
  static CandidateProfile bind(JsonObject json) {
    CandidateProfile profile =
        JsonIntake.read(json.toString().getBytes(StandardCharsets.UTF_8), CandidateProfile.class);
    Set<ConstraintViolation<CandidateProfile>> violations = VALIDATOR.validate(profile);
    assertTrue(
        violations.isEmpty(),
        profile.candidateId()
            + ": "
            + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
    return profile;
  }

  static Screening screen(Scenario scenario) {
    return screen(scenario.id(), scenario.profile(), scenario.history());
  }

  static Screening screen(String id, CandidateProfile profile, List<CandidateProfile> earlier) {
    return ENGINE.screen(id, profile, InMemoryHistory.links(profile, earlier), NOW);
  }

  @Test
  void everyScenarioIsWellFormedAndReadsAsTheApiReadsIt() {
    assertTrue(ALL.size() >= 60, "the set must hold at least 60 scenarios, has " + ALL.size());
    Set<String> ids = new HashSet<>();
    Set<String> candidateIds = new HashSet<>();
    for (Scenario s : ALL) {
      assertTrue(ID.matcher(s.id()).matches(), s.id() + ": ids are lower-case-with-dashes");
      assertTrue(ids.add(s.id()), s.id() + ": duplicate scenario id");
      assertTrue(TRUTHS.contains(s.truth()), s.id() + ": truth is genuine or fraud");
      assertTrue(!s.title().isBlank() && !s.rationale().isBlank(), s.id() + ": title, rationale");
      CandidateProfile profile = s.profile();
      assertTrue(candidateIds.add(profile.candidateId()), s.id() + ": candidateId reused");
      for (CandidateProfile earlier : s.history()) {
        assertTrue(
            !earlier.candidateId().equals(profile.candidateId()),
            s.id() + ": history holds other candidates only");
      }
    }
  }

  @Test
  void torScenariosUseAddressesFromTheShippedExitList() throws IOException {
    Set<String> exits = new HashSet<>();
    for (String line : Files.readAllLines(CONFIG.resolve("reference/tor-exit-addresses.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        exits.add(line.strip());
      }
    }
    assertTrue(exits.size() > 500, "the Tor exit list looks truncated: " + exits.size());
    List<Scenario> tor = ALL.stream().filter(s -> s.tags().contains(TOR_TAG)).toList();
    assertTrue(!tor.isEmpty(), "some scenarios must come through Tor");
    for (Scenario s : tor) {
      CandidateProfile p = s.profile();
      Set<String> ips = new HashSet<>();
      if (p.application() != null && p.application().clientIp() != null) {
        ips.add(p.application().clientIp());
      }
      p.interviews().stream().map(i -> i.meetingIp()).filter(Objects::nonNull).forEach(ips::add);
      assertTrue(ips.stream().anyMatch(exits::contains), s.id() + ": no address from the list");
    }
  }

  @Test
  void renamingTheCandidateInAnyScriptChangesNothing() {
    for (Scenario s : ALL) {
      Screening before = screen(s);
      for (String[] name : NAMES) {
        CandidateProfile original = s.profile();
        CandidateProfile renamed = bind(renamed(s.profileJson(), original, name));
        List<CandidateProfile> history = new ArrayList<>();
        for (JsonObject earlier : s.historyJson()) {
          // an earlier screening of the same person is renamed with them
          boolean same =
              original.name() != null
                  && bind(earlier).name() != null
                  && original.name().sameAs(bind(earlier).name().full());
          history.add(bind(same ? renamed(earlier, original, name) : earlier));
        }
        Screening after = screen(s.id(), renamed, history);
        assertEquals(before.score(), after.score(), s.id() + " renamed " + String.join(" ", name));
        assertEquals(ids(before), ids(after), s.id() + " renamed " + String.join(" ", name));
      }
    }
  }

  /** The profile under another name, and its payroll holder too when that was the candidate. */
  static JsonObject renamed(JsonObject json, CandidateProfile profile, String[] name) {
    var builder =
        Json.createObjectBuilder(json)
            .add("name", Json.createObjectBuilder().add("first", name[0]).add("last", name[1]));
    JsonObject onboarding = json.getJsonObject("onboarding");
    if (onboarding != null
        && onboarding.containsKey("payrollAccountHolder")
        && profile.name() != null
        && profile.name().sameAs(onboarding.getString("payrollAccountHolder"))) {
      builder.add(
          "onboarding",
          Json.createObjectBuilder(onboarding)
              .add("payrollAccountHolder", name[0] + " " + name[1]));
    }
    return builder.build();
  }

  @Test
  void noCleanGenuineProfileReachesHigh() {
    List<String> failures = new ArrayList<>();
    for (Scenario s : ALL) {
      if (s.family().equals(CLEAN_FAMILY)) {
        Screening screening = screen(s);
        assertEquals("genuine", s.truth(), s.id() + ": the clean family holds genuine profiles");
        if (screening.band().compareTo(Band.HIGH) >= 0) {
          failures.add(s.id() + " " + screening.band() + " " + screening.score());
        }
      }
    }
    assertTrue(failures.isEmpty(), "clean genuine profiles at HIGH or above: " + failures);
  }

  /**
   * The product's false-positive promise: no genuine profile, alone or with a second innocent
   * circumstance, reaches HIGH; and no fraud pattern a reviewer would put at HIGH or above, nor any
   * documented case, stays LOW.
   */
  @Test
  void genuineProfilesStayBelowHighAndDocumentedPatternsNeverStayLow() {
    List<String> failures = new ArrayList<>();
    for (Scenario s : ALL) {
      Screening screening = screen(s);
      boolean genuine = s.truth().equals("genuine");
      if (genuine && screening.band().compareTo(Band.HIGH) >= 0) {
        failures.add(
            "genuine " + s.id() + " at " + screening.band() + ": " + screening.bandReason());
      }
      boolean documented =
          s.family().equals("fraud-doj-cases") || s.label().compareTo(Band.HIGH) >= 0;
      if (!genuine && documented && screening.band() == Band.LOW) {
        failures.add("fraud " + s.id() + " stays LOW (" + screening.score() + ")");
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void printsTheConfusionTable() throws IOException {
    Map<Band, Map<Band, Integer>> confusion = new EnumMap<>(Band.class);
    Map<String, Map<Band, Integer>> byTruth = new TreeMap<>();
    Map<String, int[]> byFamily = new TreeMap<>();
    StringBuilder rows = new StringBuilder();
    for (Scenario s : ALL) {
      Screening screening = screen(s);
      Band predicted = screening.band();
      confusion
          .computeIfAbsent(s.label(), b -> new EnumMap<>(Band.class))
          .merge(predicted, 1, Integer::sum);
      byTruth
          .computeIfAbsent(s.truth(), t -> new EnumMap<>(Band.class))
          .merge(predicted, 1, Integer::sum);
      int[] family = byFamily.computeIfAbsent(s.family(), f -> new int[3]);
      family[0]++;
      family[1] += predicted == s.label() ? 1 : 0;
      family[2] += predicted.compareTo(s.label()) > 0 ? 1 : 0;
      rows.append(
          String.format(
              "| %s | %s | %s | %s | %d | %s |%n",
              s.id(), s.truth(), s.label(), predicted, screening.score(), ids(screening)));
    }
    StringBuilder out = new StringBuilder();
    out.append("Scenario set: ")
        .append(ALL.size())
        .append(" scenarios, catalogue ")
        .append(ENGINE.catalogue().version())
        .append("\n\n");
    out.append("Label (rows, what a reviewer expects) x predicted band (columns)\n\n");
    out.append(header("label \\ predicted"));
    for (Band label : Band.values()) {
      out.append(row(label.name(), confusion.getOrDefault(label, Map.of())));
    }
    out.append("\nGround truth x predicted band\n\n").append(header("truth \\ predicted"));
    byTruth.forEach((truth, counts) -> out.append(row(truth, counts)));
    Map<Band, Integer> genuine = byTruth.getOrDefault("genuine", Map.of());
    Map<Band, Integer> fraud = byTruth.getOrDefault("fraud", Map.of());
    out.append(
        String.format(
            "%nIssue 12 figures: genuine at HIGH or above %d, genuine at ELEVATED %d,"
                + " fraud at LOW %d, fraud at HIGH or above %d%n",
            genuine.getOrDefault(Band.HIGH, 0) + genuine.getOrDefault(Band.CRITICAL, 0),
            genuine.getOrDefault(Band.ELEVATED, 0),
            fraud.getOrDefault(Band.LOW, 0),
            fraud.getOrDefault(Band.HIGH, 0) + fraud.getOrDefault(Band.CRITICAL, 0)));
    out.append("\n| family | scenarios | predicted = label | predicted above label |\n");
    out.append("|---|---:|---:|---:|\n");
    byFamily.forEach(
        (family, n) ->
            out.append(String.format("| %s | %d | %d | %d |%n", family, n[0], n[1], n[2])));
    out.append("\n| scenario | truth | label | predicted | score | signals |\n");
    out.append("|---|---|---|---|---:|---|\n").append(rows);
    System.out.println(out);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, out.toString());
    assertEquals(
        ALL.size(),
        confusion.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum());
  }

  private static String header(String corner) {
    StringBuilder text = new StringBuilder("| " + corner + " |");
    for (Band band : Band.values()) {
      text.append(' ').append(band).append(" |");
    }
    text.append(" total |\n|---|");
    text.append("---:|".repeat(Band.values().length + 1)).append('\n');
    return text.toString();
  }

  private static String row(String name, Map<Band, Integer> counts) {
    StringBuilder text = new StringBuilder("| " + name + " |");
    int total = 0;
    for (Band band : Band.values()) {
      int n = counts.getOrDefault(band, 0);
      total += n;
      text.append(' ').append(n).append(" |");
    }
    return text.append(' ').append(total).append(" |\n").toString();
  }

  private static List<String> ids(Screening screening) {
    return screening.signals().stream().map(Signal::id).sorted().toList();
  }

  /**
   * What the linkage lookup would answer if the scenario's earlier candidates had been screened
   * first: identifiers and near-duplicate resumes they share with this profile under another name.
   * Same fingerprints, shingles, boilerplate list and similarity threshold as the service.
   */
  static final class InMemoryHistory {
    static final Fingerprinter PRINTS =
        new Fingerprinter(
            "scenario-set-linkage-secret".getBytes(StandardCharsets.UTF_8), AllowList.none());
    static final Shingles SHINGLES = new Shingles(boilerplate());
    static final double THRESHOLD =
        Double.parseDouble(setting("telltale.linkage.resume-similarity"));

    static Links links(CandidateProfile profile, List<CandidateProfile> earlier) {
      Optional<String> mine = PRINTS.nameKey(profile);
      Set<Fingerprint> own = new HashSet<>(PRINTS.of(profile));
      int[] signature = signature(profile);
      Map<String, Set<String>> shared = new LinkedHashMap<>();
      List<Links.SimilarResume> resumes = new ArrayList<>();
      for (CandidateProfile other : earlier) {
        Optional<String> theirs = PRINTS.nameKey(other);
        if (mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs)) {
          continue; // links count only between different names
        }
        String id = "earlier-" + other.candidateId();
        for (Fingerprint print : PRINTS.of(other)) {
          if (own.contains(print)) {
            shared.computeIfAbsent(print.kind(), k -> new LinkedHashSet<>()).add(id);
          }
        }
        int[] theirSignature = signature(other);
        if (signature != null && theirSignature != null) {
          double similarity = MinHash.similarity(signature, theirSignature);
          if (similarity >= THRESHOLD) {
            resumes.add(new Links.SimilarResume(id, similarity));
          }
        }
      }
      resumes.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
      List<Links.SharedIdentifier> identifiers = new ArrayList<>();
      shared.forEach(
          (kind, ids) -> identifiers.add(new Links.SharedIdentifier(kind, List.copyOf(ids))));
      return new Links(true, identifiers, resumes, signature != null);
    }

    private static int[] signature(CandidateProfile profile) {
      String text = profile.resumeText();
      return text == null || text.isBlank() ? null : MinHash.signature(SHINGLES.of(text));
    }

    private static List<String> boilerplate() {
      try {
        return Files.readAllLines(CONFIG.resolve("reference/resume-boilerplate.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String setting(String key) {
      try (InputStream in =
          ScenarioSetTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
        Properties properties = new Properties();
        properties.load(in);
        return Objects.requireNonNull(properties.getProperty(key), key);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
