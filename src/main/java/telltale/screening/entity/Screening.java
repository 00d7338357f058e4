package telltale.screening.entity;

import java.time.Instant;
import java.util.List;
import telltale.catalogue.entity.Band;
import telltale.profile.Ats;

/**
 * The result of screening one profile: score, band and why the band is what it is, every signal,
 * coverage and guidance, what started it and where each fact of the profile came from, and (when
 * read through the API) the signed link to its card.
 */
public record Screening(
    String id,
    Ats ats,
    String candidateId,
    String applicationId,
    Instant screenedAt,
    String catalogueVersion,
    int score,
    Band band,
    String bandLabel,
    List<Signal> signals,
    Coverage coverage,
    Guidance guidance,
    String cardUrl,
    String bandReason,
    Trigger trigger,
    List<Provenance> provenance) {

  /** Stored screenings from before provenance was kept read with none. */
  public Screening {
    signals = List.copyOf(signals);
    provenance = provenance == null ? List.of() : List.copyOf(provenance);
  }

  /** The same screening with what started it and where each fact of its profile came from. */
  public Screening withProvenance(Trigger by, List<Provenance> facts) {
    return new Screening(
        id,
        ats,
        candidateId,
        applicationId,
        screenedAt,
        catalogueVersion,
        score,
        band,
        bandLabel,
        signals,
        coverage,
        guidance,
        cardUrl,
        bandReason,
        by,
        facts);
  }

  /** The same screening with notes on its inputs added to the coverage. */
  public Screening withCoverageNotes(List<String> notes) {
    return new Screening(
        id,
        ats,
        candidateId,
        applicationId,
        screenedAt,
        catalogueVersion,
        score,
        band,
        bandLabel,
        signals,
        coverage.withNotes(notes),
        guidance,
        cardUrl,
        bandReason,
        trigger,
        provenance);
  }

  /**
   * The same screening with its signed card link. The link expires, so it is computed when a
   * screening is read and never stored.
   */
  public Screening withCardUrl(String url) {
    return new Screening(
        id,
        ats,
        candidateId,
        applicationId,
        screenedAt,
        catalogueVersion,
        score,
        band,
        bandLabel,
        signals,
        coverage,
        guidance,
        url,
        bandReason,
        trigger,
        provenance);
  }
}
