package dev.opboot.corpus.kitchensink.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.opboot.annotations.AtLeastOneOf;
import dev.opboot.annotations.AtMostOneOf;
import dev.opboot.annotations.EmbeddedResource;
import dev.opboot.annotations.Enum;
import dev.opboot.annotations.ExactlyOneOf;
import dev.opboot.annotations.Example;
import dev.opboot.annotations.ExternalDocs;
import dev.opboot.annotations.Format;
import dev.opboot.annotations.Immutable;
import dev.opboot.annotations.IntOrString;
import dev.opboot.annotations.ListMapKeys;
import dev.opboot.annotations.ListType;
import dev.opboot.annotations.MapType;
import dev.opboot.annotations.MaxProperties;
import dev.opboot.annotations.MinProperties;
import dev.opboot.annotations.MultipleOf;
import dev.opboot.annotations.Schemaless;
import dev.opboot.annotations.StructType;
import dev.opboot.annotations.Title;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.SelectableField;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** KitchenSinkSpec is the desired state of a KitchenSink. */
@Title("Kitchen sink")
@ValidationRule(
    value = "!has(self.minReplicas) || !has(self.replicas) || self.minReplicas <= self.replicas",
    messageExpression = "'minReplicas ' + (self.minReplicas > self.replicas ? 'exceeds' : 'is') + ' replicas'",
    reason = "FieldValueInvalid",
    fieldPath = ".minReplicas")
public class KitchenSinkSpec extends CommonSpec {
  /** Replicas is the desired number of pods. */
  @SpecReplicas
  @Min(0)
  @Max(100)
  @Default("1")
  public Integer replicas;

  /** MinReplicas is the lower bound kept during disruptions. */
  @jakarta.validation.constraints.Min(0)
  public Integer minReplicas;

  /** Port is the TCP port the workload listens on. */
  @Required
  @Min(1)
  @Max(65535)
  public int port;

  /** TimeoutSeconds bounds one reconciliation; it must be positive. */
  @Min(value = 0, inclusive = false)
  public Long timeoutSeconds;

  /** MemoryLimitBytes is the memory limit, in bytes. */
  @NotNull
  @jakarta.validation.constraints.Max(1099511627776L)
  public long memoryLimitBytes;

  /** Ratio is the share of traffic sent to the canary. */
  @DecimalMin("0")
  @DecimalMax(value = "1", inclusive = false)
  @MultipleOf(0.05)
  public Double ratio;

  /** Weight is a relative weight. */
  public float weight;

  /** BatchSize is how many items are processed at once. */
  @MultipleOf(5)
  public Integer batchSize;

  /** Enabled turns the workload on or off. */
  @Default("true")
  public Boolean enabled;

  /** DisplayName is a DNS label shown to users. */
  @Title("Display name")
  @NotNull
  @jakarta.validation.constraints.Size(min = 1, max = 63)
  @jakarta.validation.constraints.Pattern(regexp = "^[a-z]([-a-z0-9]*[a-z0-9])?$")
  public String displayName;

  /** Size selects the resources given to each pod. */
  @Default("Medium")
  @PrinterColumn(name = "Size", priority = 1)
  @SelectableField
  public Size size;

  public LogLevel logLevel;

  /** Mode trades speed for safety. */
  @Enum({"fast", "safe"})
  public String mode;

  /** ContactEmail receives alerts. */
  @Format("email")
  public String contactEmail;

  /** Data is opaque binary data. */
  public byte[] data;

  /** NotBefore is when the workload may start. */
  public Instant notBefore;

  /** NotAfter is when the workload must stop. */
  public OffsetDateTime notAfter;

  /** MaintenanceStart is the start of the weekly maintenance window. */
  public ZonedDateTime maintenanceStart;

  /** GracePeriod is how long pods get to shut down. */
  public Duration gracePeriod;

  /** Memory is the memory request of each pod. */
  public Quantity memory;

  /** Limits are resource limits by resource name. */
  public Map<String, Quantity> limits;

  /** MaxUnavailable is a number or a percentage of pods. */
  public io.fabric8.kubernetes.api.model.IntOrString maxUnavailable;

  /** MaxSurge is a number or a percentage of pods. */
  @Pattern("^[0-9]+%?$")
  public io.fabric8.kubernetes.api.model.IntOrString maxSurge;

  /** Partition is a number or a name of a partition. */
  @IntOrString
  public String partition;

  /** PodMetadata is added to every pod. */
  public ObjectMeta podMetadata;

  /** Tags label the workload. */
  @jakarta.validation.constraints.Size(min = 1, max = 10)
  public List<@jakarta.validation.constraints.Size(min = 1, max = 32) String> tags;

  /** Args are passed to the workload. */
  @ListType(ListType.Kind.ATOMIC)
  @Default("[\"--verbose\"]")
  public String[] args;

  /** Hosts are the DNS names served. */
  public Set<String> hosts;

  /** Ports are the named ports of the workload. */
  @ListMapKeys({"name", "protocol"})
  @io.fabric8.generator.annotation.Size(max = 16)
  public List<Port> ports;

  /** Matrix is a list of rows. */
  public List<List<Integer>> matrix;

  /** Endpoints are extra addresses. */
  public List<Endpoint> endpoints;

  /** Primary is the main address. */
  public Endpoint primary;

  /** Labels are copied to every object created. */
  @MaxProperties(16)
  public Map<String, String> labels;

  /** Settings are replaced as a whole by server-side apply. */
  @MapType(MapType.Kind.ATOMIC)
  public Map<String, String> settings;

  /** Buckets map a name to bucket bounds. */
  public Map<String, List<Integer>> buckets;

  /** Backends map a name to an address. */
  @MapType(MapType.Kind.GRANULAR)
  public Map<String, Endpoint> backends;

  /** Resources are the resource needs of the main container. */
  @StructType(MapType.Kind.ATOMIC)
  public ResourceNeeds resources;

  /** PortRange is the range of ports the workload may open. */
  public Range<Integer> portRange;

  /** VersionRange is the range of versions accepted. */
  public Range<String> versionRange;

  /** Template is the object created for each run. */
  public GenericKubernetesResource template;

  /** Payload is an object with a known shape that is sent as is. */
  @EmbeddedResource
  public Payload payload;

  /** Extra keeps fields this version does not know. */
  @PreserveUnknownFields
  public ExtraConfig extra;

  /** Plugin configures an optional plugin. */
  public Plugin plugin;

  /** Values are free-form values passed to the workload. */
  public com.fasterxml.jackson.databind.JsonNode values;

  /** JSONSchema is a JSON schema document, kept without validation. */
  @Schemaless
  @PreserveUnknownFields
  public Map<String, Object> jsonSchema;

  /** Nickname is an optional short name. */
  public Optional<@jakarta.validation.constraints.Size(max = 20) String> nickname;

  /** Comment may be set to null explicitly. */
  @Nullable
  public String comment;

  /** ClusterName cannot change once set. */
  @Immutable
  public String clusterName;

  /** StorageClass cannot change once set. */
  @Immutable(message = "storageClass cannot be changed")
  public String storageClass;

  /** Path is an absolute URL path. */
  @ValidationRule(value = "self.startsWith('/')", message = "path must be absolute")
  @ValidationRule(value = "!self.contains('..')", message = "path must not contain '..'")
  public String path;

  /** Revision may only increase. */
  @ValidationRule(
      value = "!oldSelf.hasValue() || self >= oldSelf.value()",
      message = "revision may only increase",
      optionalOldSelf = true)
  public Long revision;

  /** Schedule says when the workload runs. */
  @ExternalDocs(url = "https://en.wikipedia.org/wiki/Cron", description = "Cron syntax")
  public Schedule schedule;

  /** Notification says where events are sent. */
  @Default("{\"email\": \"ops@example.com\"}")
  public Notification notification;

  /** Source says where the workload comes from. */
  @Required
  public Source source;

  /** DNSTTL is the DNS time to live, in seconds. */
  @JsonProperty("dnsTTL")
  public int dnsTtl;

  @JsonPropertyDescription("Description is free text for humans.")
  public String description;

  /** BackupCron is when backups run. */
  @Example("\"0 3 * * *\"")
  public String backupCron;

  /** Parallelism is how many pods run at once. */
  @Example("3")
  public Integer parallelism;

  /** InternalCache is never serialized. */
  @JsonIgnore
  public String internalCache;

  /** ResourceNeeds are what one container needs. */
  public static class ResourceNeeds {
    /** CPU is the CPU request. */
    public Quantity cpu;

    /** Memory is the memory request. */
    public Quantity memory;
  }

  /** Schedule says when to run: by cron expression or at a fixed interval. */
  @ValidationRule(value = "!has(self.timeZone) || has(self.cron)", message = "timeZone requires cron")
  @AtMostOneOf({"cron", "every"})
  public static class Schedule {
    /** Cron is a cron expression. */
    public String cron;

    /** Every is a fixed interval. */
    public Duration every;

    /** TimeZone is an IANA time zone name. */
    public String timeZone;
  }

  /** Notification says where to send events. */
  @MinProperties(1)
  @AtLeastOneOf({"email", "webhook"})
  public static class Notification {
    /** Email is an email address. */
    @Format("email")
    public String email;

    /** Webhook is a URL that receives a POST for each event. */
    @Format("uri")
    public String webhook;
  }

  /** Source says where the workload comes from; exactly one way must be given. */
  @ExactlyOneOf({"image", "git", "configMapRef"})
  public static class Source {
    /** Image is a container image reference. */
    public String image;

    /** Git is a Git repository. */
    public GitSource git;

    /** ConfigMapRef names a ConfigMap that holds the code. */
    public LocalObjectReference configMapRef;
  }

  /** GitSource is a Git repository. */
  public static class GitSource {
    /** URL of the repository. */
    @Required
    @Format("uri")
    public String url;

    /** Ref is a branch, tag or commit. */
    @Default("main")
    public String ref;
  }
}
