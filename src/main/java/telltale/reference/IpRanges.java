package telltale.reference;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;

/**
 * IPv4 ranges with a label each (a country code or a network name), looked up by binary search.
 * File format: {@code start_ip,end_ip,label} per line, sorted and not overlapping.
 */
public final class IpRanges {
  private final long[] starts;
  private final long[] ends;
  private final String[] labels;

  private IpRanges(long[] starts, long[] ends, String[] labels) {
    this.starts = starts;
    this.ends = ends;
    this.labels = labels;
  }

  public static IpRanges load(ConfigFiles.Named file) {
    int size = 0;
    long[] starts = new long[1 << 16];
    long[] ends = new long[1 << 16];
    String[] labels = new String[1 << 16];
    try (var reader =
        new BufferedReader(new InputStreamReader(file.stream(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      long previousEnd = -1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        // indexOf rather than split: this runs for every line of ip-country.csv at start-up
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second < 0) {
          throw new ConfigFileException(
              file.name() + ", line " + number + ": expected start_ip,end_ip,label");
        }
        long start = ipv4(line.substring(0, first).strip(), file.name(), number);
        long end = ipv4(line.substring(first + 1, second).strip(), file.name(), number);
        if (end < start || start <= previousEnd) {
          throw new ConfigFileException(
              file.name() + ", line " + number + ": ranges must be sorted and must not overlap");
        }
        if (size == starts.length) {
          starts = Arrays.copyOf(starts, size * 2);
          ends = Arrays.copyOf(ends, size * 2);
          labels = Arrays.copyOf(labels, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        labels[size] = line.substring(second + 1).strip().intern();
        previousEnd = end;
        size++;
      }
    } catch (IOException e) {
      throw new ConfigFileException(file.name() + ": cannot be read", e);
    }
    return new IpRanges(
        Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(labels, size));
  }

  /** Ranges given inline, one {@code start,end,label} per line (for tests and tools). */
  public static IpRanges of(String... lines) {
    byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return load(new ConfigFiles.Named("inline", new ByteArrayInputStream(text)));
  }

  public static IpRanges empty() {
    return new IpRanges(new long[0], new long[0], new String[0]);
  }

  public int size() {
    return starts.length;
  }

  /** The label of the range holding this address; IPv6 addresses are not covered yet. */
  public Optional<String> lookup(InetAddress address) {
    if (!(address instanceof Inet4Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    long value =
        ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
    int i = Arrays.binarySearch(starts, value);
    if (i < 0) {
      i = -i - 2;
    }
    return i >= 0 && value <= ends[i] ? Optional.of(labels[i]) : Optional.empty();
  }

  private static long ipv4(String text, String file, int line) {
    long value = 0;
    int octets = 0;
    int n = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c == '.') {
        if (n < 0 || ++octets > 4) {
          throw notAnAddress(text, file, line);
        }
        value = (value << 8) | n;
        n = -1;
      } else if (c >= '0' && c <= '9' && n < 256) {
        n = (n < 0 ? 0 : n * 10) + (c - '0');
        if (n > 255) {
          throw notAnAddress(text, file, line);
        }
      } else {
        throw notAnAddress(text, file, line);
      }
    }
    if (octets != 4) {
      throw notAnAddress(text, file, line);
    }
    return value;
  }

  private static ConfigFileException notAnAddress(String text, String file, int line) {
    return new ConfigFileException(
        file + ", line " + line + ": '" + text + "' is not an IPv4 address");
  }
}
