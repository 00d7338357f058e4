package telltale.linkage.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A profile's prints, name key and resume signature, ready to look up and record. */
public record Prints(
    List<Fingerprint> fingerprints, Optional<String> nameKey, Optional<int[]> resume) {

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
