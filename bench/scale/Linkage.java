import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import telltale.json.JsonIntake;
import telltale.linkage.control.AllowList;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;

/**
 * Scale of history. 'seed' writes N synthetic candidates' linkage rows (fingerprints, resume
 * signature, LSH buckets) with COPY, computed by the service's own Fingerprinter, Shingles and
 * MinHash from profiles read by its own strict intake, from a fixed seed. 'lookup' runs the
 * queries of PrintStore (holders, resumesSharingBuckets) for fresh probe candidates (half of them sharing a phone with a stored
 * one) and prints the time per profile.
 *
 *   java -cp target/classes:$(cat target/bench-classpath.txt) bench/scale/Linkage.java seed JDBC_URL N [FIRST]
 *   java -cp ... bench/scale/Linkage.java lookup JDBC_URL PROBES
 */
public class Linkage {
  static final byte[] SECRET = "bench-linkage-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  static final Fingerprinter PRINTS = new Fingerprinter(SECRET, AllowList.none());
  static final Shingles SHINGLES = new Shingles(List.of());
  static final String[] FIRST = {"Ana", "Ben", "Chloe", "Dev", "Emeka", "Fatima", "Goran", "Hana",
    "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Uma"};
  static final String[] LAST = {"Okafor", "Smith", "Nguyen", "Garcia", "Kowalski", "Haddad", "Ito",
    "Muller", "Silva", "Patel", "Johansson", "Rossi", "Kim", "Novak", "Dubois", "Ahmed", "Brown"};
  static final String[] WORDS = words();
  static final int[] AREAS = {212, 312, 415, 512, 617, 720, 206, 303, 404, 503};

  public static void main(String[] args) throws Exception {
    try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
      if (args[0].equals("migrate")) { // the service's own schema and Flyway history, as at start
        org.flywaydb.core.Flyway.configure()
            .dataSource(args[1], "postgres", "")
            .locations("classpath:db/migration")
            .load()
            .migrate();
      } else if (args[0].equals("seed")) {
        seed(db, args.length > 3 ? Integer.parseInt(args[3]) : 0, Integer.parseInt(args[2]));
      } else {
        lookup(db, Integer.parseInt(args[2]));
      }
    }
  }

  static String[] words() {
    Random r = new Random(7);
    String[] w = new String[3000];
    for (int i = 0; i < w.length; i++) {
      StringBuilder s = new StringBuilder();
      int len = 3 + r.nextInt(8);
      for (int j = 0; j < len; j++) {
        s.append((char) ('a' + r.nextInt(26)));
      }
      w[i] = s.toString();
    }
    return w;
  }

  static CandidateProfile profile(Random r, String id, String phone) {
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    StringBuilder resume = new StringBuilder();
    for (int i = 0; i < 180; i++) {
      resume.append(WORDS[r.nextInt(WORDS.length)]).append(i % 15 == 14 ? ".\n" : " ");
    }
    String json =
        "{\"candidateId\":\"" + id + "\",\"name\":{\"first\":\"" + first + "\",\"last\":\"" + last
            + "\"},\"emails\":[\"" + first.toLowerCase() + "." + last.toLowerCase() + id
            + "@example.com\"],\"phones\":[\"" + phone + "\"],\"addresses\":[{\"kind\":\"home\","
            + "\"lines\":[\"" + (1 + r.nextInt(9998)) + " Elm Street\"],\"city\":\"Austin\","
            + "\"postalCode\":\"787" + String.format("%02d", r.nextInt(100)) + "\",\"country\":\"US\"}],"
            + "\"location\":{\"country\":\"US\"},\"resumeText\":\"" + resume.toString().replace("\n", "\\n")
            + "\"}";
    return JsonIntake.read(json.getBytes(StandardCharsets.UTF_8), CandidateProfile.class);
  }

  static String phone(Random r) {
    return String.format("+1 %d %d %04d", AREAS[r.nextInt(AREAS.length)], 200 + r.nextInt(800), r.nextInt(10000));
  }

  /** Candidate i is drawn from its own seed, so seeding can go on from where it stopped. */
  static Random candidate(int i) {
    return new Random(20261127L * 1_000_003L + i);
  }

  static void seed(Connection db, int first, int n) throws Exception {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    long start = System.nanoTime();
    int chunk = 5000;
    for (int from = first; from < n; from += chunk) {
      StringBuilder prints = new StringBuilder();
      StringBuilder sigs = new StringBuilder();
      StringBuilder buckets = new StringBuilder();
      for (int i = from; i < Math.min(n, from + chunk); i++) {
        String id = "seed-" + i;
        Random r = candidate(i);
        CandidateProfile p = profile(r, id, phone(r));
        String name = PRINTS.nameKey(p).orElse("");
        String screening = String.format("00000000-0000-0000-0000-%012d", i);
        for (Fingerprint f : PRINTS.of(p)) {
          prints.append(f.kind()).append(',').append(f.hash()).append(",greenhouse,").append(id)
              .append(',').append(name).append(',').append(screening).append(",2026-11-01T00:00:00Z\n");
        }
        int[] sig = MinHash.signature(SHINGLES.of(p.resumeText()));
        sigs.append("greenhouse,").append(id).append(',').append(name).append(',').append(screening)
            .append(',').append(MinHash.encode(sig)).append(",2026-11-01T00:00:00Z\n");
        Set<Long> unique = new LinkedHashSet<>();
        for (long b : MinHash.buckets(sig)) {
          unique.add(b);
        }
        for (long b : unique) {
          buckets.append(b).append(",greenhouse,").append(id).append('\n');
        }
      }
      copy.copyIn("COPY fingerprint (kind, hash, ats, candidate_id, name_key, screening_id, created_at) FROM STDIN (FORMAT csv)", new StringReader(prints.toString()));
      copy.copyIn("COPY resume_signature (ats, candidate_id, name_key, screening_id, signature, created_at) FROM STDIN (FORMAT csv)", new StringReader(sigs.toString()));
      copy.copyIn("COPY resume_bucket (bucket, ats, candidate_id) FROM STDIN (FORMAT csv)", new StringReader(buckets.toString()));
    }
    try (var s = db.createStatement()) {
      s.execute("ANALYZE fingerprint");
      s.execute("ANALYZE resume_signature");
      s.execute("ANALYZE resume_bucket");
    }
    System.out.printf("seeded candidates %d..%d in %.1f s%n", first, n - 1, (System.nanoTime() - start) / 1e9);
  }

  static void lookup(Connection db, int probes) throws Exception {
    Random r = new Random(99);
    int stored = storedCount(db);
    long[] times = new long[probes];
    long hits = 0;
    for (int round = 0; round < 2; round++) { // first round warms caches and JIT
      for (int i = 0; i < probes; i++) {
        String phone = i % 2 == 0 || stored == 0 ? phone(r) : phone(candidate(r.nextInt(stored)));
        CandidateProfile p = profile(r, "probe-" + i, phone);
        long t = System.nanoTime();
        hits += find(db, p);
        times[i] = System.nanoTime() - t;
      }
    }
    Arrays.sort(times);
    double mean = Arrays.stream(times).average().orElse(0) / 1e6;
    System.out.printf("lookup per profile: mean %.2f ms, p50 %.2f ms, p99 %.2f ms over %d probes (rows found %d)%n",
        mean, times[probes / 2] / 1e6, times[(int) (probes * 0.99)] / 1e6, probes, hits);
    try (var s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM resume_signature),"
            + " pg_total_relation_size('fingerprint') + pg_total_relation_size('resume_signature')"
            + " + pg_total_relation_size('resume_bucket')")) {
      rs.next();
      long candidates = rs.getLong(1);
      long bytes = rs.getLong(2);
      System.out.printf("candidates %d, linkage tables %.1f MB, %.0f bytes per candidate%n",
          candidates, bytes / 1e6, candidates == 0 ? 0.0 : (double) bytes / candidates);
    }
  }

  static int storedCount(Connection db) throws Exception {
    try (var s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM resume_signature")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * The two statements PrintStore (holders, resumesSharingBuckets) issues, with the same SQL and limits: all prints at once, then
   * the signatures of at most 200 other candidates sharing a resume bucket.
   */
  static int find(Connection db, CandidateProfile p) throws Exception {
    int rows = 0;
    List<Fingerprint> prints = PRINTS.of(p);
    if (!prints.isEmpty()) {
      try (PreparedStatement q = db.prepareStatement(
          "SELECT kind, screening_id, name_key FROM fingerprint WHERE hash IN ("
              + marks(prints.size()) + ") AND NOT (ats = ? AND candidate_id = ?) LIMIT "
              + 100 * prints.size())) {
        int at = 1;
        for (Fingerprint f : prints) {
          q.setString(at++, f.hash());
        }
        q.setString(at++, "greenhouse");
        q.setString(at, p.candidateId());
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            rows++;
          }
        }
      }
    }
    int[] sig = MinHash.signature(SHINGLES.of(p.resumeText()));
    long[] buckets = MinHash.buckets(sig);
    try (PreparedStatement q = db.prepareStatement(
        "SELECT s.screening_id, s.name_key, s.signature FROM resume_signature s JOIN"
            + " (SELECT DISTINCT ats, candidate_id FROM resume_bucket WHERE bucket IN ("
            + marks(buckets.length)
            + ") AND NOT (ats = ? AND candidate_id = ?) FETCH FIRST 200 ROWS ONLY) b"
            + " ON s.ats = b.ats AND s.candidate_id = b.candidate_id")) {
      int at = 1;
      for (long bucket : buckets) {
        q.setLong(at++, bucket);
      }
      q.setString(at++, "greenhouse");
      q.setString(at, p.candidateId());
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          MinHash.similarity(sig, MinHash.decode(rs.getString(3)));
          rows++;
        }
      }
    }
    return rows;
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
