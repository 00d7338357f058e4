package telltale.resume.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.PersonName;
import telltale.profile.ResumeFile;
import telltale.resume.control.DocumentFingerprint;
import telltale.resume.control.ResumeFiles;
import telltale.resume.entity.DocumentTimes;
import telltale.resume.entity.ResumeReading;

/** A profile's resume file becomes its resume text and links, and a note for the coverage. */
class ResumesTest {
  Resumes resumes = new Resumes();

  @BeforeEach
  void start() {
    resumes.maxBytes = 10L * 1024 * 1024;
    resumes.documents = new DocumentFingerprint("a linkage secret for tests".getBytes());
    resumes.start();
  }

  @AfterEach
  void stop() {
    resumes.stop();
  }

  static CandidateProfile with(ResumeFile file) {
    return CandidateProfile.builder("c1").resumeFile(file).build();
  }

  @Test
  void aPdfBecomesTheResumeTextAndItsProfilesBecomeLinks() throws Exception {
    ResumeReading reading =
        resumes.read(
            with(
                ResumeFile.of(
                    ResumeFiles.twoPagePdf("Dana Example"), "cv.pdf", "application/pdf")));

    CandidateProfile read = reading.profile();
    assertTrue(read.resumeText().contains("Kubernetes"), read.resumeText());
    assertTrue(
        read.links().contains(new Link(Link.Site.github, "https://github.com/dana-example")),
        read.links().toString());
    assertTrue(
        read.links()
            .contains(new Link(Link.Site.linkedin, "https://www.linkedin.com/in/dana-example")),
        read.links().toString());
    assertEquals(List.of("Resume file: The file was read."), reading.notes());
  }

  @Test
  void theFilesCreationTimeIsCarriedBesideTheProfile() throws Exception {
    ResumeReading reading =
        resumes.read(with(ResumeFile.of(ResumeFiles.twoPagePdf("Kim Writer"), "cv.pdf", null)));

    assertEquals(new DocumentTimes(Instant.parse("2024-01-01T03:00:00Z"), null), reading.times());
    assertSame(DocumentTimes.NONE, resumes.read(CandidateProfile.builder("c1").build()).times());
  }

  @Test
  void theSameDocumentUnderAnotherNameGivesTheSameLinkablePrints() throws Exception {
    var once =
        resumes.read(with(ResumeFile.of(ResumeFiles.twoPagePdf("Kim Writer"), "a.pdf", null)));
    var again =
        resumes.read(
            CandidateProfile.builder("c2")
                .name(new PersonName("Other", "Name"))
                .resumeFile(ResumeFile.of(ResumeFiles.twoPagePdf("Kim Writer"), "b.pdf", null))
                .build());
    var byOther =
        resumes.read(with(ResumeFile.of(ResumeFiles.twoPagePdf("Lee Author"), "c.pdf", null)));

    assertFalse(once.linkablePrints().isEmpty());
    assertEquals(once.linkablePrints(), again.linkablePrints());
    assertFalse(byOther.linkablePrints().stream().anyMatch(once.linkablePrints()::contains));
  }

  @Test
  void aDefaultAuthorIsTooCommonToLinkBy() throws Exception {
    var reading =
        resumes.read(
            with(ResumeFile.of(ResumeFiles.twoPagePdf("Microsoft Office User"), "a.pdf", null)));
    assertTrue(
        reading.linkablePrints().stream().noneMatch(p -> p.kind().equals("document_author")),
        reading.linkablePrints().toString());
  }

  @Test
  void textSentWithTheProfileWinsOverTheFile() throws Exception {
    CandidateProfile profile =
        with(ResumeFile.of(ResumeFiles.twoPagePdf("Dana"), "cv.pdf", null)).toBuilder()
            .resumeText("my own words")
            .build();
    ResumeReading reading = resumes.read(profile);
    assertEquals("my own words", reading.profile().resumeText());
    assertEquals(2, reading.notes().size());
  }

  @Test
  void aProgramNamedPdfIsNotReadAndTheNoteSaysSo() {
    byte[] program = new byte[200];
    program[0] = 'M';
    program[1] = 'Z';
    ResumeReading reading = resumes.read(with(ResumeFile.of(program, "cv.pdf", "application/pdf")));
    assertNull(reading.profile().resumeText());
    assertTrue(reading.notes().get(0).contains("a program"), reading.notes().toString());
  }

  @Test
  void anEncryptedFileIsReportedInPlainWords() throws Exception {
    ResumeReading reading =
        resumes.read(with(ResumeFile.of(ResumeFiles.encryptedPdf("secret"), "cv.pdf", null)));
    assertNull(reading.profile().resumeText());
    assertTrue(reading.notes().get(0).contains("password"), reading.notes().toString());
  }

  @Test
  void dataThatIsNotBase64IsReportedNotThrown() {
    ResumeReading reading = resumes.read(with(new ResumeFile("cv.pdf", null, "%%% not base64")));
    assertTrue(reading.notes().get(0).contains("not base64"), reading.notes().toString());
  }

  @Test
  void aProfileWithoutAFileIsLeftAsItIs() {
    CandidateProfile profile = CandidateProfile.builder("c1").resumeText("text").build();
    assertSame(profile, resumes.read(profile).profile());
  }

  @Test
  void linksFoundAreAddedOnlyUpToTheProfilesCap() {
    List<Link> full = new ArrayList<>();
    for (int i = 0; i < CandidateProfile.MAX_LINKS; i++) {
      full.add(new Link(Link.Site.portfolio, "https://example.com/" + i));
    }
    byte[] text = "see github.com/someone and gitlab.com/else".getBytes(StandardCharsets.UTF_8);
    CandidateProfile profile =
        CandidateProfile.builder("c1")
            .links(full)
            .resumeFile(ResumeFile.of(text, "cv.txt", "text/plain"))
            .build();
    assertEquals(CandidateProfile.MAX_LINKS, resumes.read(profile).profile().links().size());
  }
}
