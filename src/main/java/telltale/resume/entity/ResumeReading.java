package telltale.resume.entity;

import java.util.List;
import telltale.profile.CandidateProfile;

/**
 * What reading a profile's resume file gave: the profile to screen (the file gone, its text as the
 * resume text, its profile links added), notes for the coverage in plain words, and the document
 * prints for linkage. The text lives only as long as this value; nothing here is stored as is.
 */
public record ResumeReading(
    CandidateProfile profile, List<String> notes, List<DocumentPrint> prints) {
  public ResumeReading {
    notes = List.copyOf(notes);
    prints = List.copyOf(prints);
  }

  /** A profile without a file: nothing to read. */
  public static ResumeReading nothing(CandidateProfile profile) {
    return new ResumeReading(profile, List.of(), List.of());
  }
}
