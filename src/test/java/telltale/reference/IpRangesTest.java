package telltale.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;

class IpRangesTest {
  @Test
  void anAddressGetsTheLabelOfItsRange() throws IOException {
    IpRanges ranges = IpRanges.of("1.0.0.0,1.0.0.255,AU", " 8.8.8.0 , 8.8.8.255 , US ");
    assertEquals(Optional.of("AU"), ranges.lookup(InetAddress.getByName("1.0.0.7")));
    assertEquals(Optional.of("US"), ranges.lookup(InetAddress.getByName("8.8.8.8")));
    assertEquals(Optional.empty(), ranges.lookup(InetAddress.getByName("8.8.9.1")));
    assertEquals(Optional.empty(), ranges.lookup(InetAddress.getByName("0.255.255.255")));
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    for (String bad :
        new String[] {
          "1.2.3,1.2.3.4,XX",
          "1.2.3.4.5,1.2.3.9,XX",
          "1..3.4,1.2.3.9,XX",
          "1.2.3.256,1.2.3.9,XX",
          "1.2.3.4a,1.2.3.9,XX",
          "1.2.3.4,,XX",
          "1.2.3.4",
          "1.2.3.4,1.2.3.9"
        }) {
      ConfigFileException e =
          assertThrows(ConfigFileException.class, () -> IpRanges.of("# comment", bad), bad);
      assertTrue(e.getMessage().startsWith("inline, line 2: "), e.getMessage());
    }
    assertThrows(
        ConfigFileException.class, () -> IpRanges.of("1.2.3.9,1.2.3.4,XX"), "end before start");
    assertThrows(
        ConfigFileException.class,
        () -> IpRanges.of("1.2.3.0,1.2.3.9,XX", "1.2.3.5,1.2.3.20,YY"),
        "overlap");
  }

  @Test
  void theShippedCountryRangesLoad() throws IOException {
    Path file = Path.of("config/reference/ip-country.csv.gz");
    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
      IpRanges ranges = IpRanges.load(new ConfigFiles.Named("ip-country.csv", in));
      assertTrue(ranges.size() > 100_000, "ranges: " + ranges.size());
      assertEquals(Optional.of("US"), ranges.lookup(InetAddress.getByName("8.8.8.8")));
    }
  }
}
