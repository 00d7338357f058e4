package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import telltale.cardlinks.CardLinks;
import telltale.screening.boundary.Screened;
import telltale.screening.entity.Screening;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

/**
 * Decides, inside the screening's transaction, whether a screening is written back and stores the
 * intent in the outbox: only when the connection has write-back configured and the band or the
 * fired rules changed since the candidate's previous screening.
 */
@ApplicationScoped
public class WriteBackPlanner {
  @Inject CardLinks cardLinks;
  @Inject WriteBackConfig config;
  @Inject WriteBacks writeBacks;
  @Inject Outbox outbox;

  /** The candidate's previous screening is read only when the connection writes back. */
  void afterScreening(@Observes Screened screened) {
    Screening screening = screened.screening();
    config
        .connection(screening.ats(), screened.connection())
        .filter(target -> Notes.changed(screening, screened.previous().get().orElse(null)))
        .ifPresent(
            target -> {
              WriteBackRequest request =
                  new WriteBackRequest(
                      screening.id(),
                      screening.candidateId(),
                      // without telltale.card.base-url the note names the API address instead
                      Notes.text(
                          screening,
                          cardLinks.publicCardUrl(screening.id()).map(URI::create).orElse(null)),
                      Notes.tag(screening.band()),
                      screening.bandLabel());
              outbox.add(target, WriteBackStep.note, request, screened.at());
              if (writeBacks.of(target.ats()).tags()) {
                outbox.add(target, WriteBackStep.tag, request, screened.at());
              }
              if (writeBacks.of(target.ats()).fields() && target.bandField() != null) {
                outbox.add(target, WriteBackStep.field, request, screened.at());
              }
            });
  }
}
