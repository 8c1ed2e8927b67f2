package dev.opboot.generate.schema;

import dev.opboot.generate.source.TypeQueries;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Which map key types make a JSON object, as Jackson sees them. Jackson writes every key as a JSON
 * string ({@code Map<Long, X>} is {@code {"1": ...}}), so the map is a Kubernetes object with
 * {@code additionalProperties} whatever its key type. What matters is whether the operator can read
 * the key back: Jackson has key deserializers for strings, numbers, booleans, characters, enums,
 * {@code UUID} and a few JDK value types, and for any class with a {@code X(String)} constructor or
 * a static {@code valueOf(String)}/{@code fromString(String)}. Any other key is written with {@code
 * toString()} and cannot be read back, so op-boot refuses it.
 */
final class MapKeys {
  private static final Set<String> READABLE =
      Set.of(
          "java.lang.Object",
          "java.lang.String",
          "java.lang.CharSequence",
          "java.lang.Boolean",
          "java.lang.Character",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.UUID",
          "java.util.Date",
          "java.util.Calendar",
          "java.util.Locale",
          "java.util.Currency",
          "java.net.URI",
          "java.net.URL",
          "java.lang.Class",
          "java.time.Instant",
          "java.time.Duration",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.time.ZoneId",
          "java.time.Period",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private MapKeys() {}

  /** Why Jackson cannot read back keys of {@code key}, or empty when it can. */
  static Optional<String> problem(TypeMirror key) {
    if (key == null || key.getKind() != TypeKind.DECLARED) {
      return key == null || key.getKind() == TypeKind.WILDCARD || key.getKind() == TypeKind.TYPEVAR
          ? Optional.empty()
          : Optional.of("Jackson has no key serializer for " + key);
    }
    TypeElement element = (TypeElement) ((DeclaredType) key).asElement();
    if (element.getKind() == ElementKind.ENUM
        || READABLE.contains(element.getQualifiedName().toString())
        || hasStringFactory(element)) {
      return Optional.empty();
    }
    return Optional.of(
        "Jackson writes these keys with toString() but cannot read them back: "
            + element.getQualifiedName()
            + " has no public constructor taking one String and no static valueOf(String) or"
            + " fromString(String)");
  }

  /**
   * Whether Jackson can build the type from one string, its rule for reading a custom key: a public
   * {@code X(String)}, a public static {@code valueOf(String)} or {@code fromString(String)}, or
   * either marked {@code @JsonCreator}.
   */
  private static boolean hasStringFactory(TypeElement element) {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if ((constructor.getModifiers().contains(Modifier.PUBLIC) || isCreator(constructor))
          && takesOneString(constructor)) {
        return true;
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      boolean named =
          (name.equals("valueOf") || name.equals("fromString"))
              && method.getModifiers().contains(Modifier.PUBLIC);
      if ((named || isCreator(method))
          && method.getModifiers().contains(Modifier.STATIC)
          && takesOneString(method)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCreator(ExecutableElement executable) {
    return executable.getAnnotationMirrors().stream()
        .anyMatch(
            a ->
                a.getAnnotationType()
                    .asElement()
                    .toString()
                    .equals("com.fasterxml.jackson.annotation.JsonCreator"));
  }

  private static boolean takesOneString(ExecutableElement executable) {
    return executable.getParameters().size() == 1
        && TypeQueries.is(executable.getParameters().get(0).asType(), "java.lang.String");
  }
}
