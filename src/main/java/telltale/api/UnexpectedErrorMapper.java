package telltale.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import telltale.database.StorageFailures;

/**
 * The last line: a fault of ours is logged with an incident id (never with request data) and the
 * caller gets that id, not a stack trace. Specific families have their own mappers.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
  private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof WebApplicationException web) {
      return new WebApplicationExceptionMapper().toResponse(web);
    }
    if (StorageFailures.isUnavailable(e)) {
      LOG.log(Level.WARNING, "storage unavailable: " + e.getClass().getSimpleName());
      return ErrorResponses.storageUnavailable(
          StorageFailures.isLostCommit(e)
              ? "Storage went away while this was being saved, so it may or may not have been"
                  + " kept. Please retry; a repeated webhook delivery is recognised."
              : "Storage is unavailable for a moment; nothing was kept. Please retry.");
    }
    if (StorageFailures.isDuplicateKey(e)) {
      return Response.fromResponse(
              ErrorResponses.of(
                  409,
                  ApiError.of(
                      "concurrent_screening",
                      "Another screening of this candidate ran at the same moment; nothing was kept."
                          + " Please retry.")))
          .header("Retry-After", "1")
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "incident " + incident, e);
    return ErrorResponses.of(
        500,
        ApiError.of(
            "internal_error", "Something went wrong on our side (incident " + incident + ")."));
  }
}
