package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dev.opboot.cli} holds the command line only: picocli command classes, option mixins, exit
 * codes and the reporting of results and errors. What a command does to a project is a workflow of
 * {@code dev.opboot.project}, which the Maven plugin can call too; a class that is none of these
 * belongs there.
 */
class CliPackageTest {
  /** The classes that are neither commands nor mixins but belong to the command line. */
  private static final Set<String> REPORTING =
      Set.of(ExitCodes.class.getName(), ErrorReporter.class.getName(), Report.class.getName());

  @Test
  void holdsOnlyCommandsMixinsExitCodesAndReporting() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opboot.cli");
    List<String> misplaced =
        classes.stream()
            .filter(JavaClass::isTopLevelClass)
            .filter(c -> c.getPackageName().equals("dev.opboot.cli"))
            .filter(c -> !isCommand(c) && !isMixin(c) && !REPORTING.contains(c.getName()))
            .map(JavaClass::getName)
            .sorted()
            .toList();

    assertThat(classes.size()).as("classes found").isGreaterThan(10);
    assertThat(misplaced)
        .as(
            "classes in dev.opboot.cli that are no command, mixin, exit code or report:"
                + " move them to dev.opboot.project")
        .isEmpty();
  }

  private static boolean isCommand(JavaClass c) {
    return c.isAnnotatedWith(Command.class)
        || c.isAssignableTo(Callable.class)
        || c.isAssignableTo(Runnable.class);
  }

  private static boolean isMixin(JavaClass c) {
    return !c.getFields().isEmpty()
        && c.getFields().stream()
            .allMatch(f -> f.isAnnotatedWith(Option.class) || f.isAnnotatedWith(Parameters.class));
  }
}
