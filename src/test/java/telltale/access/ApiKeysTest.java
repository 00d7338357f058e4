package telltale.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {
  static final String KEYS =
      "integration:aaaaaaaaaaaaaaaa1, recruiter:bbbbbbbbbbbbbbbb2,trainer:bbbbbbbbbbbbbbbb2";

  @Test
  void aKeyStandsForItsRolesAndIsNamedWithoutRevealingIt() {
    ApiKeys keys = ApiKeys.parse(Optional.of(KEYS));
    Caller integration = keys.caller("aaaaaaaaaaaaaaaa1").orElseThrow();
    assertEquals(Set.of(Role.INTEGRATION), integration.roles());
    assertTrue(integration.name().startsWith("key:"));
    assertTrue(!integration.name().contains("aaaa"));
    assertEquals(
        Set.of(Role.RECRUITER, Role.TRAINER),
        keys.caller("bbbbbbbbbbbbbbbb2").orElseThrow().roles());
    assertTrue(keys.caller("cccccccccccccccc3").isEmpty());
  }

  @Test
  void adminMayActAsAnyRole() {
    assertTrue(new Caller("x", Set.of(Role.ADMIN)).mayActAs(Set.of(Role.RECRUITER)));
    assertTrue(!new Caller("x", Set.of(Role.TRAINER)).mayActAs(Set.of(Role.RECRUITER)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"boss:aaaaaaaaaaaaaaaa1", "recruiter:short", "aaaaaaaaaaaaaaaa1"})
  void aBadEntryStopsTheStartWithoutEchoingTheKey(String setting) {
    var e = assertThrows(IllegalStateException.class, () -> ApiKeys.parse(Optional.of(setting)));
    assertTrue(!e.getMessage().contains("aaaaaaaa"), e.getMessage());
  }

  @Test
  void noSettingAcceptsNoKey() {
    assertTrue(ApiKeys.parse(Optional.empty()).caller("anything-at-all-123").isEmpty());
  }
}
