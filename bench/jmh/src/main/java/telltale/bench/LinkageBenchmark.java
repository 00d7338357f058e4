package telltale.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import telltale.linkage.control.AllowList;
import telltale.linkage.control.Fingerprinter;
import telltale.linkage.control.MinHash;
import telltale.linkage.control.Shingles;
import telltale.linkage.entity.Fingerprint;
import telltale.profile.CandidateProfile;

/**
 * The linkage hashing of one screening: all keyed fingerprints of the full profile, and the
 * shingles, MinHash signature and LSH buckets of a 180-word resume. Baselines in the same run: one
 * HMAC-SHA256 and one SHA-256 of a short identifier, and one SHA-256 of the whole resume.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinkageBenchmark {
  static final byte[] SECRET = "bench-linkage-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  static final byte[] SHORT = "phone\0+15125550142".getBytes(StandardCharsets.UTF_8);

  Fingerprinter fingerprinter;
  Shingles shingles;
  CandidateProfile full;
  String resume;
  byte[] resumeBytes;
  Set<String> resumeShingles;
  Mac mac;
  MessageDigest sha256;

  @Setup
  public void setUp() throws GeneralSecurityException {
    fingerprinter = new Fingerprinter(SECRET, AllowList.none());
    shingles = Profiles.shingles();
    full = Profiles.read(Profiles.fullJson());
    resume = full.resumeText();
    resumeBytes = resume.getBytes(StandardCharsets.UTF_8);
    resumeShingles = shingles.of(resume);
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    sha256 = MessageDigest.getInstance("SHA-256");
    System.out.printf(
        "%nfull profile: %d fingerprints + name key; resume: %d words, %d bytes, %d shingles%n",
        fingerprinter.of(full).size(),
        resume.split("\\s+").length,
        resumeBytes.length,
        resumeShingles.size());
  }

  /** Baseline: one HMAC-SHA256 of a short identifier with a ready Mac (no hex, no look-up). */
  @Benchmark
  public byte[] baselineHmacShort() {
    return mac.doFinal(SHORT);
  }

  /** Baseline: one SHA-256 of the same short identifier. */
  @Benchmark
  public byte[] baselineSha256Short() {
    return sha256.digest(SHORT);
  }

  /** Baseline: one SHA-256 over the resume's UTF-8 bytes. */
  @Benchmark
  public byte[] baselineSha256Resume() {
    return sha256.digest(resumeBytes);
  }

  /**
   * Every fingerprint of the full profile (phones, e-mails, addresses, onboarding) and the name.
   */
  @Benchmark
  public Object fingerprints() {
    List<Fingerprint> prints = fingerprinter.of(full);
    Optional<String> name = fingerprinter.nameKey(full);
    return name.isPresent() ? prints : null;
  }

  /** Boilerplate removal, folding and 4-word shingles of the resume. */
  @Benchmark
  public Set<String> shingles() {
    return shingles.of(resume);
  }

  /** 100 MinHash components over the resume's shingles. */
  @Benchmark
  public int[] minHash() {
    return MinHash.signature(resumeShingles);
  }

  /** Resume text to its 20 LSH bucket keys: what a screening computes for resume reuse. */
  @Benchmark
  public long[] resumeToBuckets() {
    return MinHash.buckets(MinHash.signature(shingles.of(resume)));
  }
}
