package telltale.linkage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import telltale.linkage.entity.Fingerprint;
import telltale.linkage.entity.Prints;

/**
 * The stored prints of earlier candidates (tables fingerprint, resume_signature and resume_bucket):
 * the statements that look them up, replace them and remove them. What counts as a link is {@link
 * Matcher}'s business.
 */
@ApplicationScoped
public class PrintStore {
  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  /** A stored print of another candidate: its kind, screening and name key. */
  public record Holder(String kind, String screeningId, String nameKey) {}

  /** A stored resume signature of another candidate sharing a bucket. */
  public record StoredResume(String screeningId, String nameKey, int[] signature) {}

  /** Other candidates holding any of these prints, at most {@code limit} rows. */
  public List<Holder> holders(
      String ats, String candidate, List<Fingerprint> fingerprints, int limit) {
    // one query for all prints; the hash covers the kind, so equal hashes are equal prints
    var query =
        em.createNativeQuery(
            "SELECT kind, screening_id, name_key FROM fingerprint WHERE hash IN ("
                + placeholders(3, fingerprints.size())
                + ") AND NOT (ats = ?1 AND candidate_id = ?2)");
    query.setParameter(1, ats).setParameter(2, candidate);
    for (int i = 0; i < fingerprints.size(); i++) {
      query.setParameter(3 + i, fingerprints.get(i).hash());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.setMaxResults(limit).getResultList();
    return rows.stream()
        .map(row -> new Holder((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /** The resume signatures of at most {@code limit} other candidates sharing a bucket. */
  public List<StoredResume> resumesSharingBuckets(
      String ats, String candidate, long[] buckets, int limit) {
    // one statement: the signatures of at most limit others sharing a bucket
    var query =
        em.createNativeQuery(
            "SELECT s.screening_id, s.name_key, s.signature FROM resume_signature s JOIN"
                + " (SELECT DISTINCT ats, candidate_id FROM resume_bucket WHERE bucket IN ("
                + placeholders(3, buckets.length)
                + ") AND NOT (ats = ?1 AND candidate_id = ?2) FETCH FIRST "
                + limit
                + " ROWS ONLY) b ON s.ats = b.ats AND s.candidate_id = b.candidate_id");
    query.setParameter(1, ats).setParameter(2, candidate);
    for (int i = 0; i < buckets.length; i++) {
      query.setParameter(3 + i, buckets[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new StoredResume((String) row[0], (String) row[1], MinHash.decode((String) row[2])))
        .toList();
  }

  /**
   * The candidate's recorded resume signature, so a re-screen without the text (which is never
   * stored) still compares the resume and keeps the signature for later look-alikes.
   */
  public Optional<int[]> resumeSignature(String ats, String candidateId) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "SELECT signature FROM resume_signature WHERE ats = ?1 AND candidate_id = ?2")
            .setParameter(1, ats)
            .setParameter(2, candidateId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().findFirst().map(MinHash::decode);
  }

  /**
   * The candidate's recorded prints of a resume file (kinds document_...), so a re-screen without
   * the file (which is never stored, nor re-read) compares them as before and keeps them.
   */
  public List<Fingerprint> documentPrints(String ats, String candidateId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT kind, hash FROM fingerprint WHERE ats = ?1 AND candidate_id = ?2"
                    + " AND kind LIKE ?3")
            .setParameter(1, ats)
            .setParameter(2, candidateId)
            .setParameter(3, Prints.DOCUMENT + "%")
            .getResultList();
    return rows.stream().map(row -> new Fingerprint((String) row[0], (String) row[1])).toList();
  }

  /**
   * Screenings of other candidates whose name has this key (their prints or resume signature carry
   * it), at most {@code limit}: who a resume file's author is, without keeping names.
   */
  public List<String> namedAs(String ats, String candidate, String nameKey, int limit) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "SELECT screening_id FROM fingerprint WHERE name_key = ?1"
                    + " AND NOT (ats = ?2 AND candidate_id = ?3)"
                    + " UNION SELECT screening_id FROM resume_signature WHERE name_key = ?1"
                    + " AND NOT (ats = ?2 AND candidate_id = ?3)")
            .setParameter(1, nameKey)
            .setParameter(2, ats)
            .setParameter(3, candidate)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().sorted().toList();
  }

  /** "?from, ?from+1, ..." for count parameters. */
  private static String placeholders(int from, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "?" : ", ?").append(from + i);
    }
    return text.toString();
  }

  /**
   * Replaces the candidate's prints with those of this screening. Most deliveries re-screen a
   * candidate whose identifiers did not change: then the stored prints only move to this screening,
   * and a new candidate has nothing to remove.
   */
  public void record(
      String ats, String candidate, String screeningId, Prints prints, OffsetDateTime now) {
    Recorded before = recorded(ats, candidate);
    if (before.sameAs(prints)) {
      List<String> tables = new ArrayList<>();
      if (!before.fingerprints().isEmpty()) {
        tables.add("fingerprint");
      }
      if (before.resume().isPresent()) {
        tables.add("resume_signature");
      }
      for (String table : tables) {
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET screening_id = ?3, created_at = ?4 WHERE ats = ?1 AND candidate_id = ?2")
            .setParameter(1, ats)
            .setParameter(2, candidate)
            .setParameter(3, screeningId)
            .setParameter(4, now)
            .executeUpdate();
      }
      return;
    }
    if (!before.isEmpty()) {
      forget(ats, candidate);
    }
    String name = prints.nameKey().orElse(null);
    List<Fingerprint> fingerprints = prints.fingerprints();
    if (!fingerprints.isEmpty()) {
      // one multi-row insert: ?1..?4 are shared, each print adds its kind and hash
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO fingerprint (kind, hash, ats, candidate_id, name_key, screening_id, created_at) VALUES ");
      for (int i = 0; i < fingerprints.size(); i++) {
        int at = 6 + 2 * i;
        sql.append(i == 0 ? "" : ", ")
            .append("(?")
            .append(at)
            .append(", ?")
            .append(at + 1)
            .append(", ?1, ?2, ?3, ?4, ?5)");
      }
      var insert =
          em.createNativeQuery(sql.toString())
              .setParameter(1, ats)
              .setParameter(2, candidate)
              .setParameter(3, name)
              .setParameter(4, screeningId)
              .setParameter(5, now);
      for (int i = 0; i < fingerprints.size(); i++) {
        insert
            .setParameter(6 + 2 * i, fingerprints.get(i).kind())
            .setParameter(7 + 2 * i, fingerprints.get(i).hash());
      }
      insert.executeUpdate();
    }
    if (prints.resume().isPresent()) {
      int[] signature = prints.resume().get();
      em.createNativeQuery(
              "INSERT INTO resume_signature (ats, candidate_id, name_key, screening_id, signature, created_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, ats)
          .setParameter(2, candidate)
          .setParameter(3, name)
          .setParameter(4, screeningId)
          .setParameter(5, MinHash.encode(signature))
          .setParameter(6, now)
          .executeUpdate();
      List<Long> buckets = new ArrayList<>(new LinkedHashSet<>(boxed(MinHash.buckets(signature))));
      StringBuilder sql =
          new StringBuilder("INSERT INTO resume_bucket (bucket, ats, candidate_id) VALUES ");
      for (int i = 0; i < buckets.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?").append(3 + i).append(", ?1, ?2)");
      }
      var insert =
          em.createNativeQuery(sql.toString()).setParameter(1, ats).setParameter(2, candidate);
      for (int i = 0; i < buckets.size(); i++) {
        insert.setParameter(3 + i, buckets.get(i));
      }
      insert.executeUpdate();
    }
  }

  /** What is stored for one candidate now: prints, name key and resume signature. */
  record Recorded(Set<Fingerprint> fingerprints, Set<String> nameKeys, Optional<String> resume) {
    boolean isEmpty() {
      return fingerprints.isEmpty() && resume.isEmpty();
    }

    boolean sameAs(Prints prints) {
      String name = prints.nameKey().orElse(null);
      return !isEmpty()
          && fingerprints.equals(Set.copyOf(prints.fingerprints()))
          && nameKeys.stream().allMatch(key -> Objects.equals(key, name))
          && resume.equals(prints.resume().map(MinHash::encode));
    }
  }

  private Recorded recorded(String ats, String candidate) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT kind, hash, name_key FROM fingerprint WHERE ats = ?1 AND candidate_id = ?2"
                    + " UNION ALL SELECT NULL, signature, name_key FROM resume_signature"
                    + " WHERE ats = ?1 AND candidate_id = ?2")
            .setParameter(1, ats)
            .setParameter(2, candidate)
            .getResultList();
    Set<Fingerprint> fingerprints = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    Optional<String> resume = Optional.empty();
    for (Object[] row : rows) {
      nameKeys.add((String) row[2]);
      if (row[0] == null) {
        resume = Optional.of((String) row[1]);
      } else {
        fingerprints.add(new Fingerprint((String) row[0], (String) row[1]));
      }
    }
    return new Recorded(fingerprints, nameKeys, resume);
  }

  private static List<Long> boxed(long[] values) {
    List<Long> boxed = new ArrayList<>(values.length);
    for (long value : values) {
      boxed.add(value);
    }
    return boxed;
  }

  /** Removes every print of one candidate; returns how many rows went. */
  public int forget(String ats, String candidateId) {
    int removed = 0;
    for (String table : List.of("fingerprint", "resume_signature", "resume_bucket")) {
      removed +=
          em.createNativeQuery("DELETE FROM " + table + " WHERE ats = ?1 AND candidate_id = ?2")
              .setParameter(1, ats)
              .setParameter(2, candidateId)
              .executeUpdate();
    }
    return removed;
  }

  /** Removes prints older than the retention limit. */
  public int expire(OffsetDateTime before) {
    int removed =
        em.createNativeQuery(
                "DELETE FROM resume_bucket b WHERE EXISTS (SELECT 1 FROM resume_signature s"
                    + " WHERE s.ats = b.ats AND s.candidate_id = b.candidate_id AND s.created_at < ?1)")
            .setParameter(1, before)
            .executeUpdate();
    removed +=
        em.createNativeQuery("DELETE FROM resume_signature WHERE created_at < ?1")
            .setParameter(1, before)
            .executeUpdate();
    removed +=
        em.createNativeQuery("DELETE FROM fingerprint WHERE created_at < ?1")
            .setParameter(1, before)
            .executeUpdate();
    return removed;
  }
}
