package telltale.resume.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import telltale.resume.entity.DocumentMetadata;
import telltale.resume.entity.ReadOutcome;

/**
 * OpenDocument text with the JDK alone: {@link ZipGuard} reads content.xml, meta.xml and the
 * manifest in one capped pass, and StAX (no DTDs, no external entities) reads them with a depth
 * limit. An encrypted package (encryption-data in the manifest) is reported as encrypted.
 */
final class OdtText implements Extractor {
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String CONTENT = "content.xml";
  private static final String META_XML = "meta.xml";
  private static final String MANIFEST = "META-INF/manifest.xml";
  private final long maxExpanded;
  private final int maxNesting;

  OdtText(long maxExpanded, int maxNesting) {
    this.maxExpanded = maxExpanded;
    this.maxNesting = maxNesting;
  }

  @Override
  public Extraction extract(byte[] bytes, Budget budget) throws IOException {
    Map<String, byte[]> parts =
        ZipGuard.check(bytes, maxExpanded, Set.of(CONTENT, META_XML, MANIFEST), budget);
    byte[] manifest = parts.get(MANIFEST);
    if (manifest != null
        && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
      throw new Unreadable(ReadOutcome.ENCRYPTED, "encrypted OpenDocument package");
    }
    if (!parts.containsKey(CONTENT)) {
      throw new IOException("no content.xml");
    }
    try {
      text(parts.get(CONTENT), budget);
      Meta meta = parts.containsKey(META_XML) ? meta(parts.get(META_XML)) : new Meta();
      return new Extraction(budget.text(), meta.pages, budget.full(), List.of(), meta.metadata());
    } catch (XMLStreamException e) {
      throw new IOException("OpenDocument XML is not well-formed", e);
    }
  }

  private void text(byte[] content, Budget budget) throws XMLStreamException {
    XMLStreamReader xml = SafeXml.reader(content);
    int depth = 0;
    boolean inBody = false;
    while (xml.hasNext() && !budget.full()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > maxNesting) {
            throw new Unreadable(ReadOutcome.UNSAFE, "XML nested deeper than " + maxNesting);
          }
          budget.check();
          inBody |= "body".equals(xml.getLocalName());
          if (TEXT.equals(xml.getNamespaceURI())) {
            switch (xml.getLocalName()) {
              case "s" -> budget.append(" ");
              case "tab" -> budget.append("\t");
              case "line-break" -> budget.append("\n");
              default -> {}
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (TEXT.equals(xml.getNamespaceURI())
              && ("p".equals(xml.getLocalName()) || "h".equals(xml.getLocalName()))) {
            budget.append("\n");
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (inBody) {
            budget.append(xml.getText());
          }
        }
        default -> {}
      }
    }
  }

  private Meta meta(byte[] metaXml) throws XMLStreamException {
    XMLStreamReader xml = SafeXml.reader(metaXml);
    Meta meta = new Meta();
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (++depth > maxNesting) {
        throw new Unreadable(ReadOutcome.UNSAFE, "XML nested deeper than " + maxNesting);
      }
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if (META.equals(ns) && "document-statistic".equals(name)) {
        meta.pages = number(xml.getAttributeValue(META, "page-count"));
      } else if (META.equals(ns) && "template".equals(name)) {
        meta.template = xml.getAttributeValue(XLINK, "href");
      } else if (META.equals(ns) || DC.equals(ns)) {
        String key = ns.equals(DC) ? "dc:" + name : name;
        switch (key) {
          case "initial-creator" -> meta.author = xml.getElementText();
          case "dc:creator" -> meta.lastModifiedBy = xml.getElementText();
          case "generator" -> meta.generator = xml.getElementText();
          case "creation-date" -> meta.created = time(xml.getElementText());
          case "dc:date" -> meta.modified = time(xml.getElementText());
          default -> {
            continue;
          }
        }
        depth--; // getElementText consumed the end tag
      }
    }
    return meta;
  }

  private static int number(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** ODF dates are xsd:dateTime, usually without an offset (local time of the writer). */
  private static OffsetDateTime time(String text) {
    try {
      return OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.strip()).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static final class Meta {
    String author;
    String lastModifiedBy;
    String generator;
    String template;
    OffsetDateTime created;
    OffsetDateTime modified;
    int pages;

    DocumentMetadata metadata() {
      return new DocumentMetadata(
          author, lastModifiedBy, generator, null, created, modified, template, null, null);
    }
  }
}
