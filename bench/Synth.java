import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic API with N kinds as Go/Java twins of the same shape, for the benchmark:
 *
 * <pre>
 *   java bench/Synth.java KINDS OUT GO_MODULE_TEMPLATE
 * </pre>
 *
 * OUT/go is a Go module (api/v1, kubebuilder markers) for controller-gen; OUT/java/src/main/java the
 * same API for op-boot (fabric8 7.5, Jackson, Bean-Validation-free fabric8 annotations). The Go module
 * takes its go.mod requirements and go.sum from GO_MODULE_TEMPLATE (testdata/crd/cronjob/go), so it
 * needs no module the corpus does not already use. Output depends only on the arguments.
 *
 * <p>Every kind has a spec with scalars under validation (minimum, maximum, length, pattern), an
 * enum, a list of nested structs with their own validation, a map of strings, a map of nested
 * structs and a list of strings; a status with a phase, an observed generation and a list of
 * metav1.Condition; documentation on every type and field.
 */
public final class Synth {
  private static final String GROUP = "synth.bench.opboot.dev";
  private static final String JAVA_PACKAGE = "dev.opboot.bench.synth.v1";

  private Synth() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java bench/Synth.java KINDS OUT GO_MODULE_TEMPLATE");
      System.exit(2);
    }
    int kinds = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path template = Path.of(args[2]);
    Path go = out.resolve("go");
    Path java = out.resolve("java/src/main/java/" + JAVA_PACKAGE.replace('.', '/'));
    Files.createDirectories(go.resolve("api/v1"));
    Files.createDirectories(java);

    String goMod = Files.readString(template.resolve("go.mod"), StandardCharsets.UTF_8)
        .replaceFirst("(?m)^module .*$", "module example.com/synth");
    write(go.resolve("go.mod"), goMod);
    Files.copy(template.resolve("go.sum"), go.resolve("go.sum"), StandardCopyOption.REPLACE_EXISTING);
    write(go.resolve("api/v1/groupversion_info.go"), """
        // Package v1 contains the synthetic benchmark API.
        // +kubebuilder:object:generate=false
        // +groupName=%s
        package v1
        """.formatted(GROUP));

    for (int i = 1; i <= kinds; i++) {
      String kind = String.format(Locale.ROOT, "Widget%04d", i);
      write(go.resolve("api/v1/" + kind.toLowerCase(Locale.ROOT) + "_types.go"), goKind(kind));
      for (JavaFile f : javaKind(kind)) {
        write(java.resolve(f.name + ".java"), f.text);
      }
    }
  }

  private record JavaFile(String name, String text) {}

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String goKind(String k) {
    return """
        package v1

        import (
        \tmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
        )

        // %1$sMode says how a %1$s runs.
        // +kubebuilder:validation:Enum=Fast;Safe;Off
        type %1$sMode string

        // %1$sEndpoint is one address a %1$s serves on.
        type %1$sEndpoint struct {
        \t// Host name or IP address.
        \t// +kubebuilder:validation:MinLength=1
        \t// +kubebuilder:validation:MaxLength=253
        \tHost string `json:"host"`

        \t// Port number.
        \t// +kubebuilder:validation:Minimum=1
        \t// +kubebuilder:validation:Maximum=65535
        \tPort int32 `json:"port"`

        \t// Weight of this endpoint among the others.
        \t// +kubebuilder:validation:Minimum=0
        \t// +optional
        \tWeight *int64 `json:"weight,omitempty"`

        \t// Mode of this endpoint.
        \t// +optional
        \tMode %1$sMode `json:"mode,omitempty"`
        }

        // %1$sSpec defines the desired state of %1$s.
        type %1$sSpec struct {
        \t// Image to run.
        \t// +kubebuilder:validation:Pattern=`^[a-z0-9./:-]+$`
        \t// +kubebuilder:validation:MaxLength=200
        \tImage string `json:"image"`

        \t// Number of replicas.
        \t// +kubebuilder:validation:Minimum=0
        \t// +kubebuilder:validation:Maximum=100
        \t// +optional
        \tReplicas *int32 `json:"replicas,omitempty"`

        \t// Mode of the whole %1$s.
        \t// +optional
        \tMode %1$sMode `json:"mode,omitempty"`

        \t// Endpoints the %1$s serves on.
        \t// +kubebuilder:validation:MaxItems=16
        \t// +optional
        \tEndpoints []%1$sEndpoint `json:"endpoints,omitempty"`

        \t// Labels to put on what the %1$s creates.
        \t// +optional
        \tLabels map[string]string `json:"labels,omitempty"`

        \t// Named backup endpoints.
        \t// +optional
        \tBackups map[string]%1$sEndpoint `json:"backups,omitempty"`

        \t// Free-form tags.
        \t// +kubebuilder:validation:MaxItems=8
        \t// +optional
        \tTags []string `json:"tags,omitempty"`

        \t// Whether the %1$s is paused.
        \t// +optional
        \tPaused *bool `json:"paused,omitempty"`
        }

        // %1$sStatus defines the observed state of %1$s.
        type %1$sStatus struct {
        \t// Phase the %1$s is in.
        \t// +optional
        \tPhase string `json:"phase,omitempty"`

        \t// Generation last seen by the controller.
        \t// +optional
        \tObservedGeneration int64 `json:"observedGeneration,omitempty"`

        \t// Conditions of the %1$s.
        \t// +optional
        \tConditions []metav1.Condition `json:"conditions,omitempty"`
        }

        // %1$s is a synthetic kind of the benchmark.
        // +kubebuilder:object:root=true
        // +kubebuilder:subresource:status
        type %1$s struct {
        \tmetav1.TypeMeta   `json:",inline"`
        \tmetav1.ObjectMeta `json:"metadata,omitempty"`

        \tSpec   %1$sSpec   `json:"spec,omitempty"`
        \tStatus %1$sStatus `json:"status,omitempty"`
        }

        // %1$sList contains a list of %1$s.
        // +kubebuilder:object:root=true
        type %1$sList struct {
        \tmetav1.TypeMeta `json:",inline"`
        \tmetav1.ListMeta `json:"metadata,omitempty"`
        \tItems           []%1$s `json:"items"`
        }
        """.formatted(k);
  }

  private static List<JavaFile> javaKind(String k) {
    List<JavaFile> files = new ArrayList<>();
    files.add(new JavaFile(k + "Mode", """
        package %2$s;

        /** %1$sMode says how a %1$s runs. */
        public enum %1$sMode {
          Fast,
          Safe,
          Off
        }
        """.formatted(k, JAVA_PACKAGE)));
    files.add(new JavaFile(k + "Endpoint", """
        package %2$s;

        import io.fabric8.generator.annotation.Max;
        import io.fabric8.generator.annotation.Min;
        import io.fabric8.generator.annotation.Required;
        import io.fabric8.generator.annotation.Size;

        /** %1$sEndpoint is one address a %1$s serves on. */
        public class %1$sEndpoint {
          /** Host name or IP address. */
          @Required
          @Size(min = 1, max = 253)
          private String host;

          /** Port number. */
          @Required
          @Min(1)
          @Max(65535)
          private int port;

          /** Weight of this endpoint among the others. */
          @Min(0)
          private Long weight;

          /** Mode of this endpoint. */
          private %1$sMode mode;

        %3$s}
        """.formatted(k, JAVA_PACKAGE, accessors(
            "String host", "int port", "Long weight", k + "Mode mode"))));
    files.add(new JavaFile(k + "Spec", """
        package %2$s;

        import io.fabric8.generator.annotation.Max;
        import io.fabric8.generator.annotation.Min;
        import io.fabric8.generator.annotation.Pattern;
        import io.fabric8.generator.annotation.Required;
        import io.fabric8.generator.annotation.Size;
        import java.util.List;
        import java.util.Map;

        /** %1$sSpec defines the desired state of %1$s. */
        public class %1$sSpec {
          /** Image to run. */
          @Required
          @Pattern("^[a-z0-9./:-]+$")
          @Size(max = 200)
          private String image;

          /** Number of replicas. */
          @Min(0)
          @Max(100)
          private Integer replicas;

          /** Mode of the whole %1$s. */
          private %1$sMode mode;

          /** Endpoints the %1$s serves on. */
          @Size(max = 16)
          private List<%1$sEndpoint> endpoints;

          /** Labels to put on what the %1$s creates. */
          private Map<String, String> labels;

          /** Named backup endpoints. */
          private Map<String, %1$sEndpoint> backups;

          /** Free-form tags. */
          @Size(max = 8)
          private List<String> tags;

          /** Whether the %1$s is paused. */
          private Boolean paused;

        %3$s}
        """.formatted(k, JAVA_PACKAGE, accessors("String image", "Integer replicas", k + "Mode mode",
            "List<" + k + "Endpoint> endpoints", "Map<String, String> labels",
            "Map<String, " + k + "Endpoint> backups", "List<String> tags", "Boolean paused"))));
    files.add(new JavaFile(k + "Status", """
        package %2$s;

        import io.fabric8.kubernetes.api.model.Condition;
        import java.util.List;

        /** %1$sStatus defines the observed state of %1$s. */
        public class %1$sStatus {
          /** Phase the %1$s is in. */
          private String phase;

          /** Generation last seen by the controller. */
          private Long observedGeneration;

          /** Conditions of the %1$s. */
          private List<Condition> conditions;

        %3$s}
        """.formatted(k, JAVA_PACKAGE, accessors("String phase", "Long observedGeneration",
            "List<Condition> conditions"))));
    files.add(new JavaFile(k, """
        package %2$s;

        import io.fabric8.kubernetes.api.model.Namespaced;
        import io.fabric8.kubernetes.client.CustomResource;
        import io.fabric8.kubernetes.model.annotation.Group;
        import io.fabric8.kubernetes.model.annotation.Version;

        /** %1$s is a synthetic kind of the benchmark. */
        @Group("%3$s")
        @Version("v1")
        public class %1$s extends CustomResource<%1$sSpec, %1$sStatus> implements Namespaced {
        }
        """.formatted(k, JAVA_PACKAGE, GROUP)));
    return files;
  }

  /** Getters and setters, as API classes usually have them. */
  private static String accessors(String... fields) {
    StringBuilder s = new StringBuilder();
    for (String field : fields) {
      int space = field.lastIndexOf(' ');
      String type = field.substring(0, space);
      String name = field.substring(space + 1);
      String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      s.append("  public ").append(type).append(type.equals("boolean") ? " is" : " get").append(cap)
          .append("() {\n    return ").append(name).append(";\n  }\n\n");
      s.append("  public void set").append(cap).append('(').append(type).append(' ').append(name)
          .append(") {\n    this.").append(name).append(" = ").append(name).append(";\n  }\n\n");
    }
    return s.toString();
  }
}
