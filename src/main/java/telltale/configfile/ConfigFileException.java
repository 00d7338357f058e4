package telltale.configfile;

/** A catalogue or reference file that cannot be used; the message names the file and the entry. */
public class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigFileException(String message) {
    super(message);
  }

  public ConfigFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
