package telltale.resume.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real resume files written by the tests: PDFs through PDFBox, DOCX through POI, ODT and the
 * hostile files by hand. Nothing touches the disk.
 */
public final class ResumeFiles {
  static final String[] PAGE_ONE = {
    "Dana Example - Senior Backend Engineer",
    "dana@example.com  github.com/dana-example  linkedin.com/in/dana-example",
    "Experience: 15 years of Kubernetes and 6 years of Java at Example Corp (2018 - 2024)"
  };
  static final String[] PAGE_TWO = {"Education: BSc Computer Science, Example University, 2014"};

  private ResumeFiles() {}

  /** A two-page resume with author metadata and a link annotation to a GitHub profile. */
  public static byte[] twoPagePdf(String author) throws IOException {
    try (PDDocument document = new PDDocument()) {
      page(document, PAGE_ONE, Optional.of("https://github.com/Dana-Example?tab=repositories"));
      page(document, PAGE_TWO, Optional.empty());
      PDDocumentInformation info = document.getDocumentInformation();
      info.setAuthor(author);
      info.setCreator("Microsoft® Word for Microsoft 365");
      info.setProducer("Microsoft® Word for Microsoft 365");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+09:00"));
      created.clear();
      created.set(2024, Calendar.JANUARY, 1, 12, 0, 0);
      info.setCreationDate(created);
      return save(document);
    }
  }

  /** Many empty pages after one page of text. */
  static byte[] pdfWithPages(int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      page(document, PAGE_ONE, Optional.empty());
      for (int i = 1; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      return save(document);
    }
  }

  /** A resume with a form field and JavaScript run when opened (never by Telltale). */
  static byte[] pdfWithJavaScriptAndForm() throws IOException {
    try (PDDocument document = new PDDocument()) {
      page(document, PAGE_ONE, Optional.empty());
      PDAcroForm form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
      PDResources resources = new PDResources();
      resources.put(
          COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(resources);
      form.setDefaultAppearance("/Helv 0 Tf 0 g");
      PDTextField field = new PDTextField(form);
      field.setPartialName("name");
      form.getFields().add(field);
      document
          .getDocumentCatalog()
          .setOpenAction(new PDActionJavaScript("app.alert('hello'); this.submitForm('x');"));
      return save(document);
    }
  }

  /** Encrypted; with a user password it cannot be opened, with only an owner password it can. */
  public static byte[] encryptedPdf(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      page(document, PAGE_ONE, Optional.empty());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    }
  }

  /** A PDF written by hand whose catalog holds an array nested {@code depth} times. */
  static byte[] pdfWithNesting(int depth) {
    String nested = "[".repeat(depth) + "]".repeat(depth);
    return handWrittenPdf(
        List.of(
            "<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
  }

  /** A page tree whose Kids chain is {@code depth} levels deep before the only page. */
  static byte[] pdfWithDeepPageTree(int depth) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    for (int level = 0; level < depth; level++) {
      int self = 2 + level;
      String parent = level == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
      objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>");
    }
    objects.add("<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 612 792] >>");
    return handWrittenPdf(objects);
  }

  /** One page whose content stream expands from about a MB to {@code expandedMiB} MiB of text. */
  static byte[] pdfWithContentBomb(int expandedMiB) throws IOException {
    byte[] chunk = "BT /F1 12 Tf (x) Tj ET\n".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
    return pdfWithStream(
        expandedMiB, chunk, (document, page, stream) -> page.setContents(new PDStream(stream)));
  }

  /** One page of text and an image of {@code side} x {@code side} RGB pixels (side^2 x 3 bytes). */
  static byte[] pdfWithHugeImage(int side) throws IOException {
    long expanded = 3L * side * side;
    byte[] zeros = new byte[1024 * 1024];
    return pdfWithStream(
        (int) (expanded / zeros.length),
        zeros,
        (document, page, stream) -> {
          stream.setItem(COSName.TYPE, COSName.XOBJECT);
          stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
          stream.setInt(COSName.WIDTH, side);
          stream.setInt(COSName.HEIGHT, side);
          stream.setInt(COSName.BITS_PER_COMPONENT, 8);
          stream.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
          PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
          try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 0, 0, 100, 100);
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(50, 780);
            content.showText(PAGE_ONE[0]);
            content.endText();
          }
        });
  }

  private interface PageWithStream {
    void attach(PDDocument document, PDPage page, COSStream stream) throws IOException;
  }

  private static byte[] pdfWithStream(int mebibytes, byte[] chunk, PageWithStream attach)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream raw = stream.createRawOutputStream();
          DeflaterOutputStream out =
              new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
        for (long n = 0; n < mebibytes * 1024L * 1024; n += chunk.length) {
          out.write(chunk);
        }
      }
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      attach.attach(document, page, stream);
      return save(document);
    }
  }

  /** A DOCX with author, template and a hyperlink, as Word would stamp them. */
  static byte[] docx(String author, String template) throws Exception {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : PAGE_ONE) {
        document.createParagraph().createRun().setText(line);
      }
      document
          .createParagraph()
          .createHyperlinkRun("https://gitlab.com/dana-example")
          .setText("My GitLab");
      document.getProperties().getCoreProperties().setCreator(author);
      document.getProperties().getCoreProperties().setLastModifiedByUser(author);
      document.getProperties().getCoreProperties().setCreated("2024-01-01T12:00:00Z");
      document.getProperties().getExtendedProperties().setTemplate(template);
      document.getProperties().getExtendedProperties().setApplication("Microsoft Office Word");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A DOCX protected with a password to open (agile encryption, an OLE2 container). */
  static byte[] encryptedDocx() throws Exception {
    byte[] plain = docx("Dana Example", "Normal.dotm");
    try (POIFSFileSystem files = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(files)) {
        out.write(plain);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      files.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** A DOCX whose document part expands from a few hundred KB to {@code expandedMiB} MiB. */
  static byte[] docxZipBomb(int expandedMiB) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < expandedMiB; i++) {
        zip.write(spaces);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** An OpenDocument text with the given content.xml body and a meta.xml. */
  static byte[] odt(String contentXml, String metaXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      entry(zip, "content.xml", contentXml);
      entry(zip, "meta.xml", metaXml);
    }
    return bytes.toByteArray();
  }

  static String odtContent(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
        + "<office:body><office:text>"
        + body
        + "</office:text></office:body></office:document-content>";
  }

  static final String ODT_META =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-meta"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
          + "<office:meta><meta:initial-creator>Kim Writer</meta:initial-creator>"
          + "<dc:creator>Kim Writer</dc:creator>"
          + "<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>"
          + "<meta:creation-date>2024-03-01T09:30:00</meta:creation-date>"
          + "<meta:document-statistic meta:page-count=\"1\"/></office:meta></office:document-meta>";

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
          + " Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
          + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
          + " PartName=\"/word/document.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
          + " Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"word/document.xml\"/></Relationships>";

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void page(PDDocument document, String[] lines, Optional<String> link)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.newLineAtOffset(50, 780);
      for (String line : lines) {
        content.showText(line);
        content.newLineAtOffset(0, -16);
      }
      content.endText();
    }
    if (link.isPresent()) {
      PDAnnotationLink annotation = new PDAnnotationLink();
      annotation.setRectangle(new PDRectangle(50, 750, 200, 16));
      PDActionURI action = new PDActionURI();
      action.setURI(link.get());
      annotation.setAction(action);
      page.getAnnotations().add(annotation);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** Numbered objects 1..n with a correct cross-reference table. */
  private static byte[] handWrittenPdf(List<String> objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
