package telltale.linkage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate resumes are similar and share LSH buckets; template phrases do not make resumes
 * alike.
 */
class MinHashTest {
  static final Shingles SHINGLES =
      new Shingles(List.of("professional experience", "team player", "responsible for"));
  static final String RESUME =
      "Built the settlement engine at Lakeside Payments in Kotlin, moved ledger reconciliation from nightly batch"
          + " jobs to Kafka streams, cut payout failures by forty percent and led the migration of merchant onboarding"
          + " to a new risk service with automated document checks and audit trails for the compliance team.";

  static double similarity(String a, String b) {
    return MinHash.similarity(MinHash.signature(SHINGLES.of(a)), MinHash.signature(SHINGLES.of(b)));
  }

  static double jaccard(String a, String b) {
    Set<String> x = SHINGLES.of(a);
    Set<String> y = SHINGLES.of(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> either = new HashSet<>(x);
    either.addAll(y);
    return both.size() / (double) either.size();
  }

  @Test
  void aLightlyEditedCopyIsEstimatedCloseToItsTrueSimilarity() {
    String edited =
        RESUME.replace("forty percent", "forty-five percent").replace("Kotlin", "Kotlin and Java");
    double truth = jaccard(RESUME, edited);
    assertTrue(truth > 0.6, "true Jaccard " + truth);
    assertEquals(truth, similarity(RESUME, edited), 0.15);
  }

  @Test
  void unrelatedResumesAreNotSimilar() {
    String other =
        "Designed embedded firmware for agricultural sensors in C, wrote a LoRa radio driver, reduced battery drain by"
            + " half and mentored two apprentices through their first production releases at a cooperative.";
    assertTrue(similarity(RESUME, other) < 0.1);
  }

  @Test
  void sharedTemplatePhrasesAloneDoNotCount() {
    String a =
        "Professional experience. Team player responsible for things. "
            + "alpha beta gamma delta epsilon";
    String b =
        "Professional experience. Team player responsible for things. "
            + "kappa lambda omicron sigma tau";
    assertTrue(jaccard(a, b) < 0.2, "boilerplate is removed before shingling");
  }

  @Test
  void identicalResumesShareEveryBucketAndSignaturesSurviveStorage() {
    int[] signature = MinHash.signature(SHINGLES.of(RESUME));
    assertArrayEquals(
        MinHash.buckets(signature), MinHash.buckets(MinHash.signature(SHINGLES.of(RESUME))));
    assertArrayEquals(signature, MinHash.decode(MinHash.encode(signature)));
    assertEquals(MinHash.BANDS, MinHash.buckets(signature).length);
  }
}
