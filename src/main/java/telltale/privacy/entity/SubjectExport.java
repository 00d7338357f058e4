package telltale.privacy.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import telltale.screening.entity.HeldScreening;

/**
 * Everything Telltale holds about one candidate, for a data-subject access request: every stored
 * screening with the profile it judged (each fact with where it came from and when), and the rows
 * of every other store (deliveries, outcomes, explanations, write-backs, keyed-hash fingerprints,
 * idempotency keys, GitHub footprint reads, interview meetings, audit entries about the candidate).
 */
@Schema(name = "CandidateExport")
public record SubjectExport(
    String ats,
    String candidateId,
    Instant exportedAt,
    String note,
    List<HeldScreening> screenings,
    Map<String, List<Map<String, Object>>> held) {

  public static final String NOTE =
      "Telltale stores no resume text or file, no date of birth, nationality, document numbers,"
          + " images or biometrics. Fingerprints are keyed hashes that cannot be turned back into"
          + " the values they were made from.";
}
