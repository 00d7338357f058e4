package telltale.resume.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import telltale.resume.entity.DocumentMetadata;

/**
 * DOCX through POI's XWPF, after {@link ZipGuard} has walked the package, so that a zip bomb is
 * refused before POI buffers its parts in memory. Core and extended properties give the metadata.
 */
final class DocxText implements Extractor {
  private final long maxExpanded;

  DocxText(long maxExpanded) {
    this.maxExpanded = maxExpanded;
    guardPoi(maxExpanded);
  }

  /**
   * POI's own zip-bomb guards are static, so JVM-wide; they are set here as a second line behind
   * {@link ZipGuard} (a part may expand at most 100 times, to at most the limit).
   */
  static synchronized void guardPoi(long maxExpanded) {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), maxExpanded));
    ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), ZipGuard.MAX_ENTRIES));
  }

  @Override
  public Extraction extract(byte[] bytes, Budget budget) throws IOException {
    ZipGuard.check(bytes, maxExpanded, Set.of(), budget);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      budget.check();
      String text = new XWPFWordExtractor(document).getText();
      budget.append(text);
      POIXMLProperties properties = document.getProperties();
      POIXMLProperties.CoreProperties core = properties.getCoreProperties();
      POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
      DocumentMetadata metadata =
          new DocumentMetadata(
              core.getCreator(),
              core.getLastModifiedByUser(),
              extended.getApplication(),
              null,
              utc(core.getCreated()),
              utc(core.getModified()),
              extended.getTemplate(),
              null,
              extended.getCompany());
      List<String> links =
          Arrays.stream(document.getHyperlinks())
              .map(XWPFHyperlink::getURL)
              .filter(url -> url != null && !url.isBlank())
              .limit(Extraction.MAX_LINKS)
              .toList();
      return new Extraction(budget.text(), extended.getPages(), budget.full(), links, metadata);
    }
  }

  static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
