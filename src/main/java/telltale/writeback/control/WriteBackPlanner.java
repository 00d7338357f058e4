package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import telltale.cardlinks.CardLinkConfig;
import telltale.cardlinks.CardLinks;
import telltale.screening.boundary.Screened;
import telltale.screening.entity.Screening;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

/**
 * Decides, inside the screening's transaction, whether a screening is written back and stores the
 * intent in the outbox: only when the connection has write-back configured and the band or the
 * fired rules changed since the candidate's previous screening. The band tag (and Ashby's band
 * field) is always written; a note only from telltale.writeback.note-min-band upward, so a
 * recruiter is not handed a note on every unremarkable candidate.
 */
@ApplicationScoped
public class WriteBackPlanner {
  private static final System.Logger LOG = System.getLogger(WriteBackPlanner.class.getName());
  @Inject CardLinks cardLinks;
  @Inject CardLinkConfig cardLinkConfig;
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
                      // without telltale.card.base-url the note has no card line
                      Notes.text(
                          screening,
                          cardLinks.publicCardUrl(screening.id()).map(URI::create).orElse(null)),
                      Notes.tag(screening.band()),
                      screening.bandLabel());
              if (config.notes(screening.band())) {
                outbox.add(target, WriteBackStep.note, request, screened.at());
              }
              if (writeBacks.of(target.ats()).tags()) {
                outbox.add(target, WriteBackStep.tag, request, screened.at());
              }
              if (writeBacks.of(target.ats()).fields() && target.bandField() != null) {
                outbox.add(target, WriteBackStep.field, request, screened.at());
              }
            });
  }

  void reportAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (config.anyConfigured() && cardLinkConfig.baseUrl().isEmpty()) {
      LOG.log(
          Level.INFO,
          "ATS notes carry no link to the screening card: set telltale.card.base-url"
              + " (TELLTALE_CARD_BASE_URL=https://telltale.example.com), the address recruiters"
              + " reach Telltale on");
    }
  }
}
