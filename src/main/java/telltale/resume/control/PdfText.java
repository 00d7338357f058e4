package telltale.resume.control;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import telltale.resume.entity.DocumentMetadata;
import telltale.resume.entity.ReadOutcome;

/**
 * PDF through PDFBox 3, entirely in memory: the info dictionary and XMP DocumentID, the text of the
 * first pages, and URI link annotations. Never renders pages, decodes images or runs JavaScript.
 */
final class PdfText implements Extractor {
  /** Streams PDFBox itself creates stay in memory, up to this; reading never uses scratch files. */
  private static final long STREAM_CACHE = 32L * 1024 * 1024;

  private static final int MAX_XMP_BYTES = 1024 * 1024;
  private static final String XMP_MM = "http://ns.adobe.com/xap/1.0/mm/";
  private final int maxPages;

  PdfText(int maxPages) {
    this.maxPages = maxPages;
  }

  @Override
  public Extraction extract(byte[] bytes, Budget budget) throws IOException {
    PDDocument document;
    try {
      document =
          Loader.loadPDF(
              bytes,
              "",
              null,
              null,
              MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE).streamCache);
    } catch (InvalidPasswordException e) {
      throw new Unreadable(ReadOutcome.ENCRYPTED, "needs a password");
    }
    try (document) {
      budget.check();
      int pages = document.getNumberOfPages();
      int read = Math.min(pages, maxPages);
      if (pages > maxPages) {
        budget.markTruncated();
      }
      Stripper stripper = new Stripper(budget);
      stripper.setStartPage(1);
      stripper.setEndPage(read);
      try {
        stripper.writeText(document, budget.writer());
      } catch (Budget.Full enough) {
        // the character cap is reached; the text so far is kept
      }
      return new Extraction(
          budget.text(), pages, budget.full(), links(document, read), metadata(document));
    }
  }

  /** Text stripping that checks the time at every page and every thousand glyphs. */
  private static final class Stripper extends PDFTextStripper {
    private final Budget budget;
    private int glyphs;

    Stripper(Budget budget) {
      this.budget = budget;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      budget.check();
      super.startPage(page);
    }

    /**
     * Glyphs past the character cap are dropped as they come: PDFBox holds a page's glyphs until
     * the page ends, so a page of millions of glyphs would otherwise fill the heap.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
      if ((++glyphs & 1023) == 0) {
        budget.check();
      }
      if (glyphs <= budget.maxChars()) {
        super.processTextPosition(text);
      } else {
        budget.markTruncated();
      }
    }
  }

  private static List<String> links(PDDocument document, int pages) {
    List<String> links = new ArrayList<>();
    for (int i = 0; i < pages && links.size() < Extraction.MAX_LINKS; i++) {
      try {
        for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri
              && uri.getURI() != null
              && links.size() < Extraction.MAX_LINKS) {
            links.add(uri.getURI());
          }
        }
      } catch (IOException | RuntimeException e) {
        // a broken annotation does not spoil the text
      }
    }
    return links;
  }

  private static DocumentMetadata metadata(PDDocument document) {
    PDDocumentInformation info = document.getDocumentInformation();
    return new DocumentMetadata(
        info.getAuthor(),
        null,
        info.getCreator(),
        info.getProducer(),
        time(info.getCreationDate()),
        time(info.getModificationDate()),
        null,
        documentId(document.getDocumentCatalog().getMetadata()),
        null);
  }

  /** A PDF date keeps the writer's UTC offset, which is worth keeping. */
  private static OffsetDateTime time(Calendar calendar) {
    if (calendar == null) {
      return null;
    }
    try {
      int offset = calendar.getTimeZone().getOffset(calendar.getTimeInMillis()) / 1000;
      return calendar.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offset));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** xmpMM:DocumentID, as an element or an attribute of the XMP packet; null when absent. */
  private static String documentId(PDMetadata metadata) {
    if (metadata == null) {
      return null;
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      byte[] xmp = in.readNBytes(MAX_XMP_BYTES);
      XMLStreamReader xml = SafeXml.reader(xmp);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String attribute = xml.getAttributeValue(XMP_MM, "DocumentID");
        if (attribute != null) {
          return attribute;
        }
        if (XMP_MM.equals(xml.getNamespaceURI()) && "DocumentID".equals(xml.getLocalName())) {
          return xml.getElementText();
        }
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // unreadable XMP: no identifier
    }
    return null;
  }
}
