package telltale.resume.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import telltale.resume.entity.DocumentMetadata;
import telltale.resume.entity.ReadOutcome;

/**
 * OLE2 files: Word 97-2003 through POI's HWPF with the HPSF summary for metadata. An encrypted DOCX
 * is an OLE2 file too (an EncryptedPackage stream), and is reported as encrypted; other OLE2 files
 * (Excel, Outlook messages) are not resumes.
 */
final class DocText implements Extractor {
  @Override
  public Extraction extract(byte[] bytes, Budget budget) throws IOException {
    try (POIFSFileSystem files = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = files.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        throw new Unreadable(ReadOutcome.ENCRYPTED, "encrypted OOXML package");
      }
      if (!root.hasEntry("WordDocument")) {
        throw new Unreadable(ReadOutcome.UNSUPPORTED_TYPE, "OLE2 file without a Word document");
      }
      budget.check();
      HWPFDocument document = new HWPFDocument(files);
      budget.check();
      budget.append(new WordExtractor(document).getText());
      SummaryInformation summary = document.getSummaryInformation();
      DocumentSummaryInformation more = document.getDocumentSummaryInformation();
      DocumentMetadata metadata =
          summary == null
              ? DocumentMetadata.NONE
              : new DocumentMetadata(
                  summary.getAuthor(),
                  summary.getLastAuthor(),
                  summary.getApplicationName(),
                  null,
                  DocxText.utc(summary.getCreateDateTime()),
                  DocxText.utc(summary.getLastSaveDateTime()),
                  summary.getTemplate(),
                  null,
                  more == null ? null : more.getCompany());
      int pages = summary == null ? 0 : summary.getPageCount();
      return new Extraction(budget.text(), pages, budget.full(), List.of(), metadata);
    }
  }
}
