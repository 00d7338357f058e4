package telltale.screening.entity;

import java.util.List;
import telltale.catalogue.entity.Advice;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.Strength;

/**
 * One fired rule: what fired it, what it is worth, and what the recruiter does next; its family of
 * evidence and, when something explains it innocently, what does ("explained by …").
 */
public record Signal(
    String id,
    Checklist checklist,
    Strength strength,
    int points,
    String title,
    String evidence,
    Advice guidance,
    List<String> innocentExplanations,
    List<SourceRef> sources,
    String family,
    String explainedBy) {

  /** True when a fact in the profile (or a person) explains it: shown, but it counts less. */
  public boolean explained() {
    return explainedBy != null;
  }

  /** A public source a rule comes from. */
  public record SourceRef(String key, String title, String url) {}
}
