package telltale.writeback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import telltale.api.ClientError;
import telltale.writeback.control.Outbox;
import telltale.writeback.entity.OutboxItem;
import telltale.writeback.entity.OutboxStatus;

/** What operators do with the write-back outbox: look at items, retry failed ones. */
@ApplicationScoped
public class OutboxAdmin {
  /** Items listed at most. */
  static final int LIST_LIMIT = 200;

  @Inject Outbox outbox;
  Clock clock = Clock.systemUTC();

  public List<OutboxItem> list(OutboxStatus status) {
    return outbox.list(status, LIST_LIMIT);
  }

  @Transactional
  public OutboxItem retry(String id) {
    if (!outbox.retry(id, clock.instant())) {
      OutboxItem item =
          outbox
              .find(id)
              .orElseThrow(
                  () -> new ClientError(404, "not_found", "There is no outbox item " + id + "."));
      throw new ClientError(
          409,
          "not_retryable",
          "Outbox item "
              + id
              + " is "
              + item.status()
              + "; only failed or pending items are retried, so nothing is sent twice.");
    }
    return outbox.find(id).orElseThrow();
  }
}
