package telltale.writeback.control;

import telltale.profile.Ats;
import telltale.writeback.entity.Connection;
import telltale.writeback.entity.VendorFailure;
import telltale.writeback.entity.WriteBackRequest;

/**
 * Writing into one vendor's ATS, as its API documents it. Each call either succeeds or throws a
 * {@link VendorFailure} that says whether to retry, wait or stop.
 */
public interface WriteBack {
  Ats ats();

  /** Adds the note to the candidate. */
  void note(Connection connection, WriteBackRequest request);

  /** Applies the tag naming the band; idempotent at every vendor that has tags. */
  void tag(Connection connection, WriteBackRequest request);

  /** Sets the band in the connection's custom field; only where {@link #fields()} is true. */
  default void field(Connection connection, WriteBackRequest request) {
    throw new UnsupportedOperationException(ats() + " has no custom field write-back");
  }

  /** Whether the vendor's custom field is written (Ashby's customField.setValues). */
  default boolean fields() {
    return false;
  }

  /**
   * Sets the ATS's own fraud status of the candidate; only where {@link #fraudStatus()} is true.
   */
  default void fraudStatus(Connection connection, WriteBackRequest request) {
    throw new UnsupportedOperationException(ats() + " has no fraud status write-back");
  }

  /** Whether the vendor has a fraud status a person's outcome is written to (Ashby). */
  default boolean fraudStatus() {
    return false;
  }

  /** Whether the vendor has a documented tag API (Workable's is not). */
  default boolean tags() {
    return true;
  }
}
