package telltale.writeback.entity;

/**
 * What to write about one screening: the ATS's id of the candidate (Lever: the opportunity), the
 * note text, the tag naming the band and the band's label (for a custom field). Stored as JSON in
 * the outbox; holds no personal data beyond the ATS's own id.
 */
public record WriteBackRequest(
    String screeningId, String candidateId, String note, String tag, String bandLabel) {}
