package telltale.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import telltale.profile.CandidateProfile;

/** A screening as stored: the result as JSON, and the profile it judged (resume text removed). */
@Entity
@Table(name = "screening")
@NamedQuery(
    name = StoredScreening.BY_CANDIDATE,
    query =
        "SELECT s FROM StoredScreening s WHERE s.ats = :ats AND s.candidateId = :candidateId ORDER BY s.screenedAt DESC")
public class StoredScreening {
  public static final String BY_CANDIDATE = "StoredScreening.byCandidate";

  @Id String id;
  String ats;

  @Column(name = "candidate_id")
  String candidateId;

  @Column(name = "application_id")
  String applicationId;

  @Column(name = "screened_at")
  OffsetDateTime screenedAt;

  int score;
  String band;

  @Column(name = "catalogue_version")
  String catalogueVersion;

  @Column(name = "result_json")
  String resultJson;

  @Column(name = "profile_json")
  String profileJson;

  @Column(name = "role_title")
  String roleTitle;

  String source;
  String stage;

  protected StoredScreening() {}

  /** Role title, application source and stage are kept as columns for the flag-rate report. */
  public StoredScreening(
      Screening screening, CandidateProfile profile, String resultJson, String profileJson) {
    this.id = screening.id();
    this.ats = screening.ats().name();
    this.candidateId = screening.candidateId();
    this.applicationId = screening.applicationId();
    this.screenedAt = screening.screenedAt().atOffset(ZoneOffset.UTC);
    this.score = screening.score();
    this.band = screening.band().name();
    this.catalogueVersion = screening.catalogueVersion();
    this.resultJson = resultJson;
    this.profileJson = profileJson;
    this.roleTitle = profile.role() == null ? null : profile.role().title();
    this.source = profile.application() == null ? null : profile.application().source();
    this.stage = profile.stage() == null ? null : profile.stage().name();
  }

  public String id() {
    return id;
  }

  public String resultJson() {
    return resultJson;
  }

  public String profileJson() {
    return profileJson;
  }
}
