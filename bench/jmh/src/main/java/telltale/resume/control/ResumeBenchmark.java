package telltale.resume.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import telltale.resume.entity.ReadLimits;
import telltale.resume.entity.ReadResult;
import telltale.resume.entity.ResumeFile;

/**
 * Reading resume files: a typical 2-page PDF and DOCX, and hostile files. The extractors run on
 * the benchmark thread (so -prof gc counts their allocation); {@code readerPdf} goes through
 * ResumeReader's worker pool to show its cost. Baseline: a 2 KB plain-text resume.
 * In package telltale.resume.control to reach the package-private extractors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResumeBenchmark {
  static final String[] LINES = {
    "Dana Example - Senior Backend Engineer",
    "dana@example.com  github.com/dana-example  linkedin.com/in/dana-example",
    "Experience: 8 years of Kubernetes and 12 years of Java at Example Corp (2014 - 2024)",
    "Led a team of six building payment services; cut p99 latency from 800 ms to 120 ms.",
    "Designed event-driven order processing on Kafka and PostgreSQL for 40 million orders a day.",
    "Education: BSc Computer Science, Example University, 2012"
  };
  final ReadLimits limits = ReadLimits.defaults();
  final PdfText pdf = new PdfText(limits.maxPages());
  final DocxText docx = new DocxText(limits.maxExpandedBytes());
  final PlainText text = new PlainText();
  ResumeReader reader;
  byte[] plainBytes, pdfBytes, docxBytes, zipBomb, encryptedPdf, nestedPdf, manyPages, executable;
  byte[] truncatedDocx, fiftyMb;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    reader = new ResumeReader(limits, 2);
    plainBytes = String.join("\n", LINES).repeat(5).getBytes(StandardCharsets.UTF_8);
    pdfBytes = pdf(2, null);
    docxBytes = docx();
    zipBomb = zipBomb(200);
    encryptedPdf = pdf(1, "open-me");
    nestedPdf = nested(20_000);
    manyPages = pdf(3_000, null);
    executable = Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 4096);
    truncatedDocx = Arrays.copyOf(docxBytes, docxBytes.length / 2);
    fiftyMb = new byte[50 * 1024 * 1024];
    System.out.printf(
        "%nfiles: pdf %d B, docx %d B, zip bomb %d B (200 MiB expanded), nested pdf %d B,"
            + " 3000-page pdf %d B%n",
        pdfBytes.length, docxBytes.length, zipBomb.length, nestedPdf.length, manyPages.length);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    reader.close();
  }

  private Budget budget() {
    return new Budget(System.nanoTime() + limits.timeout().toNanos(), limits.maxChars());
  }

  /** Extraction that ends in an outcome other than READ returns it as the exception's outcome. */
  private Object guarded(Extractor extractor, byte[] bytes) {
    try {
      return extractor.extract(bytes, budget());
    } catch (Unreadable e) {
      return e.outcome();
    } catch (IOException | RuntimeException e) {
      return e.getClass();
    }
  }

  @Benchmark
  public Object baselinePlainText() {
    return text.extract(plainBytes, budget());
  }

  @Benchmark
  public Object pdfTwoPages() {
    return guarded(pdf, pdfBytes);
  }

  @Benchmark
  public Object docxTypical() {
    return guarded(docx, docxBytes);
  }

  @Benchmark
  public ReadResult readerPdf() {
    return reader.read(new ResumeFile(pdfBytes, "cv.pdf", "application/pdf"));
  }

  @Benchmark
  public Object docxZipBomb() {
    return guarded(docx, zipBomb);
  }

  @Benchmark
  public Object pdfPasswordToOpen() {
    return guarded(pdf, encryptedPdf);
  }

  @Benchmark
  public Object pdfNested20000() {
    return guarded(pdf, nestedPdf);
  }

  @Benchmark
  public Object pdf3000Pages() {
    return guarded(pdf, manyPages);
  }

  @Benchmark
  public Object docxTruncated() {
    return guarded(docx, truncatedDocx);
  }

  @Benchmark
  public ReadResult readerExecutableNamedPdf() {
    return reader.read(new ResumeFile(executable, "cv.pdf", "application/pdf"));
  }

  @Benchmark
  public ReadResult readerFiftyMb() {
    return reader.read(new ResumeFile(fiftyMb, "cv.pdf", "application/pdf"));
  }

  static byte[] pdf(int pages, String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        if (p >= 2) {
          continue; // a long tail of empty pages
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
          content.newLineAtOffset(40, 800);
          for (int i = 0; i < 40; i++) {
            content.showText(LINES[i % LINES.length]);
            content.newLineAtOffset(0, -18);
          }
          content.endText();
        }
      }
      document.getDocumentInformation().setAuthor("Dana Example");
      if (userPassword != null) {
        document.protect(
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (int i = 0; i < 80; i++) {
        document.createParagraph().createRun().setText(LINES[i % LINES.length]);
      }
      document.getProperties().getCoreProperties().setCreator("Dana Example");
      document.getProperties().getExtendedProperties().setTemplate("Normal.dotm");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  static byte[] zipBomb(int mebibytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < mebibytes; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static byte[] nested(int depth) {
    String catalog =
        "<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(depth) + "]".repeat(depth) + " >>";
    String[] objects = {
      catalog,
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 4\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
