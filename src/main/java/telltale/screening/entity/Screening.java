package telltale.screening.entity;

import java.time.Instant;
import java.util.List;

/** The result of screening one profile: score, band, every signal, coverage and guidance. */
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
    Guidance guidance) {

  public Screening {
    signals = List.copyOf(signals);
  }
}
