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
        String[] parts = line.split(",", 3);
        if (parts.length != 3) {
          throw new ConfigFileException(
              file.name() + ", line " + number + ": expected start_ip,end_ip,label");
        }
        long start = ipv4(parts[0].strip(), file.name(), number);
        long end = ipv4(parts[1].strip(), file.name(), number);
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
        labels[size] = parts[2].strip().intern();
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
    String[] octets = text.split("\\.");
    if (octets.length != 4) {
      throw new ConfigFileException(
          file + ", line " + line + ": '" + text + "' is not an IPv4 address");
    }
    long value = 0;
    for (String octet : octets) {
      int n;
      try {
        n = Integer.parseInt(octet);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 0 || n > 255) {
        throw new ConfigFileException(
            file + ", line " + line + ": '" + text + "' is not an IPv4 address");
      }
      value = (value << 8) | n;
    }
    return value;
  }
}
