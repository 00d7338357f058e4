package telltale.resume.entity;

import java.util.List;
import telltale.catalogue.entity.Strength;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;

/**
 * What reading a profile's resume file gave: the profile to screen (its text as the resume text,
 * its profile links added; the file stays on it for the screening and is dropped before storage
 * like the text), notes for the coverage in plain words, and the document prints for linkage. The
 * text lives only as long as this value; nothing here is stored as is.
 */
public record ResumeReading(
    CandidateProfile profile, List<String> notes, List<DocumentPrint> prints) {
  public ResumeReading {
    notes = List.copyOf(notes);
    prints = List.copyOf(prints);
  }

  /**
   * The prints linkage records and compares: those without an innocent explanation (a default
   * author, a gallery template, a resume builder make a print weak, and too common to link by).
   */
  public List<Fingerprint> linkablePrints() {
    return prints.stream()
        .filter(p -> p.weight() == Strength.medium)
        .map(p -> new Fingerprint(p.kind(), p.hash()))
        .toList();
  }

  /** A profile without a file: nothing to read. */
  public static ResumeReading nothing(CandidateProfile profile) {
    return new ResumeReading(profile, List.of(), List.of());
  }
}
