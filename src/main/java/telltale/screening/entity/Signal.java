package telltale.screening.entity;

import java.util.List;
import telltale.catalogue.entity.Advice;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.Strength;

/** One fired rule: what fired it, what it is worth, and what the recruiter does next. */
public record Signal(
    String id,
    Checklist checklist,
    Strength strength,
    int points,
    String title,
    String evidence,
    Advice guidance,
    List<String> innocentExplanations,
    List<SourceRef> sources) {

  /** A public source a rule comes from. */
  public record SourceRef(String key, String title, String url) {}
}
