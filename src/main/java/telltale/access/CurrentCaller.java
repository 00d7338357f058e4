package telltale.access;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link AccessFilter}. */
@RequestScoped
public class CurrentCaller {
  private String name = "anonymous";

  void set(Caller caller) {
    this.name = caller.name();
  }

  /** The name the audit log records. */
  public String name() {
    return name;
  }
}
