package telltale.intake.adapters;

import static telltale.intake.adapters.JsonFields.text;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.Caps;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.Link;
import telltale.profile.Location;
import telltale.profile.PersonName;
import telltale.profile.Position;
import telltale.profile.PostalAddress;
import telltale.profile.Stage;
import telltale.profile.Submission;

/**
 * Collects what an adapter reads and builds a profile that passes Bean Validation: values cleaned,
 * cut or dropped, lists de-duplicated and capped; phones kept as written (unparseable is a sign).
 */
final class ProfileBuilder {
  // the caps the profile's records validate against, so that what is cut here always fits
  private static final int ID = Caps.max(CandidateProfile.class, "candidateId");
  private static final int ROLE_TITLE = Caps.max(Position.class, "title");
  private static final int NAME = Caps.max(PersonName.class, "first");
  private static final int PHONE = Caps.elementMax(CandidateProfile.class, "phones");
  private static final int CITY = Caps.max(Location.class, "city");
  private static final int REGION = Caps.max(Location.class, "region");
  private static final int ADDRESS_LINES = Caps.max(PostalAddress.class, "lines");
  private static final int ADDRESS_LINE = Caps.elementMax(PostalAddress.class, "lines");
  private static final int POSTAL_CODE = Caps.max(PostalAddress.class, "postalCode");
  private static final int EMPLOYER = Caps.max(Employment.class, "employer");
  private static final int JOB_TITLE = Caps.max(Employment.class, "title");
  private static final int INSTITUTION = Caps.max(Education.class, "institution");
  private static final int DEGREE = Caps.max(Education.class, "degree");
  private static final int USER_AGENT = Caps.max(Submission.class, "userAgent");
  private static final int SOURCE = Caps.max(Submission.class, "source");

  private final Ats ats;
  private String candidateId;
  private String applicationId;
  private Stage stage;
  private String roleTitle;
  private String first;
  private String last;
  private final Map<String, String> emails = new LinkedHashMap<>();
  private final List<String> phones = new ArrayList<>();
  private Location location;
  private final List<PostalAddress> addresses = new ArrayList<>();
  private final Map<String, Link> links = new LinkedHashMap<>();
  private final List<Employment> employment = new ArrayList<>();
  private final List<Education> education = new ArrayList<>();
  private Instant submittedAt;
  private String clientIp;
  private String userAgent;
  private String source;

  ProfileBuilder(Ats ats) {
    this.ats = ats;
  }

  ProfileBuilder ids(String candidateId, String applicationId) {
    this.candidateId = Clean.id(candidateId, ID);
    this.applicationId = Clean.id(applicationId, ID);
    return this;
  }

  ProfileBuilder stage(Stage stage) {
    this.stage = stage;
    return this;
  }

  ProfileBuilder role(String title) {
    this.roleTitle = Clean.text(title, ROLE_TITLE);
    return this;
  }

  ProfileBuilder name(String first, String last) {
    this.first = Clean.text(first, NAME);
    this.last = Clean.text(last, NAME);
    return this;
  }

  /** A name given as one string: the last word becomes the last name (rules ignore the order). */
  ProfileBuilder fullName(String name) {
    String text = Clean.text(name, 2 * NAME);
    if (text == null) {
      return this;
    }
    int space = text.lastIndexOf(' ');
    return space < 0 ? name(text, null) : name(text.substring(0, space), text.substring(space + 1));
  }

  ProfileBuilder email(String value) {
    String email = Clean.email(value);
    if (email != null && emails.size() < CandidateProfile.MAX_EMAILS) {
      emails.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
    }
    return this;
  }

  ProfileBuilder phone(String value) {
    String phone = Clean.text(value, PHONE);
    if (phone != null && phones.size() < CandidateProfile.MAX_PHONES && !phones.contains(phone)) {
      phones.add(phone);
    }
    return this;
  }

  ProfileBuilder location(String city, String region, String country, String timezone) {
    Location read =
        new Location(
            Clean.text(city, CITY),
            Clean.text(region, REGION),
            Clean.country(country),
            Clean.timezone(timezone));
    if (Stream.of(read.city(), read.region(), read.country(), read.timezone())
        .anyMatch(Objects::nonNull)) {
      this.location = read;
    }
    return this;
  }

  /** A free-text address: one line per line of the text. */
  ProfileBuilder address(PostalAddress.Use kind, String text) {
    return text == null ? this : address(kind, List.of(text.split("\\R")), null, null, null, null);
  }

  ProfileBuilder address(
      PostalAddress.Use kind,
      List<String> lines,
      String city,
      String region,
      String postalCode,
      String country) {
    List<String> kept =
        lines.stream().map(l -> Clean.text(l, ADDRESS_LINE)).filter(Objects::nonNull).toList();
    if (kept.size() > ADDRESS_LINES) {
      String rest = String.join(", ", kept.subList(ADDRESS_LINES - 1, kept.size()));
      kept =
          Stream.concat(
                  kept.subList(0, ADDRESS_LINES - 1).stream(),
                  Stream.of(Clean.text(rest, ADDRESS_LINE)))
              .toList();
    }
    PostalAddress read =
        new PostalAddress(
            kind,
            kept,
            Clean.text(city, CITY),
            Clean.text(region, REGION),
            Clean.text(postalCode, POSTAL_CODE),
            Clean.country(country));
    boolean any = !kept.isEmpty() || read.city() != null || read.postalCode() != null;
    if (any && addresses.size() < CandidateProfile.MAX_ADDRESSES && !addresses.contains(read)) {
      addresses.add(read);
    }
    return this;
  }

  /** A link; its kind comes from the host (LinkedIn, GitHub), else from the vendor's hint. */
  ProfileBuilder link(String value, Link.Site hint) {
    String url = Clean.url(value);
    if (url != null && links.size() < CandidateProfile.MAX_LINKS) {
      links.putIfAbsent(url, new Link(Clean.linkKind(url, hint), url));
    }
    return this;
  }

  ProfileBuilder employment(String employer, String title, String from, String to) {
    Employment read =
        new Employment(
            Clean.text(employer, EMPLOYER),
            null,
            Clean.text(title, JOB_TITLE),
            Clean.partialDate(from),
            Clean.partialDate(to),
            List.of());
    if ((read.employer() != null || read.title() != null)
        && employment.size() < CandidateProfile.MAX_EMPLOYMENT) {
      employment.add(read);
    }
    return this;
  }

  /** Every entry of a work history, its fields named by the vendor's keys. */
  ProfileBuilder employments(
      List<JsonObject> entries, String employer, String title, String from, String to) {
    for (JsonObject entry : entries) {
      employment(text(entry, employer), text(entry, title), text(entry, from), text(entry, to));
    }
    return this;
  }

  /** Every entry of an education history, its fields named by the vendor's keys. */
  ProfileBuilder educations(
      List<JsonObject> entries,
      String institution,
      String degree,
      String field,
      String from,
      String to) {
    for (JsonObject entry : entries) {
      education(
          text(entry, institution),
          text(entry, degree),
          field == null ? null : text(entry, field),
          text(entry, from),
          text(entry, to));
    }
    return this;
  }

  /** An education entry; degree and field of study are joined ("BSc, Computer Science"). */
  ProfileBuilder education(
      String institution, String degree, String field, String from, String to) {
    String fullDegree =
        Stream.of(Clean.text(degree, DEGREE), Clean.text(field, DEGREE))
            .filter(Objects::nonNull)
            .reduce((a, b) -> a + ", " + b)
            .orElse(null);
    Education read =
        new Education(
            Clean.text(institution, INSTITUTION),
            Clean.text(fullDegree, DEGREE),
            Clean.partialDate(from),
            Clean.partialDate(to));
    if ((read.institution() != null || read.degree() != null)
        && education.size() < CandidateProfile.MAX_EDUCATION) {
      education.add(read);
    }
    return this;
  }

  ProfileBuilder submitted(String at, String clientIp, String userAgent, String source) {
    this.submittedAt = Clean.instant(at);
    this.clientIp = Clean.ip(clientIp);
    this.userAgent = Clean.text(userAgent, USER_AGENT);
    this.source = Clean.text(source, SOURCE);
    return this;
  }

  boolean hasEmployment() {
    return !employment.isEmpty();
  }

  /**
   * A candidate to screen, or an ignored event when the payload named no candidate (nothing to
   * screen, and nothing to refuse either).
   */
  Intake intake(String deliveryId, String event, List<String> fetch) {
    CandidateProfile profile = build();
    return profile == null
        ? new Intake.Ignored(deliveryId, event)
        : new Intake.Candidate(deliveryId, event, profile, fetch);
  }

  /** The profile, or null when the payload named no candidate. */
  CandidateProfile build() {
    if (candidateId == null) {
      return null;
    }
    boolean applied =
        Stream.of(submittedAt, clientIp, userAgent, source).anyMatch(Objects::nonNull);
    return CandidateProfile.builder(candidateId)
        .applicationId(applicationId)
        .ats(ats)
        .stage(stage)
        .role(roleTitle == null ? null : new Position(roleTitle, null, null, null))
        .name(first == null && last == null ? null : new PersonName(first, last))
        .emails(List.copyOf(emails.values()))
        .phones(phones)
        .location(location)
        .addresses(addresses)
        .links(List.copyOf(links.values()))
        .employment(employment)
        .education(education)
        .application(applied ? new Submission(submittedAt, clientIp, userAgent, source) : null)
        .build();
  }
}
