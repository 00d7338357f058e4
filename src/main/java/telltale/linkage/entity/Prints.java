package telltale.linkage.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A profile's prints, name key and resume signature, ready to look up and record. */
public record Prints(
    List<Fingerprint> fingerprints, Optional<String> nameKey, Optional<int[]> resume) {
  /** The kinds of prints a resume file gave (document_author, ..., document_read). */
  public static final String DOCUMENT = "document_";

  /**
   * The kind of a resume file's author (or last editor) as a candidate-name key: it links to other
   * candidates of that name, not to other files.
   */
  public static final String AUTHOR_NAME = "document_author_name";

  /** Whether these prints include a resume file's (read now or carried forward). */
  public boolean hasDocument() {
    return fingerprints.stream().anyMatch(f -> f.kind().startsWith(DOCUMENT));
  }

  /** These prints with more fingerprints (a resume file's document prints). */
  public Prints with(List<Fingerprint> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Fingerprint> all = new ArrayList<>(fingerprints);
    more.stream().filter(f -> !all.contains(f)).forEach(all::add);
    return new Prints(all, nameKey, resume);
  }
}
