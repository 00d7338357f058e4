package telltale.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;

/** Reads the plain-text reference files: one entry a line, tab-separated, # starts a comment. */
final class TabSeparatedFile {
  private TabSeparatedFile() {}

  record Row(int number, String[] cells) {}

  static List<Row> read(ConfigFiles.Named file, int minCells) {
    List<Row> rows = new ArrayList<>();
    try (var reader =
        new BufferedReader(new InputStreamReader(file.stream(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < minCells) {
          throw new ConfigFileException(
              file.name()
                  + ", line "
                  + number
                  + ": expected "
                  + minCells
                  + " tab-separated values");
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(new Row(number, cells));
      }
    } catch (IOException e) {
      throw new ConfigFileException(file.name() + ": cannot be read", e);
    }
    return rows;
  }
}
