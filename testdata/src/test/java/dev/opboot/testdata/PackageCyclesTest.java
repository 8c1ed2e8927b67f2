package dev.opboot.testdata;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * No two packages of op-boot's product code depend on each other, directly or round a loop: the
 * packages show the flow (Java sources → API model → schema → YAML; request → templates → change
 * set → disk), and a cycle is a flow running backwards. Every module's main classes are on this
 * module's test class path; tests are left out.
 */
class PackageCyclesTest {
  @Test
  void productPackagesHaveNoCycles() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/testdata/"))
            .importPackages("dev.opboot");
    Assertions.assertThat(classes.stream().map(c -> c.getPackageName()).distinct().count())
        .as("packages found")
        .isGreaterThan(15);

    slices().matching("dev.opboot.(**)").should().beFreeOfCycles().check(classes);
  }
}
