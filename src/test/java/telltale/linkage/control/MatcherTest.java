package telltale.linkage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;

/**
 * A12, author is another candidate's name: a resume file's author-name print links to candidates of
 * that name (by name key), never to the candidate's own name, and is never looked up as a print
 * other files share.
 */
class MatcherTest {
  static final String KIM = "name-key-kim";
  static final String DANA = "name-key-dana";

  final List<List<Fingerprint>> heldLookups = new ArrayList<>();
  final Matcher matcher = new Matcher();

  MatcherTest() {
    matcher.store =
        new PrintStore() {
          @Override
          public List<Holder> holders(
              String ats, String candidate, List<Fingerprint> fingerprints, int limit) {
            heldLookups.add(fingerprints);
            return List.of();
          }

          @Override
          public List<String> namedAs(String ats, String candidate, String nameKey, int limit) {
            return nameKey.equals(KIM) ? List.of("screening-of-kim") : List.of();
          }
        };
  }

  static Prints prints(String ownNameKey, String authorNameKey) {
    return new Prints(
        List.of(new Fingerprint("email", "e1"), new Fingerprint(Prints.AUTHOR_NAME, authorNameKey)),
        Optional.ofNullable(ownNameKey),
        Optional.empty());
  }

  @Test
  void aFileWrittenUnderAnotherCandidatesNameLinksToThatCandidate() {
    Links links = matcher.find("greenhouse", "c-dana", prints(DANA, KIM));
    assertEquals(
        List.of(new Links.SharedIdentifier(Prints.AUTHOR_NAME, List.of("screening-of-kim"))),
        links.shared());
    assertTrue(links.documentsCompared());
    assertEquals(List.of(List.of(new Fingerprint("email", "e1"))), heldLookups);
  }

  /**
   * Fairness: renaming only the candidate (to any name but the file's author) changes neither the
   * links nor, through the real engine, any rule's points, the score or the band.
   */
  @Test
  void changingOnlyTheCandidatesOwnNameChangesNoScore() throws Exception {
    var engine =
        new telltale.screening.control.ChecklistEngine(
            new telltale.catalogue.control.CatalogueLoader(
                    telltale.configfile.ConfigFiles.in(java.nio.file.Path.of("config")))
                .load(),
            telltale.screening.rules.Rules.all(),
            new telltale.reference.ReferenceLoader(
                    telltale.configfile.ConfigFiles.in(java.nio.file.Path.of("config")))
                .load(java.util.Set.of()));
    var profile =
        telltale.profile.CandidateProfile.builder("c-dana")
            .name(new telltale.profile.PersonName("Dana", "Reyes"))
            .emails(List.of("dana@example.com"))
            .resumeFile(new telltale.profile.ResumeFile("cv.pdf", null, "JVBERi0="))
            .build();
    var renamed = profile.withName(new telltale.profile.PersonName("Lee", "Okafor"));
    Links asDana = matcher.find("greenhouse", "c-dana", prints(DANA, KIM));
    Links asLee = matcher.find("greenhouse", "c-dana", prints("name-key-lee", KIM));
    assertEquals(asDana, asLee);
    var now = java.time.Instant.parse("2026-11-27T00:00:00Z");
    var one = engine.screen("s1", profile, asDana, now);
    var two = engine.screen("s1", renamed, asLee, now);
    assertTrue(one.signals().stream().anyMatch(s -> s.id().equals("resume_document_reuse")));
    assertEquals(
        one.signals().stream().map(s -> s.id() + "=" + s.points()).toList(),
        two.signals().stream().map(s -> s.id() + "=" + s.points()).toList());
    assertEquals(one.score(), two.score());
    assertEquals(one.band(), two.band());
  }

  @Test
  void aFileWrittenUnderTheCandidatesOwnNameLinksNobody() {
    // Kim's own resume, authored by Kim: the other screenings of that name are not "another"
    assertEquals(List.of(), matcher.find("greenhouse", "c-kim", prints(KIM, KIM)).shared());
  }

  @Test
  void anAuthorNobodyIsNamedLinksNobody() {
    assertEquals(List.of(), matcher.find("greenhouse", "c-dana", prints(DANA, "nobody")).shared());
  }
}
