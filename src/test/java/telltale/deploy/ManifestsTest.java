package telltale.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Kubernetes manifests in deploy/, checked without a cluster: every YAML document has a known
 * apiVersion and kind and a valid name, the Deployment's selector, probes, port, security context
 * and resources fit what the application really serves and needs, every secretKeyRef names a key of
 * a Secret in deploy/, and every environment variable is one the application reads (MicroProfile
 * Config's mapping: telltale.card.base-url is TELLTALE_CARD_BASE_URL).
 *
 * <p>The application's facts are read from its sources, not restated here: the port from the
 * uber-jar flags in pom.xml, the configuration keys from microprofile-config.properties and the key
 * names in src/main/java, the ATS names from the Ats enum.
 */
class ManifestsTest {

  static final Path DEPLOY = Path.of("deploy");
  static final Path MAIN = Path.of("src/main/java");

  static final Map<String, String> API_VERSIONS =
      Map.of(
          "Deployment", "apps/v1",
          "Service", "v1",
          "Secret", "v1",
          "ConfigMap", "v1",
          "PodDisruptionBudget", "policy/v1",
          "ServiceAccount", "v1",
          "HorizontalPodAutoscaler", "autoscaling/v2",
          "Ingress", "networking.k8s.io/v1",
          "NetworkPolicy", "networking.k8s.io/v1");

  /** MicroProfile Health's endpoints, served by Payara Micro on the application's HTTP port. */
  static final Set<String> HEALTH_PATHS =
      Set.of("/health", "/health/live", "/health/ready", "/health/started");

  /** Environment variables the JVM itself reads, not the application. */
  static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  /**
   * Resident memory after start was 490-590 MB in bench/RESULTS.md; a request below that lets the
   * scheduler pack instances onto a node that cannot hold them.
   */
  static final long MIN_MEMORY_REQUEST = 512L * 1024 * 1024;

  static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  static List<Manifest> manifests;
  static int appPort;
  static Set<String> configVariables;
  static Pattern connectionVariable;

  record Manifest(Path file, int index, Map<String, Object> doc) {
    String kind() {
      return Objects.toString(doc.get("kind"), null);
    }

    String name() {
      return Objects.toString(map(doc, "metadata").get("name"), null);
    }

    @Override
    public String toString() {
      return file.getFileName() + "#" + index + " " + kind() + "/" + name();
    }
  }

  @BeforeAll
  static void read() throws IOException {
    manifests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
        int index = 0;
        Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
        for (Object doc : load.loadAllFromString(Files.readString(file))) {
          if (doc != null) {
            manifests.add(new Manifest(file, index++, asMap(doc, file + " document")));
          }
        }
      }
    }
    appPort = appPort();
    configVariables = configVariables();
    connectionVariable = connectionVariables();
  }

  @Test
  void everyDocumentIsAKnownKindWithAValidName() {
    assertFalse(manifests.isEmpty(), "no YAML documents in " + DEPLOY.toAbsolutePath());
    List<String> problems = new ArrayList<>();
    for (Manifest m : manifests) {
      String expected = API_VERSIONS.get(m.kind());
      if (expected == null) {
        problems.add(m + ": kind " + m.kind() + " is not one of " + API_VERSIONS.keySet());
      } else if (!expected.equals(m.doc().get("apiVersion"))) {
        problems.add(m + ": apiVersion " + m.doc().get("apiVersion") + ", expected " + expected);
      }
      String name = m.name();
      Pattern rule = "Service".equals(m.kind()) ? DNS_1035_LABEL : DNS_1123_SUBDOMAIN;
      int max = "Service".equals(m.kind()) ? 63 : 253;
      if (name == null || !rule.matcher(name).matches() || name.length() > max) {
        problems.add(m + ": metadata.name is not a valid Kubernetes name (" + rule + ")");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void deploymentRunsSeveralInstancesSelectingItsOwnPods() {
    List<Manifest> deployments = ofKind("Deployment");
    assertEquals(1, deployments.size(), "one Deployment in deploy/");
    List<String> problems = new ArrayList<>();
    for (Manifest d : deployments) {
      Map<String, Object> spec = map(d.doc(), "spec");
      if (!(spec.get("replicas") instanceof Integer replicas) || replicas < 2) {
        problems.add(d + ": spec.replicas must be 2 or more, is " + spec.get("replicas"));
      }
      Map<String, Object> selector = map(map(spec, "selector"), "matchLabels");
      Map<String, Object> labels = map(map(map(spec, "template"), "metadata"), "labels");
      if (selector.isEmpty() || !labels.entrySet().containsAll(selector.entrySet())) {
        problems.add(d + ": selector " + selector + " does not match template labels " + labels);
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void containersServeTheApplicationPortAndProbeItsHealth() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Manifest d : ofKind("Deployment")) {
      for (Map<String, Object> c : containers(d)) {
        String where = d + " container " + c.get("name");
        Map<String, Integer> ports = new HashMap<>();
        for (Map<String, Object> port : list(c, "ports")) {
          ports.put(Objects.toString(port.get("name")), (Integer) port.get("containerPort"));
          if (!Objects.equals(port.get("containerPort"), appPort)) {
            problems.add(
                where + ": containerPort " + port.get("containerPort") + ", app serves " + appPort);
          }
        }
        checkProbe(problems, where, c, "readinessProbe", "/health/ready", ports, true);
        checkProbe(problems, where, c, "livenessProbe", "/health/live", ports, true);
        checkProbe(problems, where, c, "startupProbe", null, ports, false);
      }
    }
    assertNoProblems(problems);
    assertTrue(
        sourcesContain("@Readiness"),
        "the readiness probe is only worth something if the application declares @Readiness checks");
  }

  private static void checkProbe(
      List<String> problems,
      String where,
      Map<String, Object> container,
      String probe,
      String expectedPath,
      Map<String, Integer> ports,
      boolean required) {
    if (!container.containsKey(probe)) {
      if (required) {
        problems.add(where + ": no " + probe);
      }
      return;
    }
    Map<String, Object> get = map(map(container, probe), "httpGet");
    Object path = get.get("path");
    if (expectedPath != null ? !expectedPath.equals(path) : !HEALTH_PATHS.contains(path)) {
      problems.add(
          where
              + ": "
              + probe
              + " path "
              + path
              + ", expected "
              + (expectedPath != null ? expectedPath : "one of " + HEALTH_PATHS));
    }
    Object port = get.get("port");
    Integer number = port instanceof Integer n ? n : ports.get(Objects.toString(port));
    if (!Objects.equals(number, appPort)) {
      problems.add(where + ": " + probe + " port " + port + " is not the app's port " + appPort);
    }
  }

  @Test
  void podsRunAsNonRootWithoutPrivileges() {
    List<String> problems = new ArrayList<>();
    for (Manifest d : ofKind("Deployment")) {
      Map<String, Object> pod = map(podSpec(d), "securityContext");
      for (Map<String, Object> c : containers(d)) {
        String where = d + " container " + c.get("name");
        Map<String, Object> own = map(c, "securityContext");
        Object nonRoot = own.getOrDefault("runAsNonRoot", pod.get("runAsNonRoot"));
        Object user = own.getOrDefault("runAsUser", pod.get("runAsUser"));
        if (!Boolean.TRUE.equals(nonRoot)) {
          problems.add(where + ": runAsNonRoot must be true");
        }
        if (user != null && !(user instanceof Integer u && u > 0)) {
          problems.add(where + ": runAsUser " + user + " must be a non-zero uid");
        }
        if (!Boolean.FALSE.equals(own.get("allowPrivilegeEscalation"))) {
          problems.add(where + ": allowPrivilegeEscalation must be false");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void containersRequestTheMeasuredMemoryAndHaveALimit() {
    List<String> problems = new ArrayList<>();
    for (Manifest d : ofKind("Deployment")) {
      for (Map<String, Object> c : containers(d)) {
        String where = d + " container " + c.get("name");
        Map<String, Object> resources = map(c, "resources");
        Map<String, Object> requests = map(resources, "requests");
        Map<String, Object> limits = map(resources, "limits");
        for (String key : List.of("cpu", "memory")) {
          if (!requests.containsKey(key)) {
            problems.add(where + ": resources.requests." + key + " is not set");
          }
        }
        if (!limits.containsKey("memory")) {
          problems.add(where + ": resources.limits.memory is not set");
          continue;
        }
        BigDecimal request = bytes(Objects.toString(requests.get("memory"), "0"));
        BigDecimal limit = bytes(Objects.toString(limits.get("memory")));
        if (request.compareTo(BigDecimal.valueOf(MIN_MEMORY_REQUEST)) < 0) {
          problems.add(
              where
                  + ": memory request "
                  + requests.get("memory")
                  + " is below 512Mi, the measured resident size");
        }
        if (limit.compareTo(request) < 0) {
          problems.add(where + ": memory limit " + limits.get("memory") + " is below the request");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void everySecretReferenceNamesAKeyOfASecretInDeploy() {
    List<String> problems = new ArrayList<>();
    int references = 0;
    for (Manifest d : ofKind("Deployment")) {
      for (Map<String, Object> c : containers(d)) {
        for (Map<String, Object> env : list(c, "env")) {
          Map<String, Object> ref = map(map(env, "valueFrom"), "secretKeyRef");
          if (ref.isEmpty()) {
            continue;
          }
          references++;
          String secret = Objects.toString(ref.get("name"));
          Object key = ref.get("key");
          Set<String> keys = secretKeys(secret);
          if (keys == null) {
            problems.add(d + " " + env.get("name") + ": no Secret " + secret + " in deploy/");
          } else if (!keys.contains(key)) {
            problems.add(
                d
                    + " "
                    + env.get("name")
                    + ": Secret "
                    + secret
                    + " has no key "
                    + key
                    + " (has "
                    + keys
                    + ")");
          }
        }
      }
    }
    assertNoProblems(problems);
    assertTrue(references > 0, "the secrets come from a Secret, not from literal values");
  }

  /**
   * Several instances need PostgreSQL, and on PostgreSQL the service refuses to start without the
   * shared linkage and card secrets (README, Configuration): they must come from the Secret.
   */
  @Test
  void severalInstancesShareOnePostgresqlWithTheSecretsItRequires() {
    Map<String, String> fromConfigMaps = new HashMap<>();
    ofKind("ConfigMap")
        .forEach(
            cm ->
                map(cm.doc(), "data").forEach((k, v) -> fromConfigMaps.put(k, String.valueOf(v))));
    List<String> problems = new ArrayList<>();
    for (Manifest d : ofKind("Deployment")) {
      for (Map<String, Object> c : containers(d)) {
        Map<String, Map<String, Object>> env = new HashMap<>();
        list(c, "env").forEach(e -> env.put(Objects.toString(e.get("name")), e));
        String url =
            env.containsKey("TELLTALE_DATASOURCE_URL")
                ? Objects.toString(env.get("TELLTALE_DATASOURCE_URL").get("value"))
                : fromConfigMaps.get("TELLTALE_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
          problems.add(
              d
                  + ": TELLTALE_DATASOURCE_URL must name PostgreSQL for several instances, is "
                  + url);
        }
        for (String name :
            List.of(
                "TELLTALE_DATASOURCE_USER",
                "TELLTALE_DATASOURCE_PASSWORD",
                "TELLTALE_LINKAGE_SECRET",
                "TELLTALE_CARD_SECRET")) {
          Map<String, Object> ref =
              map(map(env.getOrDefault(name, Map.of()), "valueFrom"), "secretKeyRef");
          if (ref.isEmpty() || Boolean.TRUE.equals(ref.get("optional"))) {
            problems.add(d + ": " + name + " must come from a Secret, not optional");
          }
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void secretTemplatesHoldNoValues() {
    List<String> problems = new ArrayList<>();
    for (Manifest s : ofKind("Secret")) {
      if (!map(s.doc(), "data").isEmpty()) {
        problems.add(s + ": data holds values; the template lists keys in stringData, empty");
      }
      map(s.doc(), "stringData")
          .forEach(
              (key, value) -> {
                if (!"".equals(value)) {
                  problems.add(s + ": stringData." + key + " holds a value; leave it empty");
                }
              });
    }
    assertNoProblems(problems);
  }

  @Test
  void everyEnvironmentVariableIsOneTheApplicationReads() {
    List<String> problems = new ArrayList<>();
    for (Manifest d : ofKind("Deployment")) {
      for (Map<String, Object> c : containers(d)) {
        String where = d + " container " + c.get("name");
        for (Map<String, Object> env : list(c, "env")) {
          String name = Objects.toString(env.get("name"));
          if (!known(name)) {
            problems.add(where + ": env " + name + " is no configuration key of the application");
          }
          if (env.containsKey("value") && looksSecret(name)) {
            problems.add(where + ": env " + name + " is a secret given as a literal value");
          }
        }
        for (Map<String, Object> from : list(c, "envFrom")) {
          Map<String, Object> ref = map(from, "configMapRef");
          if (ref.isEmpty()) {
            continue;
          }
          String configMap = Objects.toString(ref.get("name"));
          Manifest cm =
              ofKind("ConfigMap").stream()
                  .filter(m -> configMap.equals(m.name()))
                  .findFirst()
                  .orElse(null);
          if (cm == null) {
            problems.add(where + ": envFrom names ConfigMap " + configMap + ", not in deploy/");
            continue;
          }
          for (String name : map(cm.doc(), "data").keySet()) {
            if (!known(name)) {
              problems.add(cm + ": " + name + " is no configuration key of the application");
            }
            if (looksSecret(name)) {
              problems.add(cm + ": " + name + " is a secret; it belongs in the Secret");
            }
          }
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void serviceAndDisruptionBudgetSelectTheDeploymentsPods() {
    Map<String, Object> podLabels =
        map(
            map(map(map(ofKind("Deployment").get(0).doc(), "spec"), "template"), "metadata"),
            "labels");
    Set<String> portNames = new TreeSet<>();
    containers(ofKind("Deployment").get(0))
        .forEach(
            c -> list(c, "ports").forEach(p -> portNames.add(Objects.toString(p.get("name")))));
    List<String> problems = new ArrayList<>();
    assertFalse(ofKind("Service").isEmpty(), "a Service in deploy/");
    assertFalse(ofKind("PodDisruptionBudget").isEmpty(), "a PodDisruptionBudget in deploy/");
    for (Manifest s : ofKind("Service")) {
      Map<String, Object> selector = map(map(s.doc(), "spec"), "selector");
      if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
        problems.add(s + ": selector " + selector + " selects none of the pods " + podLabels);
      }
      for (Map<String, Object> port : list(map(s.doc(), "spec"), "ports")) {
        Object target = port.get("targetPort");
        if (target instanceof String named
            ? !portNames.contains(named)
            : !Objects.equals(target, appPort)) {
          problems.add(s + ": targetPort " + target + " is not the container's port");
        }
      }
    }
    int replicas = (Integer) map(ofKind("Deployment").get(0).doc(), "spec").get("replicas");
    for (Manifest p : ofKind("PodDisruptionBudget")) {
      Map<String, Object> spec = map(p.doc(), "spec");
      Map<String, Object> selector = map(map(spec, "selector"), "matchLabels");
      if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
        problems.add(p + ": selector " + selector + " selects none of the pods " + podLabels);
      }
      if (spec.get("minAvailable") instanceof Integer min && min >= replicas) {
        problems.add(
            p + ": minAvailable " + min + " of " + replicas + " replicas blocks every node drain");
      }
      if (!spec.containsKey("minAvailable") && !spec.containsKey("maxUnavailable")) {
        problems.add(p + ": needs minAvailable or maxUnavailable");
      }
    }
    assertNoProblems(problems);
  }

  // --- the application's facts, read from its sources ---

  /** The port recorded in the uber jar (pom.xml: --port N), which the image runs. */
  private static int appPort() throws IOException {
    Matcher m =
        Pattern.compile("<argument>--port</argument>\\s*<argument>(\\d+)</argument>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(m.find(), "pom.xml records no --port for the uber jar");
    return Integer.parseInt(m.group(1));
  }

  /** The environment names of every key in microprofile-config.properties and src/main/java. */
  private static Set<String> configVariables() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line :
        Files.readAllLines(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      Matcher m = Pattern.compile("^([a-z][a-z0-9.-]*)\\s*=").matcher(line);
      if (m.find()) {
        keys.add(m.group(1));
      }
    }
    Pattern literal =
        Pattern.compile("\"(?:\\$\\{MPCONFIG=)?(telltale\\.[a-z0-9.-]*[a-z0-9])[}\"]");
    for (String source : javaSources()) {
      Matcher m = literal.matcher(source);
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    Set<String> variables = new TreeSet<>();
    keys.forEach(k -> variables.add(variable(k)));
    return variables;
  }

  /**
   * Per-ATS connection settings,
   * telltale.&lt;area&gt;.&lt;ats&gt;[.&lt;connection&gt;].&lt;name&gt; (Ats.setting), as
   * environment names: the areas and names from the code's setting(...) calls, the ATS from the
   * enum.
   */
  private static Pattern connectionVariables() throws IOException {
    Set<String> ats = new TreeSet<>();
    Set<String> areas = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    Pattern call = Pattern.compile("\\.setting\\(\\s*\"([a-z]+)\",\\s*\\w+,\\s*\"([a-z-]+)\"\\)");
    Pattern enumBody = Pattern.compile("public enum Ats \\{([^;]*);");
    for (String source : javaSources()) {
      Matcher e = enumBody.matcher(source);
      if (e.find()) {
        for (String constant : e.group(1).split(",")) {
          ats.add(variable(constant.strip()));
        }
      }
      Matcher m = call.matcher(source);
      while (m.find()) {
        areas.add(variable(m.group(1)));
        names.add(variable(m.group(2)));
      }
    }
    assertFalse(ats.isEmpty(), "enum Ats not found under " + MAIN);
    assertFalse(areas.isEmpty(), "no Ats.setting(...) calls found under " + MAIN);
    return Pattern.compile(
        "TELLTALE_("
            + String.join("|", areas)
            + ")_("
            + String.join("|", ats)
            + ")(_[A-Z0-9]+)?_("
            + String.join("|", names)
            + ")");
  }

  /** MicroProfile Config's environment mapping: non-alphanumerics to _, upper case. */
  static String variable(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static boolean known(String name) {
    return JVM_VARIABLES.contains(name)
        || configVariables.contains(name)
        || connectionVariable.matcher(name).matches();
  }

  private static boolean looksSecret(String name) {
    return name.matches(".*(SECRET|SECRETS|PASSWORD|API_KEY|API_KEYS)$");
  }

  private static List<String> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(
              f -> {
                try {
                  return Files.readString(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static boolean sourcesContain(String text) throws IOException {
    return javaSources().stream().anyMatch(s -> s.contains(text));
  }

  // --- reading the YAML tree ---

  private static List<Manifest> ofKind(String kind) {
    return manifests.stream().filter(m -> kind.equals(m.kind())).toList();
  }

  private static Set<String> secretKeys(String name) {
    for (Manifest s : ofKind("Secret")) {
      if (name.equals(s.name())) {
        Set<String> keys = new TreeSet<>(map(s.doc(), "data").keySet());
        keys.addAll(map(s.doc(), "stringData").keySet());
        return keys;
      }
    }
    return null;
  }

  private static Map<String, Object> podSpec(Manifest deployment) {
    return map(map(map(deployment.doc(), "spec"), "template"), "spec");
  }

  private static List<Map<String, Object>> containers(Manifest deployment) {
    List<Map<String, Object>> containers = list(podSpec(deployment), "containers");
    assertFalse(containers.isEmpty(), deployment + ": no containers");
    return containers;
  }

  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value == null ? Map.of() : asMap(value, key);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new AssertionError(what + " is not a mapping: " + value);
    }
    return (Map<String, Object>) map;
  }

  static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw new AssertionError(key + " is not a list: " + value);
    }
    return items.stream().map(item -> asMap(item, key + " item")).toList();
  }

  /** A Kubernetes quantity (512Mi, 1Gi, 600M, 1e9) in bytes. */
  static BigDecimal bytes(String quantity) {
    Matcher m = Pattern.compile("([0-9.]+(?:e[0-9]+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?").matcher(quantity);
    if (!m.matches()) {
      throw new AssertionError("not a Kubernetes quantity: " + quantity);
    }
    BigDecimal number = new BigDecimal(m.group(1));
    long unit =
        switch (Objects.toString(m.group(2), "")) {
          case "Ki" -> 1L << 10;
          case "Mi" -> 1L << 20;
          case "Gi" -> 1L << 30;
          case "Ti" -> 1L << 40;
          case "k" -> 1_000L;
          case "M" -> 1_000_000L;
          case "G" -> 1_000_000_000L;
          case "T" -> 1_000_000_000_000L;
          default -> 1L;
        };
    return number.multiply(BigDecimal.valueOf(unit));
  }

  private static void assertNoProblems(List<String> problems) {
    assertTrue(problems.isEmpty(), "deploy/ manifests:\n  " + String.join("\n  ", problems));
  }
}
