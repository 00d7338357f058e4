package telltale.writeback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Workable: a comment on the candidate by the acting member. Workable's tag endpoint is known only
 * from a third-party spec, so the band is named in the comment and no tag is written.
 */
@ApplicationScoped
public class WorkableWriteBack extends FaultTolerant {
  @Override
  public Ats ats() {
    return Ats.workable;
  }

  @Override
  public boolean tags() {
    return false;
  }

  @Override
  public void note(Connection connection, WriteBackRequest request) {
    WorkableApi api = clients.of(WorkableApi.class, connection);
    VendorCalls.call(
        "workable comment",
        () ->
            api.comment(
                connection.bearer(),
                request.candidateId(),
                Json.createObjectBuilder()
                    .add("member_id", connection.actingUser())
                    .add("comment", Json.createObjectBuilder().add("body", request.note()))
                    .build()),
        false);
  }

  @Override
  public void tag(Connection connection, WriteBackRequest request) {
    throw new VendorFailure.Permanent("workable: no documented tag API");
  }
}
