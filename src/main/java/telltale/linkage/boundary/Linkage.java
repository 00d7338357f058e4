package telltale.linkage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.Identifiers;
import telltale.linkage.control.Matcher;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.PrintStore;
import telltale.linkage.control.Shingles;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;
import telltale.profile.CandidateProfile;

/**
 * What the rest of Telltale asks of linkage: a profile's prints, the earlier candidates of another
 * name that share them, and recording or forgetting one candidate's prints. Only keyed hashes and
 * resume signatures are kept, never the identifiers or the text.
 */
@ApplicationScoped
public class Linkage {
  /** Fewer distinct shingles than this and a resume is too short to compare. */
  static final int MIN_SHINGLES = 10;

  @Inject Fingerprinter fingerprinter;
  @Inject Shingles shingles;
  @Inject Matcher matcher;
  @Inject PrintStore store;
  @Inject Event<LinkageLookedUp> lookedUp;

  /** The profile's prints, with the signature of its resume text when it is long enough. */
  public Prints prints(CandidateProfile profile) {
    Set<String> resume = shingles.of(profile.resumeText());
    return prints(
        profile,
        resume.size() >= MIN_SHINGLES ? Optional.of(MinHash.signature(resume)) : Optional.empty());
  }

  /**
   * The profile's prints with the resume signature and the resume file's document prints recorded
   * for the candidate earlier: a stored profile has neither the resume text nor the file, so a
   * re-screen compares them as before and keeps them linkable.
   */
  public Prints printsWithRecordedResume(CandidateProfile profile) {
    String ats = profile.ats().name();
    return prints(profile, store.resumeSignature(ats, profile.candidateId()))
        .with(store.documentPrints(ats, profile.candidateId()));
  }

  /**
   * A print that says a resume file was read for this candidate: keyed on the candidate itself, so
   * it never links anyone, but recorded with the prints (erased and expired with them) so that a
   * re-screen knows the file's document prints were compared, even when none could link.
   */
  public Fingerprint fileRead(CandidateProfile profile) {
    String kind = Prints.DOCUMENT + "read";
    return new Fingerprint(
        kind, keyedHash(kind, profile.ats().name() + "\n" + profile.candidateId()));
  }

  private Prints prints(CandidateProfile profile, Optional<int[]> resume) {
    return new Prints(fingerprinter.of(profile), fingerprinter.nameKey(profile), resume);
  }

  /** What the profile shares with earlier candidates of another name. */
  public Links find(CandidateProfile profile, Prints prints) {
    Links links = matcher.find(profile.ats().name(), profile.candidateId(), prints);
    lookedUp.fire(new LinkageLookedUp(!links.shared().isEmpty() || !links.resumes().isEmpty()));
    return links;
  }

  /** Keeps the profile's prints, in place of those of its earlier screening. */
  public void record(
      CandidateProfile profile, String screeningId, Prints prints, OffsetDateTime now) {
    store.record(profile.ats().name(), profile.candidateId(), screeningId, prints, now);
  }

  /** Removes every print of one candidate; returns how many rows went. */
  public int forget(String ats, String candidateId) {
    return store.forget(ats, candidateId);
  }

  /** Removes prints recorded before the given time; returns how many rows went. */
  public int expire(OffsetDateTime before) {
    return store.expire(before);
  }

  /**
   * The latest screenings of candidates who gave this e-mail address, compared by its keyed hash (a
   * meeting participant's address is matched to a candidate without being kept).
   */
  public List<String> screeningsWithEmail(String email) {
    return Identifiers.email(email)
        .map(
            normalised ->
                store
                    .holders(
                        "",
                        "",
                        List.of(new Fingerprint("email", fingerprinter.keyed("email", normalised))),
                        10)
                    .stream()
                    .map(PrintStore.Holder::screeningId)
                    .distinct()
                    .toList())
        .orElse(List.of());
  }

  /** A keyed hash of what a rule read, to tell whether it changed without keeping it. */
  public String evidenceKey(String ruleId, String basis) {
    return keyedHash("evidence", ruleId + "\n" + basis);
  }

  /**
   * The keyed hash (HMAC-SHA256 under the linkage secret, kind and value as the prints have them)
   * of a value another component normalised: resume document prints are made with it, so they link
   * like the profile's own prints without the secret leaving linkage.
   */
  public String keyedHash(String kind, String normalised) {
    return fingerprinter.keyed(kind, normalised);
  }

  /** A keyed hash of a candidate for audit entries, which hold no ids in clear. */
  public String subject(String ats, String candidateId) {
    return fingerprinter.subject(ats, candidateId);
  }
}
