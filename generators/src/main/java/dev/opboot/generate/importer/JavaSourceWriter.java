package dev.opboot.generate.importer;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opboot.generate.importer.JavaModel.Constant;
import dev.opboot.generate.importer.JavaModel.Doc;
import dev.opboot.generate.importer.JavaModel.EnumClass;
import dev.opboot.generate.importer.JavaModel.Field;
import dev.opboot.generate.importer.JavaModel.ObjectClass;
import dev.opboot.generate.importer.JavaModel.ResourceClass;
import dev.opboot.generate.importer.JavaModel.TypeRef;
import dev.opboot.generate.schema.JavaAnnotation;
import dev.opboot.generate.schema.JavaAnnotation.EnumValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the imported types as Java source with JavaPoet: one file per type, fields with getters
 * and setters, imports sorted, four-space indentation. The same model always gives the same text.
 */
final class JavaSourceWriter {
  private static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  private static final ClassName JSON_INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  private static final ClassName PROPERTY_DESCRIPTION =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyDescription");
  private static final ClassName CLASS_DESCRIPTION =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonClassDescription");
  private static final ClassName CUSTOM_RESOURCE =
      ClassName.get("io.fabric8.kubernetes.client", "CustomResource");
  private static final ClassName NAMESPACED =
      ClassName.get("io.fabric8.kubernetes.api.model", "Namespaced");
  private static final ClassName REQUIRED =
      ClassName.get("io.fabric8.generator.annotation", "Required");

  private JavaSourceWriter() {}

  static String write(String packageName, JavaModel.Type type) {
    TypeSpec spec;
    if (type instanceof ObjectClass c) {
      spec = objectClass(packageName, c);
    } else if (type instanceof EnumClass e) {
      spec = enumClass(e);
    } else {
      spec = resourceClass(packageName, (ResourceClass) type);
    }
    String text =
        JavaFile.builder(packageName, spec)
            .skipJavaLangImports(true)
            .indent("    ")
            .build()
            .toString();
    text = joinShortAnnotations(text);
    return type instanceof EnumClass ? text.replaceAll("(?m)^\\s*\n(?=    \\S)", "") : text;
  }

  /**
   * JavaPoet puts every member of a multi-member annotation on a line of its own; an annotation
   * that fits on one line of {@value #WIDTH} columns is joined back, as a person would write it.
   */
  static String joinShortAnnotations(String text) {
    List<String> lines = text.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      java.util.regex.Matcher open = ANNOTATION_OPEN.matcher(line);
      if (open.matches()) {
        String close = open.group(1) + ")";
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).equals(close)) {
          end++;
        }
        if (end < lines.size()) {
          StringBuilder joined = new StringBuilder(line);
          for (int j = i + 1; j < end; j++) {
            joined.append(lines.get(j).strip()).append(j < end - 1 ? " " : "");
          }
          joined.append(")");
          if (joined.length() <= WIDTH) {
            out.append(joined).append('\n');
            i = end;
            continue;
          }
        }
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static final int WIDTH = 100;
  private static final java.util.regex.Pattern ANNOTATION_OPEN =
      java.util.regex.Pattern.compile("^(\\s*)@[\\w.]+\\($");

  private static TypeSpec objectClass(String pkg, ObjectClass c) {
    TypeSpec.Builder b = TypeSpec.classBuilder(c.name()).addModifiers(Modifier.PUBLIC);
    classDoc(b, c.doc());
    b.addAnnotation(
        AnnotationSpec.builder(JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
            .build());
    c.annotations().forEach(a -> b.addAnnotation(annotation(a)));
    properties(pkg, b, c.fields());
    return b.build();
  }

  private static TypeSpec enumClass(EnumClass e) {
    TypeSpec.Builder b = TypeSpec.enumBuilder(e.name()).addModifiers(Modifier.PUBLIC);
    if (e.doc() != null) {
      b.addJavadoc("$L\n", e.doc().text());
    }
    for (Constant constant : e.constants()) {
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("");
      if (!constant.javaName().equals(constant.jsonValue())) {
        body.addAnnotation(
            AnnotationSpec.builder(JSON_PROPERTY)
                .addMember("value", "$S", constant.jsonValue())
                .build());
      }
      b.addEnumConstant(constant.javaName(), body.build());
    }
    return b.build();
  }

  private static TypeSpec resourceClass(String pkg, ResourceClass r) {
    TypeName spec = r.spec() == null ? ClassName.get(Void.class) : ClassName.get(pkg, r.spec());
    TypeName status =
        r.status() == null ? ClassName.get(Void.class) : ClassName.get(pkg, r.status());
    TypeSpec.Builder b =
        TypeSpec.classBuilder(r.name())
            .addModifiers(Modifier.PUBLIC)
            .superclass(ParameterizedTypeName.get(CUSTOM_RESOURCE, spec, status));
    if (r.namespaced()) {
      b.addSuperinterface(NAMESPACED);
    }
    if (r.doc() != null) {
      b.addJavadoc("$L\n", r.doc().text());
    }
    r.annotations().forEach(a -> b.addAnnotation(annotation(a)));
    properties(pkg, b, r.fields());
    for (String root : r.requiredRoots()) {
      TypeName type = root.equals("spec") ? spec : status;
      String name = root.equals("spec") ? "Spec" : "Status";
      b.addMethod(
          MethodSpec.methodBuilder("get" + name)
              .addModifiers(Modifier.PUBLIC)
              .addAnnotation(Override.class)
              .addAnnotation(REQUIRED)
              .returns(type)
              .addComment(
                  "required by the CRD: generate crd reads that from this getter's @Required")
              .addStatement("return super.get$L()", name)
              .build());
    }
    return b.build();
  }

  private static void classDoc(TypeSpec.Builder b, Doc doc) {
    if (doc == null) {
      return;
    }
    if (doc.asJavadoc()) {
      b.addJavadoc("$L\n", doc.text());
    } else {
      b.addAnnotation(
          AnnotationSpec.builder(CLASS_DESCRIPTION).addMember("value", "$S", doc.text()).build());
    }
  }

  private static void properties(String pkg, TypeSpec.Builder b, List<Field> fields) {
    for (Field f : fields) {
      TypeName type = type(pkg, f.type());
      FieldSpec.Builder field = FieldSpec.builder(type, f.javaName(), Modifier.PRIVATE);
      if (f.doc() != null && f.doc().asJavadoc()) {
        field.addJavadoc("$L\n", f.doc().text());
      }
      if (!f.javaName().equals(f.jsonName())) {
        field.addAnnotation(
            AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", f.jsonName()).build());
      }
      if (f.doc() != null && !f.doc().asJavadoc()) {
        field.addAnnotation(
            AnnotationSpec.builder(PROPERTY_DESCRIPTION)
                .addMember("value", "$S", f.doc().text())
                .build());
      }
      f.annotations().forEach(a -> field.addAnnotation(annotation(a)));
      b.addField(field.build());
    }
    for (Field f : fields) {
      TypeName type = type(pkg, f.type()).withoutAnnotations();
      String suffix = Names.capitalize(f.javaName());
      b.addMethod(
          MethodSpec.methodBuilder("get" + suffix)
              .addModifiers(Modifier.PUBLIC)
              .returns(type(pkg, f.type()))
              .addStatement("return $N", f.javaName())
              .build());
      b.addMethod(
          MethodSpec.methodBuilder("set" + suffix)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(type(pkg, f.type()), f.javaName())
              .addStatement("this.$N = $N", f.javaName(), f.javaName())
              .build());
    }
  }

  static TypeName type(String pkg, TypeRef ref) {
    TypeName base;
    if (ref.name().equals("byte[]")) {
      base = ArrayTypeName.of(TypeName.BYTE);
    } else {
      ClassName raw =
          ref.isLocal() ? ClassName.get(pkg, ref.name()) : ClassName.bestGuess(ref.name());
      if (ref.arguments().isEmpty()) {
        base = raw;
      } else {
        base =
            ParameterizedTypeName.get(
                raw, ref.arguments().stream().map(a -> type(pkg, a)).toArray(TypeName[]::new));
      }
    }
    if (ref.annotations().isEmpty()) {
      return base;
    }
    return base.annotated(ref.annotations().stream().map(JavaSourceWriter::annotation).toList());
  }

  static AnnotationSpec annotation(JavaAnnotation a) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(ClassName.bestGuess(a.type()));
    for (Map.Entry<String, Object> member : a.members().entrySet()) {
      Object value = member.getValue();
      if (value instanceof List<?> list && list.size() != 1) {
        // one line, {"a", "b"}, where JavaPoet would put each element on a line of its own
        b.addMember(
            member.getKey(),
            "{$L}",
            CodeBlock.join(list.stream().map(JavaSourceWriter::literal).toList(), ", "));
      } else if (value instanceof List<?> list) {
        addMember(b, member.getKey(), list.get(0));
      } else {
        addMember(b, member.getKey(), value);
      }
    }
    return b.build();
  }

  private static void addMember(AnnotationSpec.Builder b, String name, Object value) {
    b.addMember(name, literal(value));
  }

  private static CodeBlock literal(Object value) {
    if (value instanceof String s) {
      return CodeBlock.of("$S", s);
    } else if (value instanceof EnumValue e) {
      return CodeBlock.of("$T.$L", ClassName.bestGuess(e.enumType()), e.constant());
    } else if (value instanceof BigDecimal d) {
      return CodeBlock.of("$L", doubleLiteral(d));
    } else if (value instanceof Long l) {
      return CodeBlock.of(
          "$L", l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l.toString() : l + "L");
    } else if (value instanceof JavaAnnotation nested) {
      return CodeBlock.of("$L", annotation(nested));
    }
    return CodeBlock.of("$L", value);
  }

  /**
   * A {@code double} member's value: an integer literal when integral, so {@code @Min(1)} rather
   * than {@code 1.0}.
   */
  private static String doubleLiteral(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0
        && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      long l = stripped.longValueExact();
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Long.toString(l) : l + "L";
    }
    return stripped.abs().compareTo(new BigDecimal("1e-3")) >= 0
            && stripped.abs().compareTo(new BigDecimal("1e7")) < 0
        ? stripped.toPlainString()
        : Double.toString(value.doubleValue());
  }
}
