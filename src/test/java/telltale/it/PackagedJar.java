package telltale.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * target/telltale.jar started as an operator starts it ({@code java -jar}, the launcher first), on
 * a free port and a fresh data directory, with standard output and error in files under target/.
 */
record PackagedJar(Process process, int port, Path data, Path out, Path err) {
  static final Path JAR =
      Path.of(System.getProperty("it.war", "target/ROOT.war")).resolveSibling("telltale.jar");

  /**
   * Starts the jar under a name (its files are telltale-jar-NAME.out/.err), with extra system
   * properties and jar arguments.
   */
  static PackagedJar start(String name, List<String> properties, List<String> arguments)
      throws IOException {
    Path logs = Path.of(System.getProperty("it.log.dir", "target"));
    Path out = logs.resolve("telltale-jar-" + name + ".out");
    Path err = logs.resolve("telltale-jar-" + name + ".err");
    Path data = Path.of(DataDirs.fresh(name));
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    command.add("-Dtelltale.data.dir=" + data);
    properties.forEach(property -> command.add("-D" + property));
    command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port)));
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new PackagedJar(process, port, data, out, err);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
