package telltale.resume.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import telltale.resume.entity.FileType;
import telltale.resume.entity.ReadLimits;
import telltale.resume.entity.ReadOutcome;
import telltale.resume.entity.ReadResult;
import telltale.resume.entity.ResumeFile;

class ResumeReaderTest {
  private static final File TMP = new File(System.getProperty("java.io.tmpdir"));
  private static Set<String> tmpBefore;
  private static ResumeReader reader;
  private static byte[] encryptedDocx;
  private static boolean poiDirBefore;

  @BeforeAll
  static void start() throws Exception {
    // POI's encryptor (the test's writer, not the reader) goes through a temp file and leaves an
    // empty poifiles directory: it runs before the snapshot and its directory is removed after
    poiDirBefore = new File(TMP, "poifiles").exists();
    encryptedDocx = ResumeFiles.encryptedDocx();
    tmpBefore = tmpFiles();
    reader = new ResumeReader(ReadLimits.defaults(), 2);
  }

  @AfterEach
  void noWorkerStaysBusy() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (reader.busyWorkers() > 0 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertEquals(0, reader.busyWorkers(), "a reader thread is still busy");
  }

  @AfterAll
  static void nothingLeftInTemp() {
    reader.close();
    Set<String> added = tmpFiles();
    added.removeAll(tmpBefore);
    // the machine is shared: only names the libraries would give their scratch files count
    Set<String> ours =
        added.stream()
            .filter(n -> n.matches("(?i).*(pdfbox|poi|streamcache|scratch|\\.tmp).*"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(), ours, "files left in " + TMP);
    if (!poiDirBefore) {
      new File(TMP, "poifiles").delete(); // only when empty
    }
  }

  private static Set<String> tmpFiles() {
    String[] names = TMP.list();
    return names == null ? new HashSet<>() : new HashSet<>(Arrays.asList(names));
  }

  private static ReadResult read(byte[] bytes, String filename) {
    return reader.read(new ResumeFile(bytes, filename, null));
  }

  @Test
  void aTwoPagePdfIsReadWithItsMetadataAndLinks() throws Exception {
    ReadResult result = read(ResumeFiles.twoPagePdf("Dana Example"), "dana.pdf");

    assertEquals(ReadOutcome.READ, result.outcome());
    assertEquals(FileType.PDF, result.detected());
    assertEquals(2, result.pages());
    assertFalse(result.truncated());
    assertTrue(result.text().contains("15 years of Kubernetes"), result.text());
    assertTrue(result.text().contains("Example University"), result.text());
    assertEquals("Dana Example", result.metadata().author());
    assertEquals("Microsoft® Word for Microsoft 365", result.metadata().creatorTool());
    assertEquals(OffsetDateTime.parse("2024-01-01T12:00:00+09:00"), result.metadata().created());
    assertEquals(List.of("https://github.com/Dana-Example?tab=repositories"), result.links());
  }

  @Test
  void aDocxIsReadWithAuthorTemplateAndHyperlinks() throws Exception {
    ReadResult result = read(ResumeFiles.docx("Kim Writer", "TM16392875"), "kim.docx");

    assertEquals(ReadOutcome.READ, result.outcome());
    assertEquals(FileType.DOCX, result.detected());
    assertTrue(result.text().contains("6 years of Java"), result.text());
    assertEquals("Kim Writer", result.metadata().author());
    assertEquals("TM16392875", result.metadata().template());
    assertEquals("Microsoft Office Word", result.metadata().creatorTool());
    assertEquals(OffsetDateTime.parse("2024-01-01T12:00:00Z"), result.metadata().created());
    assertEquals(List.of("https://gitlab.com/dana-example"), result.links());
  }

  @Test
  void rtfOdtAndPlainTextAreRead() throws Exception {
    ReadResult rtf =
        read("{\\rtf1\\ansi Dana \\b Example\\b0\\par Kotlin\\par}".getBytes(), "cv.rtf");
    ReadResult odt =
        read(
            ResumeFiles.odt(
                ResumeFiles.odtContent("<text:h>Dana</text:h><text:p>Go<text:s/>and Rust</text:p>"),
                ResumeFiles.ODT_META),
            "cv.odt");
    ReadResult text =
        read("\uFEFFDana Example\n8 years of Go".getBytes(StandardCharsets.UTF_8), "cv");

    assertEquals(ReadOutcome.READ, rtf.outcome());
    assertTrue(rtf.text().contains("Dana Example"), rtf.text());
    assertEquals(ReadOutcome.READ, odt.outcome());
    assertEquals("Dana\nGo and Rust\n", odt.text());
    assertEquals("Kim Writer", odt.metadata().author());
    assertEquals("LibreOffice/7.4.7.2$Linux_X86_64", odt.metadata().creatorTool());
    assertEquals(1, odt.pages());
    assertEquals(ReadOutcome.READ, text.outcome());
    assertEquals("Dana Example\n8 years of Go", text.text());
  }

  @Test
  void aDocxZipBombIsRefusedBeforePoiExpandsIt() throws Exception {
    byte[] bomb = ResumeFiles.docxZipBomb(200);
    assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);

    assertEquals(ReadOutcome.UNSAFE, read(bomb, "cv.docx").outcome());
  }

  @Test
  void deeplyNestedPdfObjectsEndAsAnOutcome() {
    ReadResult arrays = read(ResumeFiles.pdfWithNesting(20_000), "cv.pdf");
    ReadResult pageTree = read(ResumeFiles.pdfWithDeepPageTree(5_000), "cv.pdf");

    // PDFBox stops arrays at depth 500 (BaseParser.MAX_RECURSION_DEPTH); a deep page tree is
    // walked by recursion in places, so it is read or, when the stack runs out, refused as unsafe
    assertEquals(ReadOutcome.DAMAGED, arrays.outcome());
    assertTrue(
        Set.of(ReadOutcome.READ, ReadOutcome.UNSAFE).contains(pageTree.outcome()), "" + pageTree);
  }

  @Test
  void aHugeImageIsNeverDecoded() throws Exception {
    byte[] pdf = ResumeFiles.pdfWithHugeImage(12_000); // 432 MB of pixels

    ReadResult result = read(pdf, "cv.pdf");

    assertEquals(ReadOutcome.READ, result.outcome());
    assertTrue(result.text().contains("Senior Backend Engineer"));
  }

  @Test
  void aContentStreamThatExpandsHugelyIsStoppedAtTheTimeLimit() throws Exception {
    byte[] pdf = ResumeFiles.pdfWithContentBomb(200);
    ReadLimits quick = ReadLimits.defaults().withTimeout(Duration.ofSeconds(1));
    try (ResumeReader hurried = new ResumeReader(quick, 1)) {
      ReadResult result = hurried.read(new ResumeFile(pdf, "cv.pdf", null));

      assertEquals(ReadOutcome.TIMED_OUT, result.outcome());
      awaitIdle(hurried);
    }
  }

  @Test
  void thousandsOfPagesAreCountedButOnlyTheFirstRead() throws Exception {
    ReadResult result = read(ResumeFiles.pdfWithPages(3_000), "cv.pdf");

    assertEquals(ReadOutcome.READ, result.outcome());
    assertEquals(3_000, result.pages());
    assertTrue(result.truncated());
  }

  @Test
  void aFileOverTheSizeLimitIsNotOpened() {
    byte[] fifty = new byte[50 * 1024 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, fifty, 0, 9);

    ReadResult result = read(fifty, "cv.pdf");

    assertEquals(ReadOutcome.TOO_LARGE, result.outcome());
    assertEquals("", result.text());
  }

  @Test
  void javaScriptAndFormsAreIgnoredAndTheTextRead() throws Exception {
    ReadResult result = read(ResumeFiles.pdfWithJavaScriptAndForm(), "cv.pdf");

    assertEquals(ReadOutcome.READ, result.outcome());
    assertTrue(result.text().contains("Senior Backend Engineer"));
  }

  @Test
  void aPasswordToOpenMakesItEncryptedButAnOwnerPasswordAloneDoesNot() throws Exception {
    assertEquals(
        ReadOutcome.ENCRYPTED, read(ResumeFiles.encryptedPdf("open-me"), "cv.pdf").outcome());
    assertEquals(ReadOutcome.ENCRYPTED, read(encryptedDocx, "cv.docx").outcome());

    ReadResult ownerOnly = read(ResumeFiles.encryptedPdf(""), "cv.pdf");
    assertEquals(ReadOutcome.READ, ownerOnly.outcome());
    assertTrue(ownerOnly.text().contains("Senior Backend Engineer"));
  }

  @Test
  void truncatedFilesAreDamagedOrReadAsFarAsTheyGo() throws Exception {
    byte[] docx = ResumeFiles.docx("Kim Writer", "Normal.dotm");
    byte[] pdf = ResumeFiles.twoPagePdf("Dana Example");

    assertEquals(
        ReadOutcome.DAMAGED, read(Arrays.copyOf(docx, docx.length / 2), "cv.docx").outcome());
    assertEquals(ReadOutcome.DAMAGED, read(Arrays.copyOf(pdf, 40), "cv.pdf").outcome());
    // PDFBox rebuilds a lost cross-reference table: half a PDF often gives its first page
    ReadResult half = read(Arrays.copyOf(pdf, pdf.length / 2), "cv.pdf");
    assertTrue(Set.of(ReadOutcome.DAMAGED, ReadOutcome.READ).contains(half.outcome()), "" + half);
  }

  @Test
  void anExecutableNamedPdfIsAnUnsupportedType() {
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
    byte[] exe = "MZ\u0090\0\3\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

    ReadResult linux = read(elf, "resume.pdf");
    ReadResult windows = reader.read(new ResumeFile(exe, "resume.pdf", "application/pdf"));

    assertEquals(ReadOutcome.UNSUPPORTED_TYPE, linux.outcome());
    assertEquals(FileType.EXECUTABLE, linux.detected());
    assertEquals(FileType.PDF, linux.declared());
    assertTrue(
        linux.description().contains("named or declared as PDF but its content is a program"));
    assertEquals(ReadOutcome.UNSUPPORTED_TYPE, windows.outcome());
  }

  @Test
  void odtGuardsExternalEntitiesNestingAndEncryption() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + ResumeFiles.odtContent("<text:p>&e;</text:p>").substring(21);
    String deep =
        ResumeFiles.odtContent("<text:span>".repeat(500) + "x" + "</text:span>".repeat(500));

    ReadResult entity = read(ResumeFiles.odt(xxe, ResumeFiles.ODT_META), "cv.odt");
    ReadResult nested = read(ResumeFiles.odt(deep, ResumeFiles.ODT_META), "cv.odt");

    assertFalse(entity.text().contains("root:"), entity.text());
    assertEquals(ReadOutcome.UNSAFE, nested.outcome());
  }

  @Test
  void aStallingReaderIsStoppedAndItsWorkerFreed() {
    ReadLimits quick = ReadLimits.defaults().withTimeout(Duration.ofMillis(300));
    Extractor sleeps =
        (bytes, budget) -> {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            throw new InterruptedIOException("stopped");
          }
          return null;
        };
    Extractor spins =
        (bytes, budget) -> {
          while (true) {
            budget.check(); // as PDFBox's text stripper does per page and per thousand glyphs
          }
        };
    try (ResumeReader sleeping = new ResumeReader(quick, 1, Map.of(FileType.TEXT, sleeps));
        ResumeReader spinning = new ResumeReader(quick, 1, Map.of(FileType.TEXT, spins))) {
      ResumeFile file = new ResumeFile("text".getBytes(StandardCharsets.UTF_8), "cv.txt", null);

      assertEquals(ReadOutcome.TIMED_OUT, sleeping.read(file).outcome());
      assertEquals(ReadOutcome.TIMED_OUT, spinning.read(file).outcome());
      awaitIdle(sleeping);
      awaitIdle(spinning);
    }
  }

  @Test
  void textBeyondTheCharacterLimitIsCut() {
    ResumeReader small =
        new ResumeReader(new ReadLimits(1024, 50, 10, Duration.ofSeconds(5), 1024 * 1024, 100), 1);
    try (small) {
      ReadResult result = small.read(new ResumeFile("0123456789abcdef".getBytes(), "cv.txt", null));
      assertEquals("0123456789", result.text());
      assertTrue(result.truncated());
      assertEquals(
          ReadOutcome.TOO_LARGE,
          small.read(new ResumeFile(new byte[2048], "cv.txt", null)).outcome());
    }
  }

  private static void awaitIdle(ResumeReader reader) {
    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (reader.busyWorkers() > 0 && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    assertEquals(0, reader.busyWorkers(), "the timed-out worker is still busy");
  }
}
