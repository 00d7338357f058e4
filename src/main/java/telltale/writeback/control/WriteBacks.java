package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.WriteBackRequest;
import telltale.writeback.entity.WriteBackStep;

/** The vendors Telltale writes back to, one {@link WriteBack} each. */
@ApplicationScoped
public class WriteBacks {
  /** ATS with a documented note API; SmartRecruiters, JazzHR and Recruitee have none on record. */
  public static final Set<Ats> SUPPORTED =
      Set.of(Ats.greenhouse, Ats.lever, Ats.ashby, Ats.workable);

  @Inject @Any Instance<WriteBack> all;

  public WriteBack of(Ats ats) {
    return all.stream()
        .filter(w -> w.ats() == ats)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no write-back for " + ats));
  }

  public void perform(WriteBackStep kind, Connection connection, WriteBackRequest request) {
    WriteBack writeBack = of(connection.ats());
    switch (kind) {
      case note -> writeBack.note(connection, request);
      case tag -> writeBack.tag(connection, request);
      case field -> writeBack.field(connection, request);
      case fraud_status -> writeBack.fraudStatus(connection, request);
    }
  }
}
