package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Java names for JSON names: safe, stable, and read back by Jackson as the same property. */
class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "replicas, replicas", "dnsTTL, dnsTTL", "URL, url", "eTag, etag", "max-age, maxAge",
        "x-forwarded-for, xforwardedFor",
    "3rdParty, _3rdParty", "class, class_", "default, default_", "_, __", "$ref, $ref", "a.b, ab"
  })
  void fieldNames(String json, String java) {
    assertThat(Names.fieldName(json)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({
    "ports, port",
    "policies, policy",
    "addresses, address",
    "analysis, analysis",
    "data, data",
    "status, status",
    "endpoints, endpoint",
    "matrix, matrix"
  })
  void itemsAreNamedInTheSingular(String plural, String singular) {
    assertThat(Names.singular(plural)).isEqualTo(singular);
  }

  @ParameterizedTest
  @CsvSource({
    "Small, Small",
    "copy-on-write, copy_on_write",
    "1st, _1st",
    "class, class_",
    "'', EMPTY",
    "True, True",
    "a b, a_b"
  })
  void enumConstants(String value, String constant) {
    assertThat(Names.constantName(value)).isEqualTo(constant);
  }

  @Test
  void aTakenOrReservedClassNameIsPrefixedWithItsEnclosingClassThenNumbered() {
    Names names = new Names();
    names.reserve("Backup");
    assertThat(names.className("target", "BackupSpec")).isEqualTo("Target");
    assertThat(names.className("target", "Target")).isEqualTo("TargetTarget");
    assertThat(names.className("target", "Target")).isEqualTo("TargetTarget2");
    assertThat(names.className("backup", "BackupSpec")).isEqualTo("BackupSpecBackup");
    assertThat(names.className("string", "BackupSpec")).isEqualTo("BackupSpecString");
    assertThat(names.className("3d", "BackupSpec")).isEqualTo("BackupSpec3d");
  }

  @Test
  void descriptionsTravelAsJavadocOnlyWhenGenerateCrdReadsThemBackUnchanged() {
    assertThat(Javadoc.roundTrips("Plain text.\n\nSecond paragraph,\n  indented.")).isTrue();
    assertThat(Javadoc.roundTrips("Uses <p>HTML</p>.")).isFalse();
    assertThat(Javadoc.roundTrips("A line\n@see a block tag")).isFalse();
    assertThat(Javadoc.roundTrips("Ends a comment */ early")).isFalse();
    assertThat(Javadoc.roundTrips("Keeps\nTODO lines")).isFalse();
    assertThat(Javadoc.roundTrips("Ends in a newline\n")).isFalse();
    assertThat(Javadoc.roundTrips("a \\u0041 escape")).isFalse();
  }
}
