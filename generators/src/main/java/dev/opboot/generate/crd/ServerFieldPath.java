package dev.opboot.generate.crd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path the API server names in a refusal, read back into the version and the schema
 * property it is about, so that a refusal lands at the Java property that caused it. The server
 * names a schema either inside its version ({@code spec.versions[1].schema.openAPIV3Schema...}) or,
 * when every version has the same one, as the CRD's shared {@code spec.validation.openAPIV3Schema}
 * (its internal form), which is read as the first version's.
 *
 * @param version the index of the version, or -1 for the CRD as a whole
 * @param schemaPath the property in op-boot's JSON path notation ({@code .spec.items[*].name},
 *     {@code ""} for the root), or null when the field is not in a schema
 */
record ServerFieldPath(int version, String schemaPath) {
  private static final Pattern VERSION = Pattern.compile("^spec\\.versions\\[(\\d+)\\](.*)$");
  private static final String SCHEMA = ".schema.openAPIV3Schema";
  private static final String SHARED_SCHEMA = "spec.validation.openAPIV3Schema";
  private static final Pattern STEP =
      Pattern.compile("^\\.(?:properties\\[([^\\]]+)\\]|(items)|(additionalProperties))");

  static ServerFieldPath parse(String field) {
    if (field.startsWith(SHARED_SCHEMA)) {
      return new ServerFieldPath(0, schemaPath(field.substring(SHARED_SCHEMA.length())));
    }
    Matcher version = VERSION.matcher(field);
    if (!version.matches()) {
      return new ServerFieldPath(-1, null);
    }
    int index = Integer.parseInt(version.group(1));
    String rest = version.group(2);
    return rest.startsWith(SCHEMA)
        ? new ServerFieldPath(index, schemaPath(rest.substring(SCHEMA.length())))
        : new ServerFieldPath(index, null);
  }

  /** The properties the steps of {@code rest} walk through, up to the first keyword. */
  private static String schemaPath(String rest) {
    StringBuilder path = new StringBuilder();
    Matcher step = STEP.matcher(rest);
    while (step.find()) {
      if (step.group(1) != null) {
        path.append('.').append(step.group(1));
      } else if (step.group(2) != null) {
        path.append("[*]");
      } else {
        path.append(".*");
      }
      rest = rest.substring(step.end());
      step = STEP.matcher(rest);
    }
    return path.toString();
  }
}
