package telltale.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not commit, most often because the database went away under the COMMIT:
 * a 503 to retry like any storage outage, or else an incident. Jersey's own mapper for exactly this
 * type gives it up again, which ends in a 500 (often a bare one, without a body); the higher
 * priority puts this one before it.
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {
  @Override
  public Response toResponse(TransactionalException e) {
    return new UnexpectedErrorMapper().toResponse(e);
  }
}
