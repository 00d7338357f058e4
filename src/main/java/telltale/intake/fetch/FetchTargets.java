package telltale.intake.fetch;

import java.util.Arrays;
import java.util.List;
import telltale.intake.adapters.Intake;

/**
 * A job's targets in its one column, one a line: an API read ("opportunity:..."), then resume files
 * ("resume-file:https://..."). Addresses hold no line breaks, so nothing needs escaping.
 */
public final class FetchTargets {
  private FetchTargets() {}

  public static boolean isFile(String target) {
    return target.startsWith(Intake.RESUME_FILE);
  }

  public static String address(String fileTarget) {
    return fileTarget.substring(Intake.RESUME_FILE.length());
  }

  public static String join(List<String> targets) {
    return String.join("\n", targets);
  }

  public static List<String> split(String column) {
    return Arrays.stream(column.split("\n")).filter(t -> !t.isBlank()).toList();
  }
}
