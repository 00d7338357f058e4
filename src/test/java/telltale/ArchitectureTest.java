package telltale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package tree is the architecture (ARCHITECTURE.md): every top-level package under telltale is
 * one component, no two components depend on each other both ways, and the technical packages on
 * the ground floor know no business component.
 */
class ArchitectureTest {
  /** Technical packages: they serve every component and import none of them. */
  static final String[] TECHNICAL = {
    "api", "json", "openapi", "configfile", "database", "keys", "access", "audit", "cardlinks"
  };

  /** Business components, each with its boundary, control and entity where it needs them. */
  static final String[] BUSINESS = {
    "profile",
    "catalogue",
    "reference",
    "linkage",
    "resume",
    "screening",
    "writeback",
    "intake",
    "card",
    "outcome",
    "reports",
    "privacy",
    "health",
    "metrics",
    "footprint"
  };

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("telltale");

  @Test
  void noCycleBetweenTopLevelPackages() {
    slices().matching("telltale.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void technicalPackagesImportNoBusinessComponent() {
    noClasses()
        .that()
        .resideInAnyPackage(packages(TECHNICAL))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(BUSINESS))
        .check(MAIN);
  }

  @Test
  void everyTopLevelPackageIsNamedHere() {
    noClasses()
        .should()
        .resideOutsideOfPackages(
            Stream.concat(Arrays.stream(packages(TECHNICAL)), Arrays.stream(packages(BUSINESS)))
                .toArray(String[]::new))
        .check(MAIN);
  }

  private static String[] packages(String[] names) {
    return Arrays.stream(names).map(name -> "telltale." + name + "..").toArray(String[]::new);
  }
}
