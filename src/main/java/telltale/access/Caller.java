package telltale.access;

import java.util.Set;

/**
 * An authenticated caller: a name for the audit log (never personal data of a candidate) and its
 * roles.
 */
public record Caller(String name, Set<Role> roles) {

  public Caller {
    name = name.length() > 100 ? name.substring(0, 100) : name; // the audit log's actor column
    roles = Set.copyOf(roles);
  }

  /** Admin implies every other role. */
  public boolean mayActAs(Set<Role> allowed) {
    return roles.contains(Role.ADMIN) || roles.stream().anyMatch(allowed::contains);
  }
}
