package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A Jackson-polymorphic class ({@code @JsonTypeInfo} + {@code @JsonSubTypes}) as one object schema:
 * the union of every subtype's properties, each optional unless the base requires it, and the type
 * id property as a required string whose enum lists the subtype names. A structural schema cannot
 * say "these properties only for that id" ({@code oneOf} branches may not declare types, and the
 * API server prunes by the union anyway), so the union is the closest the API server can check; see
 * {@code testdata/crd/DIFFERENCES.md}.
 */
final class Polymorphism {
  private static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";

  /** What {@code @JsonTypeInfo} says: where the type id goes and how it is spelled. */
  record TypeId(String use, String include, String property, AnnotationValues site) {
    /**
     * The JSON property holding the id: {@code property}, else Jackson's default for {@code use}.
     */
    String propertyName() {
      if (property != null && !property.isEmpty()) {
        return property;
      }
      return switch (use) {
        case "CLASS" -> "@class";
        case "MINIMAL_CLASS" -> "@c";
        default -> "@type";
      };
    }
  }

  private Polymorphism() {}

  /** Records {@code @JsonTypeInfo}; refuses the layouts a type id property cannot describe. */
  static void typeInfo(AnnotationValues a, Subject s) throws GeneratorException {
    String use = a.enumConstant("use");
    String include = a.enumConstant("include");
    if ("NONE".equals(use)) {
      return;
    }
    if (!"PROPERTY".equals(include) && !"EXISTING_PROPERTY".equals(include)) {
      throw new GeneratorException(
          a.location(),
          "@JsonTypeInfo(include = "
              + include
              + ") puts the type id outside the object, which op-boot cannot describe in a"
              + " structural schema. Use include = JsonTypeInfo.As.PROPERTY (Jackson's default) or"
              + " EXISTING_PROPERTY.");
    }
    s.classFacts().typeId(new TypeId(use, include, a.string("property"), a));
  }

  /**
   * Merges the subtypes named by {@code @JsonSubTypes} into the class's schema. A property two
   * subtypes declare differently gets a schema that accepts what either holds ({@link
   * SubtypeUnion}), with a warning naming both declarations.
   */
  static void subTypes(AnnotationValues a, Subject s) throws GeneratorException {
    TypeId typeId = s.classFacts().typeId();
    JsonSchema schema = s.schema();
    Map<String, JsonSchema> properties = new LinkedHashMap<>(schema.properties());
    Map<String, JsonSchema> fromSubtypes = new LinkedHashMap<>();
    Map<String, TypeMirror> firstHolders = new LinkedHashMap<>();
    TreeSet<String> names = new TreeSet<>();
    for (AnnotationValues type : a.annotations("value")) {
      TypeMirror subtype = type.type("value");
      names.addAll(names(type, subtype, typeId));
      JsonSchema sub = s.schemaOf(subtype);
      for (Map.Entry<String, JsonSchema> p : sub.properties().entrySet()) {
        String name = p.getKey();
        JsonSchema earlier = fromSubtypes.get(name);
        if (earlier == null) {
          fromSubtypes.put(name, p.getValue());
          firstHolders.put(name, subtype);
          continue;
        }
        SubtypeUnion union = new SubtypeUnion();
        fromSubtypes.put(name, union.union(earlier, p.getValue(), s.jsonPath() + "." + name));
        boolean typeIdProperty = typeId != null && name.equals(typeId.propertyName());
        for (SubtypeUnion.Conflict conflict :
            typeIdProperty ? List.<SubtypeUnion.Conflict>of() : union.conflicts()) {
          warn(s, conflict, name, firstHolders.get(name), subtype);
        }
      }
    }
    properties.putAll(fromSubtypes);
    if (typeId != null) {
      String id = typeId.propertyName();
      JsonSchema idSchema = properties.getOrDefault(id, Schemas.of("string")).copy();
      if ("NAME".equals(typeId.use()) || "SIMPLE_NAME".equals(typeId.use())) {
        List<JsonNode> values = new ArrayList<>();
        names.forEach(n -> values.add(TextNode.valueOf(n)));
        idSchema.enumValues(values);
      }
      properties.put(id, idSchema);
      List<String> required = new ArrayList<>(schema.required());
      if (!required.contains(id)) {
        required.add(id);
        required.sort(null);
      }
      schema.properties(properties);
      schema.required(required);
    } else {
      schema.properties(properties);
    }
  }

  private static void warn(
      Subject s,
      SubtypeUnion.Conflict conflict,
      String property,
      TypeMirror first,
      TypeMirror second) {
    Subject.SubtypeSources sources = s.subtypeSources();
    SourceLocation secondAt = sources.propertyLocation(second, property);
    sources.warn(
        secondAt,
        conflict.path()
            + ": the subtypes "
            + className(first)
            + " ("
            + sources.propertyLocation(first, property)
            + ") and "
            + className(second)
            + " ("
            + secondAt
            + ") give it different schemas ("
            + conflict.first()
            + " and "
            + conflict.second()
            + "). So that the CRD accepts what either holds, the schema "
            + conflict.effect()
            + ". Give the property one type and the same constraints in both subtypes, or"
            + " different names, to have it checked.");
  }

  /** A class's name without its package ({@code Shape.Circle}). */
  private static String className(TypeMirror type) {
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String qualified = element.getQualifiedName().toString();
    String pkg = packageName(element);
    return pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
  }

  /** The type ids of one subtype: {@code name}/{@code names}, {@code @JsonTypeName}, its name. */
  private static List<String> names(AnnotationValues type, TypeMirror subtype, TypeId typeId) {
    List<String> names = new ArrayList<>();
    String name = type.string("name");
    if (name != null && !name.isEmpty()) {
      names.add(name);
    }
    names.addAll(type.strings("names"));
    if (!names.isEmpty()) {
      return names;
    }
    TypeElement element = (TypeElement) ((DeclaredType) subtype).asElement();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(JSON_TYPE_NAME)) {
        for (var e : m.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")) {
            return List.of(((AnnotationValue) e.getValue()).getValue().toString());
          }
        }
      }
    }
    // Jackson's default id: the binary name without its package (Outer$Inner)
    String binary = element.getQualifiedName().toString();
    String pkg = packageName(element);
    String simple = pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1);
    return List.of(
        typeId != null && "SIMPLE_NAME".equals(typeId.use())
            ? element.getSimpleName().toString()
            : simple.replace('.', '$'));
  }

  private static String packageName(TypeElement element) {
    javax.lang.model.element.Element e = element;
    while (e.getEnclosingElement() != null
        && !(e.getEnclosingElement() instanceof javax.lang.model.element.PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e.getEnclosingElement() == null
        ? ""
        : ((javax.lang.model.element.PackageElement) e.getEnclosingElement())
            .getQualifiedName()
            .toString();
  }
}
