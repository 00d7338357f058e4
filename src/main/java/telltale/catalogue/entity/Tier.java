package telltale.catalogue.entity;

import telltale.profile.Position;

/** Verification tier; it follows the role, never the person. */
public enum Tier {
  T0,
  T1,
  T2;

  public static Tier forRole(Position role) {
    if (role == null) {
      return T0;
    }
    if (Boolean.TRUE.equals(role.privilegedAccess())) {
      return T2;
    }
    boolean remoteOrVendor =
        Boolean.TRUE.equals(role.remote()) || Boolean.TRUE.equals(role.vendorSupplied());
    return remoteOrVendor ? T1 : T0;
  }
}
