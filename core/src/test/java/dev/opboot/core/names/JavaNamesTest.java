package dev.opboot.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {
  @Test
  void checksPackageNames() {
    assertThat(JavaNames.checkPackageName("com.example.operator")).isEmpty();
    assertThat(JavaNames.checkPackageName("com.example.class"))
        .hasValue("'class' is a Java keyword");
    assertThat(JavaNames.checkPackageName("com.1example"))
        .hasValue("'1example' is not a Java identifier");
    assertThat(JavaNames.checkPackageName("com..example"))
        .get()
        .asString()
        .contains("empty segment");
    assertThat(JavaNames.checkPackageName("com.my-op"))
        .hasValue("'my-op' is not a Java identifier");
  }

  @Test
  void makesPackageSegments() {
    assertThat(JavaNames.toPackageSegment("guestbook-operator")).isEqualTo("guestbookoperator");
    assertThat(JavaNames.toPackageSegment("9lives")).isEqualTo("p9lives");
    assertThat(JavaNames.toPackageSegment("package")).isEqualTo("package_");
    assertThat(JavaNames.toPackageSegment("Web.App")).isEqualTo("webapp");
  }
}
