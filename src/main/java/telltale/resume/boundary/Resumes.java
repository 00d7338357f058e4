package telltale.resume.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.linkage.boundary.Linkage;
import telltale.profile.CandidateProfile;
import telltale.profile.Link;
import telltale.profile.ResumeFile;
import telltale.resume.control.DocumentFingerprint;
import telltale.resume.control.ProfileLinks;
import telltale.resume.control.ResumeReader;
import telltale.resume.entity.DocumentTimes;
import telltale.resume.entity.ProfileLink;
import telltale.resume.entity.ReadLimits;
import telltale.resume.entity.ReadOutcome;
import telltale.resume.entity.ReadResult;
import telltale.resume.entity.ResumeReading;

/**
 * Reads the resume file a profile carries (pushed with it, or fetched from the ATS) into what a
 * screening uses: the text as the resume text, the GitHub, GitLab and LinkedIn profiles it names as
 * links, keyed hashes of how the document was made (A12) for linkage, when the file says it was
 * created and last saved (A12, never its author), and a note for the coverage saying what happened
 * to the file. The file and its text are never kept.
 */
@ApplicationScoped
public class Resumes {
  /** Files read at once, at most; more wait (up to the time limit) or are reported as busy. */
  static final int WORKERS = 2;

  @Inject
  @ConfigProperty(name = "telltale.files.max-bytes")
  long maxBytes;

  @Inject Linkage linkage;

  ResumeReader reader;
  DocumentFingerprint documents;

  @PostConstruct
  void start() {
    reader = new ResumeReader(ReadLimits.defaults().withMaxBytes(maxBytes), WORKERS);
    if (documents == null) {
      documents = new DocumentFingerprint(linkage::keyedHash);
    }
  }

  @PreDestroy
  void stop() {
    reader.close();
  }

  public ResumeReading read(CandidateProfile profile) {
    ResumeFile file = profile.resumeFile();
    if (file == null) {
      return ResumeReading.nothing(profile);
    }
    Optional<byte[]> bytes = file.bytes();
    if (bytes.isEmpty()) {
      return new ResumeReading(
          profile, List.of(note("The file's data is not base64, so it was not read.")), List.of());
    }
    ReadResult result =
        reader.read(
            new telltale.resume.entity.ResumeFile(
                bytes.get(), file.filename(), file.contentType()));
    if (result.outcome() != ReadOutcome.READ) {
      return new ResumeReading(profile, List.of(note(result.description())), List.of());
    }
    List<String> notes = new ArrayList<>();
    notes.add(note(result.description() + (result.truncated() ? TRUNCATED : "")));
    CandidateProfile.Builder read = profile.toBuilder();
    if (profile.resumeText() == null || profile.resumeText().isBlank()) {
      read.resumeText(cut(result.text()));
    } else {
      notes.add(note("The resume text sent with the profile was used, not the file's."));
    }
    read.links(withFound(profile.links(), ProfileLinks.find(result.text(), result.links())));
    return new ResumeReading(
        read.build(), notes, documents.of(result.metadata()), DocumentTimes.of(result.metadata()));
  }

  static final String TRUNCATED =
      " Only the first pages or characters were read; the rest is beyond the limits.";

  static String note(String words) {
    return "Resume file: " + words;
  }

  private static String cut(String text) {
    return text.length() > CandidateProfile.MAX_RESUME_CHARS
        ? text.substring(0, CandidateProfile.MAX_RESUME_CHARS)
        : text;
  }

  /** The profile's links with those found in the file that are new, up to the profile's cap. */
  static List<Link> withFound(List<Link> given, List<ProfileLink> found) {
    List<Link> links = new ArrayList<>(given);
    List<String> known = new ArrayList<>(given.stream().map(l -> comparable(l.url())).toList());
    for (ProfileLink link : found) {
      if (links.size() >= CandidateProfile.MAX_LINKS) {
        break;
      }
      if (!known.contains(comparable(link.url()))) {
        known.add(comparable(link.url()));
        links.add(new Link(site(link.site()), link.url()));
      }
    }
    return links;
  }

  private static Link.Site site(ProfileLink.Site site) {
    return switch (site) {
      case GITHUB -> Link.Site.github;
      case LINKEDIN -> Link.Site.linkedin;
      case GITLAB -> Link.Site.other;
    };
  }

  /** Scheme, www. and a trailing slash aside, in lower case. */
  private static String comparable(String url) {
    String u =
        url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
