package telltale.resume.entity;

import java.util.List;
import telltale.catalogue.entity.Strength;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;

/**
 * What reading a profile's resume file gave: the profile to screen (its text as the resume text,
 * its profile links added; the file stays on it for the screening and is dropped before storage
 * like the text), notes for the coverage in plain words, the document prints for linkage, and when
 * the file says it was created and last saved (for comparing with the application). The text lives
 * only as long as this value; nothing here is stored as is.
 */
public record ResumeReading(
    CandidateProfile profile,
    List<String> notes,
    List<DocumentPrint> prints,
    DocumentTimes times,
    boolean read) {
  public ResumeReading {
    notes = List.copyOf(notes);
    prints = List.copyOf(prints);
    times = times == null ? DocumentTimes.NONE : times;
  }

  /** A file read, with what its metadata gave. */
  public ResumeReading(
      CandidateProfile profile,
      List<String> notes,
      List<DocumentPrint> prints,
      DocumentTimes times) {
    this(profile, notes, prints, times, true);
  }

  /** No file read (none, or not readable): only notes. */
  public ResumeReading(CandidateProfile profile, List<String> notes, List<DocumentPrint> prints) {
    this(profile, notes, prints, DocumentTimes.NONE, false);
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
