package telltale.screening.control;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import telltale.profile.CandidateProfile;
import telltale.screening.entity.Provenance;

/**
 * The facts a profile holds, named as the catalogue's {@code reads} name them, and where each came
 * from. The sections that arrive piecemeal from different systems (verification, onboarding,
 * footprint) are named field by field; every other section as a whole.
 */
public final class Facts {
  private static final Set<String> BY_FIELD = Set.of("verification", "onboarding", "footprint");
  private static final Set<String> NOT_FACTS = Set.of("candidateId", "ats");

  private Facts() {}

  /** The names of the facts the profile holds, in the profile's order. */
  public static List<String> of(CandidateProfile profile) {
    List<String> facts = new ArrayList<>();
    for (RecordComponent section : CandidateProfile.class.getRecordComponents()) {
      Object value = value(section, profile);
      if (NOT_FACTS.contains(section.getName()) || absent(value)) {
        continue;
      }
      if (BY_FIELD.contains(section.getName())) {
        for (RecordComponent field : value.getClass().getRecordComponents()) {
          if (!absent(value(field, value))) {
            facts.add(section.getName() + "." + field.getName());
          }
        }
      } else {
        facts.add(section.getName());
      }
    }
    return facts;
  }

  /**
   * The provenance of a profile after facts arrived: what was sent comes from this actor now, every
   * other fact the profile holds keeps where it came from before.
   */
  public static List<Provenance> after(
      List<Provenance> before,
      CandidateProfile profile,
      CandidateProfile sent,
      String actor,
      Instant at) {
    Map<String, Provenance> byFact = new TreeMap<>();
    before.forEach(p -> byFact.put(p.fact(), p));
    Set<String> kept = new LinkedHashSet<>(of(profile));
    byFact.keySet().retainAll(kept);
    for (String fact : of(sent)) {
      byFact.put(fact, new Provenance(fact, actor, Sources.friendly(actor), at));
    }
    List<Provenance> ordered = new ArrayList<>();
    for (String fact : kept) {
      if (byFact.containsKey(fact)) {
        ordered.add(byFact.get(fact));
      }
    }
    return ordered;
  }

  private static Object value(RecordComponent component, Object of) {
    try {
      return component.getAccessor().invoke(of);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  private static boolean absent(Object value) {
    return value == null
        || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof String s && s.isBlank());
  }
}
