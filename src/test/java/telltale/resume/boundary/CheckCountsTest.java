package telltale.resume.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.catalogue.control.CatalogueLoader;
import telltale.configfile.ConfigFiles;
import telltale.intake.WebhookFixtures;
import telltale.intake.adapters.Adapters;
import telltale.intake.adapters.AshbyAdapter;
import telltale.intake.adapters.Intake;
import telltale.intake.adapters.LeverAdapter;
import telltale.intake.adapters.SmartRecruitersAdapter;
import telltale.linkage.entity.Links;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.ResumeFile;
import telltale.reference.ReferenceLoader;
import telltale.resume.control.DocumentFingerprint;
import telltale.resume.control.ResumeFiles;
import telltale.resume.entity.ResumeReading;
import telltale.screening.control.ChecklistEngine;
import telltale.screening.entity.Screening;
import telltale.screening.rules.Rules;

/**
 * How many of the catalogue's checks run for each vendor-shaped delivery in
 * src/test/resources/webhooks/, without the resume and with a typical resume file read (the
 * two-page PDF the tests write), through the real engine and the real reader. Thin deliveries are
 * completed from the vendor API's sample answer first, as the fetch worker does with read access;
 * the links are those of a first candidate (history consulted, nothing shared). The table goes to
 * the console and to target/check-counts.md; the README's "Resume files" section quotes it.
 *
 * <pre>mvn -q -o test -Dtest=CheckCountsTest</pre>
 */
class CheckCountsTest {
  static final Path CONFIG = Path.of("config");
  static final Path REPORT = Path.of("target/check-counts.md");
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  /** A delivery, and whether its vendor hands over a resume Telltale now fetches (or is pushed). */
  record Delivery(Ats ats, String fixture, boolean carriesResume) {}

  static final List<Delivery> DELIVERIES =
      List.of(
          new Delivery(Ats.greenhouse, "new_candidate_application", true),
          new Delivery(Ats.ashby, "application_submit", true),
          new Delivery(Ats.workable, "candidate_created", true),
          new Delivery(Ats.jazzhr, "candidate_export", true),
          new Delivery(Ats.lever, "application_created", true),
          new Delivery(Ats.smartrecruiters, "application_created", true),
          new Delivery(Ats.recruitee, "candidate_moved", false),
          new Delivery(Ats.generic, "profile", true));

  static ChecklistEngine engine;
  static Resumes resumes;
  static byte[] resume;

  @BeforeAll
  static void start() throws IOException {
    engine =
        new ChecklistEngine(
            new CatalogueLoader(ConfigFiles.in(CONFIG)).load(),
            Rules.all(),
            new ReferenceLoader(ConfigFiles.in(CONFIG)).load(Set.of()));
    resumes = new Resumes();
    resumes.maxBytes = 10 * 1024 * 1024;
    resumes.documents = new DocumentFingerprint("check-counts-test-secret".getBytes());
    resumes.start();
    resume = ResumeFiles.twoPagePdf("Dana Example");
  }

  @AfterAll
  static void stop() {
    resumes.stop();
  }

  /** The profile the service screens for this delivery: thin ones completed from the API. */
  static CandidateProfile delivered(Delivery delivery) {
    WebhookFixtures.Signed request = WebhookFixtures.signed(delivery.ats(), delivery.fixture());
    Intake.Candidate read =
        assertInstanceOf(
            Intake.Candidate.class,
            Adapters.forAts(delivery.ats()).read(request.delivery(), request.json()));
    CandidateProfile profile = read.profile();
    return switch (delivery.ats()) {
      case lever ->
          profile.completedWith(LeverAdapter.fromOpportunity(api(Ats.lever, "opportunity")));
      case ashby ->
          profile.completedWith(AshbyAdapter.fromCandidateInfo(api(Ats.ashby, "candidate_info")));
      case smartrecruiters ->
          profile.completedWith(
              SmartRecruitersAdapter.fromApplication(api(Ats.smartrecruiters, "candidate")));
      default -> profile;
    };
  }

  static JsonObject api(Ats ats, String name) {
    return Json.createReader(new ByteArrayInputStream(WebhookFixtures.body(ats, name)))
        .readObject();
  }

  /** Checks run (not listed as missing) without the resume. */
  static Screening before(CandidateProfile profile) {
    return engine.screen("before", profile, new Links(true, List.of(), List.of()), NOW);
  }

  /** Checks run with the resume file read as the service reads it. */
  static Screening after(CandidateProfile profile) {
    ResumeReading reading =
        resumes.read(profile.withResumeFile(ResumeFile.of(resume, "resume.pdf", null)));
    assertTrue(reading.read(), reading.notes().toString());
    Links links = new Links(true, List.of(), List.of(), true, !reading.prints().isEmpty());
    return engine.screen(
        "after",
        reading.profile(),
        links,
        reading.times(),
        NOW,
        ChecklistEngine.PersonExplanations.none());
  }

  @Test
  void aReadResumeRunsMoreChecksWhereTheVendorCarriesOne() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("| delivery | checks run before | after | total |");
    rows.add("|---|---:|---:|---:|");
    for (Delivery delivery : DELIVERIES) {
      CandidateProfile profile = delivered(delivery);
      Screening before = before(profile);
      Screening after = after(profile);
      int total = before.coverage().total();
      assertEquals(total, after.coverage().total());
      int ran = before.coverage().evaluated();
      int read = delivery.carriesResume() ? after.coverage().evaluated() : ran;
      if (delivery.carriesResume()) {
        assertTrue(read > ran, delivery + ": " + ran + " before, " + read + " after");
      }
      rows.add(
          "| "
              + delivery.ats()
              + " "
              + delivery.fixture()
              + (delivery.carriesResume()
                  ? delivery.ats() == Ats.generic ? " (resume file pushed)" : ""
                  : " (no resume file)")
              + " | "
              + ran
              + " | "
              + read
              + " | "
              + total
              + " |");
    }
    String table = String.join("\n", rows) + "\n";
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, table);
    System.out.println(table);
  }
}
