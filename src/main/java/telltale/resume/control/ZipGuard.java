package telltale.resume.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import telltale.resume.entity.ReadOutcome;

/**
 * Walks a ZIP-based document (DOCX, ODT) once before any library opens it: at most {@value
 * #MAX_ENTRIES} entries, all of them together expanding to at most the limit and at most {@value
 * #MAX_RATIO} times the file's size. Hands back the few entries asked for, read in the same pass.
 */
final class ZipGuard {
  static final int MAX_ENTRIES = 1000;
  static final int MAX_RATIO = 100;

  /** Small documents may expand more than the ratio (XML compresses well); a floor in bytes. */
  static final long RATIO_FLOOR = 4L * 1024 * 1024;

  private ZipGuard() {}

  static Map<String, byte[]> check(byte[] zip, long maxExpanded, Set<String> keep, Budget budget)
      throws IOException {
    long allowed = Math.min(maxExpanded, Math.max(RATIO_FLOOR, (long) zip.length * MAX_RATIO));
    Map<String, byte[]> kept = new HashMap<>();
    long expanded = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new Unreadable(ReadOutcome.UNSAFE, "more than " + MAX_ENTRIES + " zip entries");
        }
        ByteArrayOutputStream copy =
            keep.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          expanded += n;
          if (expanded > allowed) {
            throw new Unreadable(ReadOutcome.UNSAFE, "zip expands beyond " + allowed + " bytes");
          }
          if (copy != null) {
            copy.write(buffer, 0, n);
          }
          budget.check();
        }
        if (copy != null) {
          kept.put(entry.getName(), copy.toByteArray());
        }
      }
    }
    if (entries == 0) {
      throw new IOException("no zip entries");
    }
    return kept;
  }
}
