package telltale.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import telltale.catalogue.control.CatalogueLoader;
import telltale.configfile.ConfigFiles;
import telltale.linkage.control.AllowList;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.reference.ReferenceLoader;
import telltale.screening.control.ChecklistEngine;
import telltale.profile.CandidateProfile;
import telltale.screening.entity.Screening;
import telltale.screening.rules.Rules;

/**
 * One profile through every checklist, with the shipped catalogue and the packaged reference data
 * (the real IP ranges and domain lists), built as EngineSetup builds it. The baseline in the same
 * run is the strict intake reading the same profile's JSON, so a figure reads "the engine costs N
 * parses of the profile".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  ChecklistEngine engine;
  Fingerprinter fingerprinter;
  Shingles shingles;
  byte[] fullJson;
  byte[] minimalJson;
  CandidateProfile full;
  CandidateProfile minimal;

  /** What the linkage lookup might answer for the full profile: one shared phone, one similar resume. */
  Links history;

  @Setup
  public void setUp() {
    ConfigFiles files = ConfigFiles.packaged();
    engine =
        new ChecklistEngine(
            new CatalogueLoader(files).load(),
            Rules.all(),
            new ReferenceLoader(files).load(List.of()));
    fingerprinter = new Fingerprinter(LinkageBenchmark.SECRET, AllowList.none());
    shingles = Profiles.shingles();
    fullJson = Profiles.fullJson();
    minimalJson = Profiles.minimalJson();
    full = Profiles.read(fullJson);
    minimal = Profiles.read(minimalJson);
    history =
        new Links(
            true,
            List.of(new Links.SharedIdentifier("phone", List.of("earlier-screening-1"))),
            List.of(new Links.SimilarResume("earlier-screening-2", 0.82)),
            true);
    describe("full", engine.screen("s", full, history, NOW));
    describe("minimal", engine.screen("s", minimal, Links.none(), NOW));
  }

  private static void describe(String name, Screening s) {
    // printed once per fork, so the report can say what was measured
    System.out.printf(
        "%n%s profile: %d of %d rules evaluated, %d signals, score %d, band %s%n",
        name,
        s.coverage().evaluated(),
        s.coverage().total(),
        s.signals().size(),
        s.score(),
        s.band());
  }

  /** Baseline: the strict intake (UTF-8, depth, shape and protected-attribute checks, JSON-B). */
  @Benchmark
  public CandidateProfile parseFull() {
    return Profiles.read(fullJson);
  }

  @Benchmark
  public CandidateProfile parseMinimal() {
    return Profiles.read(minimalJson);
  }

  /** Every rule of every checklist, evidence rendering, scoring and guidance. */
  @Benchmark
  public Screening screenFull() {
    return engine.screen("s", full, history, NOW);
  }

  @Benchmark
  public Screening screenMinimal() {
    return engine.screen("s", minimal, Links.none(), NOW);
  }

  /**
   * What Screenings.screen (through Linkage.prints) computes before and around the engine, less the storage: resume shingles
   * and MinHash signature, the fingerprints and the name key, then the engine.
   */
  @Benchmark
  public Screening screenFullAsFacade() {
    var resume = shingles.of(full.resumeText());
    Optional<int[]> signature =
        resume.size() >= 10 ? Optional.of(MinHash.signature(resume)) : Optional.empty();
    List<Fingerprint> prints = fingerprinter.of(full);
    Optional<String> name = fingerprinter.nameKey(full);
    if (prints.isEmpty() || name.isEmpty() || signature.isEmpty()) {
      throw new IllegalStateException("the full profile must give prints and a signature");
    }
    return engine.screen("s", full, history, NOW);
  }
}
