package telltale.linkage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;

/**
 * The matching policy: what a new candidate shares with earlier candidates of another name counts
 * as a link, and a resume counts when its signature is similar enough.
 */
@ApplicationScoped
public class Matcher {
  /** Screening ids named as evidence, at most. */
  static final int MAX_LISTED = 10;

  /** Resume candidates compared exactly per lookup, at most, however large the history. */
  static final int MAX_RESUME_CANDIDATES = 200;

  @Inject PrintStore store;
  @Inject LinkageConfig config;

  public Links find(String ats, String candidate, Prints prints) {
    Map<String, Set<String>> shared = new LinkedHashMap<>();
    String mine = prints.nameKey().orElse(null);
    List<Fingerprint> held =
        prints.fingerprints().stream().filter(f -> !f.kind().equals(Prints.AUTHOR_NAME)).toList();
    if (!held.isEmpty()) {
      for (PrintStore.Holder holder : store.holders(ats, candidate, held, 100 * held.size())) {
        if (differentName(mine, holder.nameKey())) {
          shared
              .computeIfAbsent(holder.kind(), k -> new LinkedHashSet<>())
              .add(holder.screeningId());
        }
      }
    }
    // a resume file written under the name of another candidate (never the candidate's own name)
    prints.fingerprints().stream()
        .filter(f -> f.kind().equals(Prints.AUTHOR_NAME) && differentName(mine, f.hash()))
        .map(Fingerprint::hash)
        .distinct()
        .forEach(
            author -> {
              List<String> named = store.namedAs(ats, candidate, author, MAX_LISTED);
              if (!named.isEmpty()) {
                shared
                    .computeIfAbsent(Prints.AUTHOR_NAME, k -> new LinkedHashSet<>())
                    .addAll(named);
              }
            });
    List<Links.SharedIdentifier> identifiers = new ArrayList<>();
    shared.forEach(
        (kind, ids) -> identifiers.add(new Links.SharedIdentifier(kind, List.copyOf(ids))));
    return new Links(
        true,
        identifiers,
        prints.resume().map(sig -> similarResumes(ats, candidate, mine, sig)).orElse(List.of()),
        prints.resume().isPresent(),
        prints.hasDocument());
  }

  private List<Links.SimilarResume> similarResumes(
      String ats, String candidate, String mine, int[] signature) {
    List<Links.SimilarResume> similar = new ArrayList<>();
    for (PrintStore.StoredResume other :
        store.resumesSharingBuckets(
            ats, candidate, MinHash.buckets(signature), MAX_RESUME_CANDIDATES)) {
      double similarity = MinHash.similarity(signature, other.signature());
      if (similarity >= config.resumeSimilarity() && differentName(mine, other.nameKey())) {
        similar.add(new Links.SimilarResume(other.screeningId(), similarity));
      }
    }
    similar.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
    return similar.size() > MAX_LISTED ? similar.subList(0, MAX_LISTED) : similar;
  }

  /** Links count only between different names; without both names there is no telling. */
  private static boolean differentName(String mine, String theirs) {
    return mine != null && theirs != null && !Objects.equals(mine, theirs);
  }
}
