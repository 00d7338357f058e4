package telltale.resume.control;

import java.util.List;
import telltale.resume.entity.DocumentMetadata;

/** What one reader got out of a file: text (already capped), pages, links and metadata. */
record Extraction(
    String text, int pages, boolean truncated, List<String> links, DocumentMetadata metadata) {
  static final int MAX_LINKS = 50;
}
