package vn.nq57.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every top-level package under {@code vn.nq57.sync} is a module; its {@code package-info.java}
 * declares the modules it may call. Verification fails on a dependency cycle, on a call to a module
 * not declared, and on the use of another module's internals (anything in its sub-packages).
 */
class ModuleBoundariesTest {

  /** Main code only, also when the build directory is not target/ (-Dbuild.dir=target-other). */
  private static final ImportOption MAIN_CODE = location -> !location.contains("/test-classes/");

  private static final ApplicationModules MODULES =
      ApplicationModules.of(Application.class, MAIN_CODE);

  @Test
  void modulesHaveNoCyclesAndCallOnlyTheirDeclaredDependencies() {
    MODULES.verify();
  }

  @Test
  void everyTopLevelPackageIsAModule() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .containsExactlyInAnyOrder(
            "access",
            "acknowledgement",
            "alerting",
            "console",
            "demo",
            "mapping",
            "mappingstore",
            "national",
            "operations",
            "run",
            "sandbox",
            "scheduling",
            "source",
            "submission",
            "support");
  }

  @Test
  void mainCodeUsesJackson3OnlyBesidesTheSharedAnnotations() {
    JavaClasses main =
        new ClassFileImporter().withImportOption(MAIN_CODE).importPackages("vn.nq57.sync");

    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
        .because(
            "the code is on Jackson 3 (tools.jackson); only com.fasterxml.jackson.annotation"
                + " is shared by both")
        .check(main);
  }
}
