package dev.opboot.generate.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the properties of a class the way Jackson serializes it: record components; otherwise
 * fields joined with getters and setters of the same name (Lombok's accessors do not exist in the
 * sources, so a field stands for them), getters without a field, accessors named by annotation and
 * {@code @JsonCreator} parameters, kept when Jackson would detect one of their members ({@link
 * Visibility}). Superclass properties come first.
 */
final class PropertyReader {
  private final Types types;
  private final LombokConfig lombokConfig;

  /**
   * Per class, the methods of its supertypes that declare {@code @JsonAnyGetter}/{@code Setter}.
   */
  private final Map<TypeElement, List<ExecutableElement>> inheritedAny = new HashMap<>();

  /** A reader that finds {@code lombok.config} files through {@code lombokConfig}. */
  PropertyReader(Types types, LombokConfig lombokConfig) {
    this.types = types;
    this.lombokConfig = lombokConfig;
  }

  /**
   * The properties of {@code type}, walking superclasses up to, not including, {@code
   * java.lang.Object} and any class named in {@code stopAt}.
   */
  List<Property> read(DeclaredType type, Set<String> stopAt) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement current = (TypeElement) type.asElement();
    while (current != null
        && !current.getQualifiedName().contentEquals("java.lang.Object")
        && !stopAt.contains(current.getQualifiedName().toString())) {
      chain.add(0, current);
      TypeMirror superclass = current.getSuperclass();
      current =
          superclass.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) superclass).asElement()
              : null;
    }
    Map<String, Building> properties = new LinkedHashMap<>();
    for (TypeElement element : chain) {
      if (element.getKind() == ElementKind.RECORD) {
        readRecord(type, element, properties);
      } else {
        readClass(type, element, properties);
        readCreators(type, element, properties);
      }
    }
    List<Property> out = new ArrayList<>();
    for (Building b : properties.values()) {
      if (b.elements.stream()
          .noneMatch(e -> Visibility.isVisible(e, b.getters.contains(e), lombokConfig))) {
        continue; // a private field without accessors, say: Jackson neither writes nor reads it
      }
      out.add(new Property(b.name, b.type, b.declaredType, List.copyOf(b.elements)));
    }
    return out;
  }

  private void readRecord(DeclaredType owner, TypeElement record, Map<String, Building> into) {
    for (RecordComponentElement component : record.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      TypeMirror type =
          ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, accessor))
              .getReturnType();
      Building b = new Building(component.getSimpleName().toString(), type, component.asType());
      b.elements.add(component);
      b.elements.add(accessor);
      for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(component.getSimpleName())) {
          b.elements.add(field);
        }
      }
      into.put(b.name, b);
    }
  }

  private void readClass(DeclaredType owner, TypeElement type, Map<String, Building> into) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = field.getModifiers();
      if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)) {
        continue;
      }
      String name = field.getSimpleName().toString();
      String lombokName = Visibility.lombokBeanName(field, lombokConfig);
      boolean renamedByLombok = lombokName != null && !lombokName.equals(name);
      if (renamedByLombok
          && (!Visibility.fieldVisibleByItself(field)
              || JacksonAccessors.explicitName(field, null) != null)) {
        name = lombokName; // the field stands for Lombok's getName()/setName() alone
      } else if (renamedByLombok) {
        // seen by itself under its own name, and Lombok's getter is a second property
        addField(owner, field, lombokName, into);
      }
      addField(owner, field, name, into);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      List<ExecutableElement> anyOverridden = anyOverridden(owner, type, method);
      boolean any = JacksonAccessors.isAny(method) || !anyOverridden.isEmpty();
      boolean annotated = JacksonAccessors.isExplicit(method) || any;
      if (modifiers.contains(Modifier.STATIC)
          || (!modifiers.contains(Modifier.PUBLIC)
              && !annotated
              && !Visibility.detectsNonPublic(type))) {
        continue;
      }
      if (any) {
        // @JsonAnyGetter/@JsonAnySetter: no property of its own, whatever its name and arity; a
        // field it is named after (getAdditionalProperties) goes with it. Declared on a method it
        // overrides counts too, as Jackson merges an overridden method's annotations into the
        // overriding one's (Strimzi's UnknownPropertyPreserving declares them on an interface)
        String named = getterProperty(method, method.getSimpleName().toString());
        if (named == null && method.getSimpleName().toString().startsWith("set")) {
          named = jacksonName(method.getSimpleName().toString().substring(3));
        }
        Building b = named == null ? null : into.get(named);
        if (b == null) {
          b = new Building("any:" + method.getSimpleName(), method.getReturnType(), null);
          into.put(b.name, b);
        }
        b.elements.add(method);
        b.elements.addAll(anyOverridden); // their annotations are the method's
        continue;
      }
      String name = method.getSimpleName().toString();
      String getter = getterProperty(method, name);
      if (getter == null && JacksonAccessors.isExplicit(method) && isGetterShaped(method)) {
        getter = JacksonAccessors.explicitName(method, name); // @JsonGetter("x") on any name
      }
      if (getter != null) {
        Building b = into.get(getter);
        if (b == null) {
          TypeMirror returnType =
              ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, method))
                  .getReturnType();
          b = new Building(getter, returnType, method.getReturnType());
          into.put(getter, b);
        }
        b.elements.add(method);
        b.getters.add(method);
        continue;
      }
      if (method.getParameters().size() != 1) {
        continue;
      }
      String setter =
          name.startsWith("set") && name.length() > 3 ? jacksonName(name.substring(3)) : null;
      boolean explicit = JacksonAccessors.isExplicit(method);
      if (setter == null && explicit) {
        setter = JacksonAccessors.explicitName(method, name); // @JsonSetter("x") on any name
      }
      if (setter == null) {
        continue;
      }
      Building b = into.get(setter);
      if (b == null && explicit) {
        // an explicitly named setter is a property Jackson reads, even without field or getter
        TypeMirror parameter =
            ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, method))
                .getParameterTypes()
                .get(0);
        b = new Building(setter, parameter, method.getParameters().get(0).asType());
        into.put(setter, b);
      }
      if (b != null && !isIgnoredOverload(method, b)) {
        b.elements.add(method);
      }
    }
  }

  private void addField(
      DeclaredType owner, VariableElement field, String name, Map<String, Building> into) {
    Building b = new Building(name, types.asMemberOf(owner, field), field.asType());
    b.elements.add(field);
    into.put(b.name, b);
  }

  /**
   * The parameters of an {@code @JsonCreator} constructor or factory that {@code @JsonProperty}
   * names: properties Jackson reads through the creator, with no setter or visible field needed.
   */
  private void readCreators(DeclaredType owner, TypeElement type, Map<String, Building> into) {
    List<ExecutableElement> creators =
        new ArrayList<>(ElementFilter.constructorsIn(type.getEnclosedElements()));
    creators.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    for (ExecutableElement creator : creators) {
      if (!JacksonAccessors.isCreator(creator)) {
        continue;
      }
      List<? extends TypeMirror> parameterTypes =
          ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, creator))
              .getParameterTypes();
      for (int i = 0; i < creator.getParameters().size(); i++) {
        VariableElement parameter = creator.getParameters().get(i);
        String name = JacksonAccessors.explicitName(parameter, null);
        if (name == null) {
          continue; // without the parameter-names module Jackson needs the name spelled out
        }
        Building b = into.get(name);
        if (b == null) {
          b = new Building(name, parameterTypes.get(i), parameter.asType());
          into.put(name, b);
        }
        b.elements.add(parameter);
      }
    }
  }

  private static boolean isGetterShaped(ExecutableElement method) {
    return method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID;
  }

  /**
   * Whether {@code setter} is an {@code @JsonIgnore}d overload taking another type than the
   * property's, such as Lombok's {@code @Tolerate @JsonIgnore setFlinkConfiguration(Map)} beside a
   * {@code ConfigObjectNode} field: it is a convenience for Java callers, and its ignoral says
   * nothing of the property the field and getter serialize.
   */
  private boolean isIgnoredOverload(ExecutableElement setter, Building property) {
    TypeMirror parameter = setter.getParameters().get(0).asType();
    return property.declaredType != null
        && !types.isSameType(types.erasure(parameter), types.erasure(property.declaredType))
        && Property.hasIgnore(setter);
  }

  private static String getterProperty(ExecutableElement method, String name) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return jacksonName(name.substring(3));
    }
    if (name.startsWith("is")
        && name.length() > 2
        && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return jacksonName(name.substring(2));
    }
    return null;
  }

  /** Jackson's default: the leading upper-case letters lower-cased ({@code URL} → {@code url}). */
  static String jacksonName(String suffix) {
    int upper = 0;
    while (upper < suffix.length() && Character.isUpperCase(suffix.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return suffix;
    }
    return suffix.substring(0, upper).toLowerCase(Locale.ROOT) + suffix.substring(upper);
  }

  /**
   * The methods {@code method} of {@code type} overrides or implements that carry {@code
   * JsonAnyGetter} or {@code JsonAnySetter}, nearest supertype first; empty for most methods.
   */
  private List<ExecutableElement> anyOverridden(
      DeclaredType owner, TypeElement type, ExecutableElement method) {
    List<ExecutableElement> candidates =
        inheritedAny.computeIfAbsent(type, this::anyMethodsOfSupertypes);
    if (candidates.isEmpty() || method.getModifiers().contains(Modifier.STATIC)) {
      return List.of();
    }
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement candidate : candidates) {
      if (candidate.getSimpleName().contentEquals(method.getSimpleName())
          && candidate.getParameters().size() == method.getParameters().size()
          && overrides(owner, method, candidate)) {
        out.add(candidate);
      }
    }
    return out;
  }

  private boolean overrides(DeclaredType owner, ExecutableElement method, ExecutableElement other) {
    try {
      return types.isSubsignature(
          (javax.lang.model.type.ExecutableType) types.asMemberOf(owner, method),
          (javax.lang.model.type.ExecutableType) types.asMemberOf(owner, other));
    } catch (IllegalArgumentException e) {
      return false; // not a member of the owner's type: nothing it overrides
    }
  }

  /** Every supertype's (not {@code type}'s own) methods with {@code @JsonAny*}, nearest first. */
  private List<ExecutableElement> anyMethodsOfSupertypes(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<TypeMirror> queue = new ArrayDeque<>(types.directSupertypes(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.poll();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement supertype = (TypeElement) ((DeclaredType) next).asElement();
      String name = supertype.getQualifiedName().toString();
      if (name.equals("java.lang.Object") || !seen.add(name)) {
        continue;
      }
      for (ExecutableElement m : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (!m.getModifiers().contains(Modifier.STATIC) && JacksonAccessors.isAny(m)) {
          out.add(m);
        }
      }
      queue.addAll(types.directSupertypes(next));
    }
    return out;
  }

  private static final class Building {
    final String name;
    final TypeMirror type;
    final TypeMirror declaredType;
    final List<Element> elements = new ArrayList<>();
    final List<Element> getters = new ArrayList<>();

    Building(String name, TypeMirror type, TypeMirror declaredType) {
      this.name = name;
      this.type = type;
      this.declaredType = declaredType;
    }
  }
}
