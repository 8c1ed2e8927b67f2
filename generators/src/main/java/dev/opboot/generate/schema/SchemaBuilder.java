package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.Problems;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.schema.AnnotationRule.Phase;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.DocText;
import dev.opboot.generate.source.ParamDocs;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Builds the OpenAPI v3 schema of a Java type as the API server will validate it: walks the type's
 * properties, maps Java types to schema types, and lets {@link AnnotationRegistry} apply every
 * annotation. Structural-schema rules that Java can break (recursion, untyped values) are errors
 * naming the place.
 */
public final class SchemaBuilder {
  /**
   * Marks a schema that has no type yet, so it must be made preserve-unknown or schemaless: a key
   * of op-boot's own in the tree, which the JSON edge ({@code crd.SchemaJson}) never writes.
   */
  private static final String UNTYPED = "x-op-boot-untyped";

  private static final String OBJECT_META = "io.fabric8.kubernetes.api.model.ObjectMeta";

  private final CompiledSources sources;
  private final AnnotationRegistry registry;
  private final SchemaOptions options;
  private final Warnings warnings;
  private final PropertyReader properties;
  private final Types types;
  private final TypeQueries queries;
  private final Deque<String> path = new ArrayDeque<>();
  private final BuiltInTypes builtIns;

  /** The project's property whose value is the Kubernetes type being described, if any. */
  private Element builtInUse;

  /**
   * Where each property was declared, by its JSON path ({@code .spec.items[*].name}), so that a
   * check of the finished CRD can point at the Java source that caused a problem.
   */
  private final Map<String, Supplier<SourceLocation>> locations = new java.util.TreeMap<>();

  /**
   * Where each class built so far declares each of its properties, by the class's type and JSON
   * name: a conflict between Jackson subtypes names both declarations.
   */
  private final Map<String, Map<String, Element>> propertyOrigins = new java.util.HashMap<>();

  /** A builder with op-boot's default options, whose warnings nobody reads. */
  public SchemaBuilder(CompiledSources sources, AnnotationRegistry registry) {
    this(sources, registry, SchemaOptions.DEFAULTS, BuiltInTypes.newest(), new Warnings());
  }

  /**
   * A builder writing schemas as {@code options} say, Kubernetes' built-in types from {@code
   * builtIns}, telling {@code warnings} of what will likely be refused later.
   */
  public SchemaBuilder(
      CompiledSources sources,
      AnnotationRegistry registry,
      SchemaOptions options,
      BuiltInTypes builtIns,
      Warnings warnings) {
    this.sources = sources;
    this.registry = registry;
    this.options = options;
    this.builtIns = builtIns;
    this.warnings = warnings;
    this.types = sources.types();
    this.queries = new TypeQueries(sources);
    this.properties =
        new PropertyReader(
            types,
            new LombokConfig(
                element -> {
                  SourceLocation at = sources.location(element);
                  return at.line() > 0 ? java.nio.file.Path.of(at.file()) : null;
                }));
  }

  /**
   * The schema of the object at {@code jsonPath} whose class is {@code type}, leaving out the
   * properties of {@code stopAt} classes (a resource class's {@code CustomResource} base).
   */
  public JsonSchema objectSchema(
      DeclaredType type, ResourceFacts resource, String jsonPath, Set<String> stopAt)
      throws GeneratorException {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    boolean swapEndsRecursion =
        resource != null
            && resource.schemaSwaps.stream()
                .anyMatch(
                    swap -> swap.originalType().equals(name) && occurrences(name) <= swap.depth());
    if (path.contains(name) && !swapEndsRecursion) {
      List<String> cycle = new ArrayList<>(path);
      java.util.Collections.reverse(cycle);
      cycle = cycle.subList(cycle.indexOf(name), cycle.size());
      throw new GeneratorException(
          sources.location(element),
          "the type "
              + name
              + " contains itself ("
              + String.join(" → ", cycle)
              + " → "
              + name
              + " at "
              + (jsonPath.isEmpty() ? "the root" : jsonPath)
              + "). A structural schema cannot describe recursion; break the cycle, or mark the property where"
              + " it closes with @PreserveUnknownFields and type it as a Map or JsonNode.");
    }
    path.push(name);
    try {
      return buildObject(type, element, resource, jsonPath, stopAt);
    } finally {
      path.pop();
    }
  }

  private JsonSchema buildObject(
      DeclaredType type,
      TypeElement element,
      ResourceFacts resource,
      String jsonPath,
      Set<String> stopAt)
      throws GeneratorException {
    JsonSchema schema = Schemas.of("object");
    String doc = DocText.description(sources.trees(), sources.docComment(element));
    if (!doc.isEmpty()) {
      schema.description(doc);
    }
    ClassFacts classFacts = new ClassFacts();
    apply(
        Site.PACKAGE,
        Phase.NAME,
        packageOf(element),
        new Subject(schema, null, resource, jsonPath, classFacts));
    apply(
        Site.CLASS, Phase.NAME, element, new Subject(schema, null, resource, jsonPath, classFacts));
    boolean requiredByDefault = Boolean.TRUE.equals(classFacts.requiredByDefault());

    Map<String, JsonSchema> props = new LinkedHashMap<>();
    Map<String, Element> origins = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    boolean anyProperties = false;
    Problems problems = new Problems();
    for (Property property : properties.read(type, stopAt)) {
      try {
        PropertyFacts facts = new PropertyFacts(property.name());
        List<AnnotationMirror> annotations = property.annotations();
        Subject naming = new Subject(null, facts, resource, jsonPath, null);
        apply(Site.PROPERTY, Phase.NAME, annotations, property.primary(), naming);
        if (facts.anyProperties
            && !KnownTypes.anyPropertiesAreInternal(element.getQualifiedName().toString())) {
          anyProperties = true;
        }
        if (facts.ignored || classFacts.ignores(facts.jsonName)) {
          continue;
        }
        String childPath = jsonPath + "." + facts.jsonName;
        ResourceFacts.SchemaSwap swap = swapFor(element, property, resource);
        if (swap != null && swap.targetType() == null) {
          continue;
        }
        TypeMirror valueType = swap != null ? swap.targetType() : property.type();
        JsonSchema value =
            valueSchema(
                valueType,
                swap != null ? null : property.declaredType(),
                property.primary(),
                resource,
                childPath);
        if (facts.unwrapped) {
          inline(value, property, facts, props, origins, required);
          continue;
        }
        Subject subject =
            new Subject(value, facts, resource, childPath, null)
                .withTypeSchemas(
                    other -> valueSchema(other, null, property.primary(), resource, childPath))
                .withValueType(valueType);
        for (Phase phase : List.of(Phase.SHAPE, Phase.CONSTRAINT)) {
          apply(Site.PROPERTY, phase, annotations, property.primary(), subject);
        }
        String propertyDoc = DocText.description(sources.trees(), docOf(property));
        if (!propertyDoc.isEmpty()) {
          subject.schema().description(propertyDoc);
        }
        apply(Site.PROPERTY, Phase.DOC, annotations, property.primary(), subject);
        if (facts.description != null) {
          subject.schema().description(facts.description);
        }
        apply(Site.PROPERTY, Phase.RESOURCE, annotations, property.primary(), subject);
        JsonSchema finished = subject.schema();
        relaxOrWarn(finished, facts, valueType, property, childPath);
        checkTyped(finished, property, childPath);
        SchemaChecks.check(finished, childPath, () -> sources.location(property.primary()));
        Element declared = property.primary();
        locations.putIfAbsent(childPath, () -> sources.location(declared));
        Element previous = origins.putIfAbsent(facts.jsonName, property.primary());
        if (previous != null) {
          throw new GeneratorException(
              sources.location(property.primary()),
              "two properties of "
                  + element.getQualifiedName()
                  + " have the JSON name '"
                  + facts.jsonName
                  + "' (the other is at "
                  + sources.location(previous)
                  + "). Rename one, or give it another @JsonProperty name.");
        }
        props.put(facts.jsonName, finished);
        boolean optionalType = TypeQueries.is(property.type(), "java.util.Optional");
        if (facts.required()
            || (requiredByDefault && !facts.optional && !optionalType && !finished.nullable())) {
          required.add(facts.jsonName);
        }
      } catch (GeneratorException e) {
        problems.add(e); // the next property may have its own problem; report them all
      }
    }
    problems.throwIfAny();
    propertyOrigins.put(type.toString(), origins);
    if (!props.isEmpty()) {
      schema.properties(props);
      required.sort(null); // controller-gen sorts required lists
      schema.required(required);
    }
    if (anyProperties) {
      schema.preserveUnknownFields(true);
    }
    Subject self =
        new Subject(schema, null, resource, jsonPath, classFacts)
            .withTypeSchemas(other -> valueSchema(other, null, element, resource, jsonPath))
            .withSubtypeSources(subtypeSources());
    for (Phase phase : List.of(Phase.SHAPE, Phase.CONSTRAINT, Phase.DOC)) {
      apply(Site.CLASS, phase, element, self);
    }
    return self.schema();
  }

  private Subject.SubtypeSources subtypeSources() {
    return new Subject.SubtypeSources() {
      @Override
      public SourceLocation propertyLocation(TypeMirror type, String jsonName) {
        Element declared = propertyOrigins.getOrDefault(type.toString(), Map.of()).get(jsonName);
        return sources.location(declared != null ? declared : ((DeclaredType) type).asElement());
      }

      @Override
      public void warn(SourceLocation location, String message) {
        warnings.add(location, message);
      }
    };
  }

  /** Where the properties built so far were declared, by JSON path. */
  public Map<String, Supplier<SourceLocation>> locations() {
    return java.util.Collections.unmodifiableMap(locations);
  }

  /** The schema of a value of {@code type} at {@code jsonPath}, such as a resource's spec. */
  public JsonSchema valueSchema(
      TypeMirror type, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    JsonSchema schema = valueSchema(type, null, site, resource, jsonPath);
    if (schema.has(UNTYPED)) {
      throw new GeneratorException(
          sources.location(site),
          "the value at "
              + jsonPath
              + " has type "
              + type
              + ", which says nothing about its shape. Give it a concrete type.");
    }
    return schema;
  }

  /**
   * The schema of a value of {@code type}. {@code declared} is the type as written at the use site
   * (it carries type-use annotations); {@code site} is where errors point.
   */
  private JsonSchema valueSchema(
      TypeMirror type, TypeMirror declared, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    switch (type.getKind()) {
      case BOOLEAN:
        return Schemas.of("boolean");
      case BYTE:
      case SHORT:
      case INT:
        return Schemas.of("integer", "int32");
      case LONG:
        return Schemas.of("integer", "int64");
      case FLOAT:
      case DOUBLE:
        return Schemas.of("number");
      case CHAR:
        return Schemas.of("string");
      case ARRAY:
        {
          TypeMirror component = ((ArrayType) type).getComponentType();
          if (component.getKind() == TypeKind.BYTE) {
            return Schemas.of("string", "byte");
          }
          TypeMirror declaredComponent =
              declared instanceof ArrayType a ? a.getComponentType() : null;
          return arrayOf(component, declaredComponent, site, resource, jsonPath);
        }
      case TYPEVAR:
        {
          TypeMirror bound = ((TypeVariable) type).getUpperBound();
          if (bound.getKind() == TypeKind.DECLARED && !TypeQueries.is(bound, "java.lang.Object")) {
            return valueSchema(bound, null, site, resource, jsonPath);
          }
          return untyped();
        }
      case WILDCARD:
        {
          TypeMirror bound = ((WildcardType) type).getExtendsBound();
          return bound == null ? untyped() : valueSchema(bound, null, site, resource, jsonPath);
        }
      case DECLARED:
        return declaredSchema((DeclaredType) type, declared, site, resource, jsonPath);
      default:
        throw new GeneratorException(
            sources.location(site),
            "op-boot cannot describe values of type "
                + type
                + " in a schema. Use a class, a collection, a map or a simple value type.");
    }
  }

  private JsonSchema declaredSchema(
      DeclaredType type, TypeMirror declared, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    if (builtInUse != null
        || !KubernetesTypes.isModelClass(
            ((TypeElement) type.asElement()).getQualifiedName().toString())) {
      return declaredSchemaAt(type, declared, site, resource, jsonPath);
    }
    // the outermost fabric8 type on the way down: only a project's property can hold it
    builtInUse = site;
    try {
      return declaredSchemaAt(type, declared, site, resource, jsonPath);
    } finally {
      builtInUse = null;
    }
  }

  /**
   * Where a warning about a Kubernetes built-in type goes: the project's property that uses it,
   * also when the type is met deeper, inside fabric8's classes, which have no lines.
   */
  private SourceLocation builtInWarningAt(Element site) {
    return sources.location(builtInUse != null ? builtInUse : site);
  }

  private JsonSchema declaredSchemaAt(
      DeclaredType type, TypeMirror declared, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(OBJECT_META) && options.embeddedObjectMeta()) {
      return EmbeddedObjectMeta.schema();
    }
    JsonSchema known = KnownTypes.schemaOf(name);
    if (known != null) {
      return known;
    }
    JsonSchema kubernetes = builtIns.catalog().schemaOf(name);
    if (kubernetes != null) {
      completeFromClass(kubernetes, type, site, resource, jsonPath);
      return asOptionsSay(kubernetes);
    }
    if (KubernetesTypes.isModelClass(name) && element.getKind() == ElementKind.CLASS) {
      builtIns.missingClass(name, builtInWarningAt(site)); // walked below, as a user class is
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumSchema(element);
    }
    if (TypeQueries.is(type, "java.lang.Object")) {
      return untyped();
    }
    JsonSchema jsonTree = jsonTreeSchema(type);
    if (jsonTree != null) {
      return jsonTree;
    }
    if (name.equals("java.util.Optional")) {
      JsonSchema value =
          valueSchema(typeArgument(type, 0), typeArgument(declared, 0), site, resource, jsonPath);
      return withTypeUse(value, typeArgument(declared, 0), site, resource, jsonPath);
    }
    if (queries.isA(type, "java.util.Map")) {
      DeclaredType map = queries.supertype(type, "java.util.Map");
      TypeMirror key = map.getTypeArguments().isEmpty() ? null : map.getTypeArguments().get(0);
      java.util.Optional<String> keyProblem = MapKeys.problem(key);
      if (keyProblem.isPresent()) {
        throw new GeneratorException(
            sources.location(site),
            "the map at "
                + jsonPath
                + " has keys of type "
                + key
                + ", and a Kubernetes object's keys are strings: "
                + keyProblem.get()
                + ". Use Map<String, ...>, or give the key type a constructor taking a String.");
      }
      TypeMirror value = map.getTypeArguments().size() < 2 ? null : map.getTypeArguments().get(1);
      JsonSchema schema = Schemas.of("object");
      if (value == null || TypeQueries.is(value, "java.lang.Object")) {
        return schema.preserveUnknownFields(true);
      }
      JsonSchema values =
          valueSchema(value, typeArgument(declared, 1), site, resource, jsonPath + ".*");
      values = withTypeUse(values, typeArgument(declared, 1), site, resource, jsonPath);
      return schema.additionalProperties(values);
    }
    if (queries.isA(type, "java.lang.Iterable")) {
      DeclaredType iterable = queries.supertype(type, "java.lang.Iterable");
      TypeMirror item =
          iterable.getTypeArguments().isEmpty() ? null : iterable.getTypeArguments().get(0);
      JsonSchema array = arrayOf(item, typeArgument(declared, 0), site, resource, jsonPath);
      if (queries.isA(type, "java.util.Set")) {
        array.listType("set");
      }
      return array;
    }
    return objectSchema(type, resource, jsonPath, Set.of());
  }

  /**
   * A catalogue type's schema (a fresh copy) as the options want it: its ObjectMetas embedded, its
   * descriptions dropped.
   */
  private JsonSchema asOptionsSay(JsonSchema kubernetes) {
    if (options.embeddedObjectMeta()) {
      EmbeddedObjectMeta.expand(kubernetes);
    }
    if (options.dropBuiltinDescriptions()) {
      SchemaWalk.each(kubernetes.json(), "", (node, path) -> node.remove("description"));
    }
    return kubernetes;
  }

  /**
   * Drops the required lists under a property marked {@code @RelaxRequired}, or holding a
   * Kubernetes template when the options relax them all; warns, once per property path, of a
   * template whose required fields stay.
   */
  private void relaxOrWarn(
      JsonSchema schema,
      PropertyFacts facts,
      TypeMirror valueType,
      Property property,
      String jsonPath) {
    String template = templateType(valueType);
    if (facts.relaxRequired || (template != null && options.relaxRequiredInTemplates())) {
      KubernetesTemplates.relax(schema);
      return;
    }
    if (template == null) {
      return;
    }
    List<String> required = KubernetesTemplates.requiredPaths(schema);
    if (required.isEmpty()) {
      return;
    }
    warnings.add(
        sources.location(property.primary()),
        jsonPath
            + " holds a Kubernetes "
            + template.substring(template.lastIndexOf('.') + 1)
            + ", where Kubernetes requires "
            + KubernetesTemplates.named(required)
            + ". If the operator fills the template in, the API server refuses a resource that"
            + " leaves them out: add @RelaxRequired (dev.opboot.annotations) to the property, or"
            + " generate with --relax-required-in-templates (Maven:"
            + " op-boot.crd.relaxRequiredInTemplates=true) for every template.");
  }

  /**
   * The Kubernetes template class a value of {@code type} holds, itself or as the items of a list
   * or the values of a map, or null.
   */
  private String templateType(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return templateType(array.getComponentType());
    }
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (KubernetesTemplates.isTemplate(name)) {
      return name;
    }
    if (name.equals("java.util.Optional") || queries.isA(declared, "java.util.Collection")) {
      TypeMirror element =
          name.equals("java.util.Optional")
              ? typeArgument(declared, 0)
              : typeArgument(queries.supertype(declared, "java.util.Collection"), 0);
      return element == null ? null : templateType(element);
    }
    if (queries.isA(declared, "java.util.Map")) {
      TypeMirror value = typeArgument(queries.supertype(declared, "java.util.Map"), 1);
      return value == null ? null : templateType(value);
    }
    return null;
  }

  /**
   * Adds to {@code schema}, the catalogue's schema of fabric8 class {@code type}, every property
   * the class serialises but the catalogue lacks (a field of a newer Kubernetes), walked from the
   * class, and does so below it for every property whose type is itself a catalogue class. The API
   * server would otherwise prune what the Java model can hold.
   */
  private void completeFromClass(
      JsonSchema schema, DeclaredType type, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
    if (builtIns.choice().coversModel() || builtIns.knownComplete(name)) {
      return; // the catalogue is the one the class path's fabric8 release was made from
    }
    boolean complete = true;
    for (Property property : properties.read(type, Set.of())) {
      PropertyFacts facts = new PropertyFacts(property.name());
      Subject naming = new Subject(null, facts, resource, jsonPath, null);
      apply(Site.PROPERTY, Phase.NAME, property.annotations(), property.primary(), naming);
      if (facts.ignored) {
        continue;
      }
      String childPath = jsonPath + "." + facts.jsonName;
      JsonSchema existing = schema.property(facts.jsonName);
      if (existing == null) {
        JsonSchema walked =
            valueSchema(property.type(), property.declaredType(), site, resource, childPath);
        schema.json().withObject("properties").set(facts.jsonName, walked.json());
        builtIns.missingProperty(name, facts.jsonName, builtInWarningAt(site));
        complete = false;
      } else {
        complete &= completeBelow(existing, property.type(), site, resource, childPath);
      }
    }
    if (complete) {
      builtIns.markComplete(name);
    }
  }

  /**
   * {@link #completeFromClass} for the catalogue classes in a property's value, items or values.
   */
  private boolean completeBelow(
      JsonSchema schema, TypeMirror type, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    if (schema == null) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return completeBelow(
          schema.items(), ((ArrayType) type).getComponentType(), site, resource, jsonPath);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return true;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (builtIns.catalog().has(name)) {
      completeFromClass(schema, declared, site, resource, jsonPath);
      return builtIns.knownComplete(name);
    }
    if (queries.isA(type, "java.util.Map")) {
      List<? extends TypeMirror> arguments =
          queries.supertype(type, "java.util.Map").getTypeArguments();
      return arguments.size() < 2
          || completeBelow(
              schema.additionalProperties(), arguments.get(1), site, resource, jsonPath + ".*");
    }
    if (queries.isA(type, "java.lang.Iterable")) {
      List<? extends TypeMirror> arguments =
          queries.supertype(type, "java.lang.Iterable").getTypeArguments();
      return arguments.isEmpty()
          || completeBelow(schema.items(), arguments.get(0), site, resource, jsonPath);
    }
    return true;
  }

  /**
   * The schema of a subclass of Jackson's tree types (such as Flink's {@code ConfigObjectNode
   * extends ObjectNode}): what Jackson writes is the tree, never the subclass's fields, and an
   * ObjectNode is Iterable only as a Java convenience, so it must not become an array.
   */
  private JsonSchema jsonTreeSchema(DeclaredType type) {
    for (String tree :
        List.of(
            "com.fasterxml.jackson.databind.node.ObjectNode",
            "com.fasterxml.jackson.databind.node.ArrayNode",
            "com.fasterxml.jackson.databind.JsonNode")) {
      if (queries.isA(type, tree)) {
        return KnownTypes.schemaOf(tree);
      }
    }
    return null;
  }

  private JsonSchema arrayOf(
      TypeMirror item,
      TypeMirror declaredItem,
      Element site,
      ResourceFacts resource,
      String jsonPath)
      throws GeneratorException {
    JsonSchema items =
        item == null
            ? untyped()
            : valueSchema(item, declaredItem, site, resource, jsonPath + "[*]");
    return Schemas.of("array").items(withTypeUse(items, declaredItem, site, resource, jsonPath));
  }

  /** Applies type-use annotations written on a type argument or array component. */
  private JsonSchema withTypeUse(
      JsonSchema schema, TypeMirror declared, Element site, ResourceFacts resource, String jsonPath)
      throws GeneratorException {
    if (declared == null || declared.getAnnotationMirrors().isEmpty()) {
      return schema;
    }
    Subject subject = new Subject(schema, new PropertyFacts(""), resource, jsonPath, null);
    for (Phase phase : List.of(Phase.SHAPE, Phase.CONSTRAINT)) {
      apply(Site.TYPE_USE, phase, List.copyOf(declared.getAnnotationMirrors()), site, subject);
    }
    return subject.schema();
  }

  private JsonSchema enumSchema(TypeElement element) throws GeneratorException {
    List<Object> values = new ArrayList<>();
    for (VariableElement constant : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      PropertyFacts facts = new PropertyFacts(constant.getSimpleName().toString());
      apply(
          Site.ENUM_CONSTANT,
          Phase.NAME,
          List.copyOf(constant.getAnnotationMirrors()),
          constant,
          new Subject(null, facts, null, "", null));
      if (!facts.ignored) {
        values.add(facts.jsonName());
      }
    }
    List<Object> jsonValues = EnumValues.jsonValues(sources, element);
    if (jsonValues != null) {
      values = new ArrayList<>(jsonValues);
    }
    JsonSchema schema = Schemas.of("string");
    String doc = DocText.description(sources.trees(), sources.docComment(element));
    if (!doc.isEmpty()) {
      schema.description(doc);
    }
    if (values.isEmpty()) {
      throw new GeneratorException(
          sources.location(element),
          "the enum "
              + element.getSimpleName()
              + " has no"
              + " constant Jackson would write (none, or all @JsonIgnore), so no value of it is valid. Add a constant,"
              + " or use a String.");
    }
    List<JsonNode> nodes = values.stream().map(JsonSchema::value).toList();
    // the enum class's own annotations that reshape it, such as @JsonFormat(shape = NUMBER)
    Subject self = new Subject(schema.enumValues(nodes), null, null, "", new ClassFacts());
    apply(Site.CLASS, Phase.SHAPE, element, self);
    return self.schema();
  }

  private void inline(
      JsonSchema value,
      Property property,
      PropertyFacts facts,
      Map<String, JsonSchema> props,
      Map<String, Element> origins,
      List<String> required)
      throws GeneratorException {
    if (!value.has("properties")) {
      throw new GeneratorException(
          sources.location(property.primary()),
          "@JsonUnwrapped needs a class with" + " properties; " + property.type() + " has none.");
    }
    for (Map.Entry<String, JsonSchema> e : value.properties().entrySet()) {
      String name = unwrappedName(facts, e.getKey());
      Element previous = origins.putIfAbsent(name, property.primary());
      if (previous != null) {
        throw new GeneratorException(
            sources.location(property.primary()),
            "@JsonUnwrapped brings a second"
                + " property named '"
                + name
                + "' (the other is at "
                + sources.location(previous)
                + ").");
      }
      props.put(name, e.getValue());
    }
    for (String name : value.required()) {
      required.add(unwrappedName(facts, name));
    }
  }

  /** An inlined property's name as Jackson writes it: {@code @JsonUnwrapped}'s prefix + suffix. */
  private static String unwrappedName(PropertyFacts facts, String name) {
    return (facts.unwrapPrefix == null ? "" : facts.unwrapPrefix)
        + name
        + (facts.unwrapSuffix == null ? "" : facts.unwrapSuffix);
  }

  private void checkTyped(JsonSchema schema, Property property, String jsonPath)
      throws GeneratorException {
    if (schema.has(UNTYPED)) {
      if (schema.preserveUnknownFields()) {
        schema.remove(UNTYPED);
        return;
      }
      throw new GeneratorException(
          sources.location(property.primary()),
          "the property "
              + jsonPath
              + " has type "
              + property.type()
              + ", which says nothing about its values, and a structural schema"
              + " needs a type. Give it a concrete type, or accept any value with @PreserveUnknownFields"
              + " (x-kubernetes-preserve-unknown-fields).");
    }
    if (schema.items() != null) {
      checkNested(schema.items(), property, jsonPath + "[*]");
    }
    if (schema.additionalProperties() != null) {
      checkNested(schema.additionalProperties(), property, jsonPath + ".*");
    }
  }

  private void checkNested(JsonSchema schema, Property property, String jsonPath)
      throws GeneratorException {
    if (schema.has(UNTYPED)) {
      throw new GeneratorException(
          sources.location(property.primary()),
          "the values at "
              + jsonPath
              + " of type "
              + property.type()
              + " have no schema type. Give the type argument a concrete type,"
              + " or use Map<String, Object> or JsonNode for values of any shape.");
    }
  }

  private void apply(Site site, Phase phase, Element element, Subject subject)
      throws GeneratorException {
    if (element == null) {
      return;
    }
    apply(site, phase, List.copyOf(element.getAnnotationMirrors()), element, subject);
  }

  /** Applies the registry's rules of {@code phase} at {@code site} to the annotations present. */
  void apply(
      Site site,
      Phase phase,
      List<? extends AnnotationMirror> annotations,
      Element element,
      Subject subject)
      throws GeneratorException {
    if (annotations.isEmpty()) {
      return;
    }
    Map<String, AnnotationMirror> byName =
        annotations.stream()
            .collect(
                Collectors.toMap(
                    a -> a.getAnnotationType().asElement().toString(),
                    a -> a,
                    (a, b) -> a,
                    LinkedHashMap::new));
    for (AnnotationRule rule : registry.rules(site, phase)) {
      AnnotationMirror mirror = byName.get(rule.annotation());
      if (mirror != null) {
        rule.effect().apply(values(mirror, element), subject);
      }
    }
  }

  /**
   * The annotations on a class, with those it inherits, as reflection's getAnnotation sees them.
   */
  List<? extends AnnotationMirror> allAnnotations(TypeElement type) {
    return sources.elements().getAllAnnotationMirrors(type);
  }

  private AnnotationValues values(AnnotationMirror mirror, Element element) {
    // where the annotation is written is only needed for a message, and costs a search of the tree
    return new AnnotationValues(
        mirror, sources.elements(), () -> sources.location(element, mirror));
  }

  /**
   * The property's doc comment: on its field or getter, or a record's {@code @param} for a
   * component.
   */
  private String docOf(Property property) {
    for (Element e : property.elements()) {
      String doc = sources.docComment(e);
      if (doc != null && !doc.isBlank()) {
        return doc;
      }
    }
    for (Element e : property.elements()) {
      if (e.getKind() == ElementKind.RECORD_COMPONENT) {
        return ParamDocs.of(
            sources.docComment(e.getEnclosingElement()), e.getSimpleName().toString());
      }
    }
    return null;
  }

  /**
   * fabric8's @SchemaSwap for this property, once its class has recurred more than the swap's depth
   * on the current path; {@code null} when the property keeps its own schema.
   */
  private ResourceFacts.SchemaSwap swapFor(
      TypeElement owner, Property property, ResourceFacts resource) {
    if (resource == null) {
      return null;
    }
    String ownerName = owner.getQualifiedName().toString();
    for (ResourceFacts.SchemaSwap swap : resource.schemaSwaps) {
      if (swap.originalType().equals(ownerName)
          && swap.fieldName().equals(property.name())
          && occurrences(ownerName) > swap.depth()) {
        return swap;
      }
    }
    return null;
  }

  private int occurrences(String typeName) {
    int count = 0;
    for (String entry : path) {
      if (entry.equals(typeName)) {
        count++;
      }
    }
    return count;
  }

  private static JsonSchema untyped() {
    JsonSchema schema = JsonSchema.empty();
    schema.json().put(UNTYPED, true);
    return schema;
  }

  private PackageElement packageOf(Element element) {
    Element e = element;
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  private static TypeMirror typeArgument(TypeMirror type, int index) {
    if (type instanceof DeclaredType d && d.getTypeArguments().size() > index) {
      return d.getTypeArguments().get(index);
    }
    return null;
  }
}
