package telltale.catalogue.control;

/** A catalogue or reference file that cannot be used; the message names the file and the entry. */
public class CatalogueException extends RuntimeException {
  public CatalogueException(String message) {
    super(message);
  }

  public CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
