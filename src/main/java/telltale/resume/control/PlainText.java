package telltale.resume.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import telltale.resume.entity.DocumentMetadata;

/** UTF-8 text (already checked by the sniffer), without a byte-order mark. */
final class PlainText implements Extractor {
  @Override
  public Extraction extract(byte[] bytes, Budget budget) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    budget.append(text.startsWith("\uFEFF") ? text.substring(1) : text);
    return new Extraction(budget.text(), 0, budget.full(), List.of(), DocumentMetadata.NONE);
  }
}
