package telltale.linkage.entity;

import java.util.List;
import java.util.Optional;

/** A profile's prints, name key and resume signature, ready to look up and record. */
public record Prints(
    List<Fingerprint> fingerprints, Optional<String> nameKey, Optional<int[]> resume) {}
