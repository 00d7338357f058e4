package telltale.writeback.entity;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * What to write about one screening: the ATS's id of the candidate (Lever: the opportunity), the
 * note text, the tag naming the band and the band's label (for a custom field). Stored as JSON in
 * the outbox; holds no personal data beyond the ATS's own id. An outcome's item carries the fraud
 * status only.
 */
public record WriteBackRequest(
    String screeningId,
    String candidateId,
    String note,
    String tag,
    String bandLabel,
    String fraudStatus) {

  /** JSON-B's constructor (a record with two has to name it); items stored before read too. */
  @JsonbCreator
  public WriteBackRequest {}

  /** About a screening: note, tag and band label, no fraud status. */
  public WriteBackRequest(
      String screeningId, String candidateId, String note, String tag, String bandLabel) {
    this(screeningId, candidateId, note, tag, bandLabel, null);
  }

  /** A person's outcome as the ATS's fraud status (Ashby's candidate.setFraudStatus). */
  public static WriteBackRequest fraudStatus(
      String screeningId, String candidateId, String fraudStatus) {
    return new WriteBackRequest(screeningId, candidateId, null, null, null, fraudStatus);
  }
}
