package telltale.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

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
