package telltale.resume.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import telltale.resume.entity.DocumentMetadata;

/**
 * RTF through the JDK's RTFEditorKit, which needs no display. It reads text (and \\u escapes) but
 * not the \\info group, so RTF resumes carry no metadata here.
 */
final class RtfText implements Extractor {
  @Override
  public Extraction extract(byte[] bytes, Budget budget) throws IOException {
    DefaultStyledDocument document = new DefaultStyledDocument();
    try {
      new RTFEditorKit().read(new ByteArrayInputStream(bytes), document, 0);
      budget.check();
      budget.append(document.getText(0, Math.min(document.getLength(), Integer.MAX_VALUE)));
    } catch (BadLocationException e) {
      throw new IOException("RTF text could not be taken out", e);
    }
    return new Extraction(budget.text(), 0, budget.full(), List.of(), DocumentMetadata.NONE);
  }
}
