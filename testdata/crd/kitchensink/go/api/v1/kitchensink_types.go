package v1

import (
	corev1 "k8s.io/api/core/v1"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// KitchenSink uses every schema feature that op-boot maps.
// +kubebuilder:object:root=true
// +kubebuilder:resource:path=sinks,singular=kitchensink,shortName=ks;sink,categories=opboot;all,scope=Namespaced
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas,selectorpath=.status.selector
// +kubebuilder:printcolumn:name="Replicas",type=integer,format=int32,JSONPath=".spec.replicas",description="Desired number of pods"
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=".metadata.creationTimestamp"
// +kubebuilder:printcolumn:name="Size",type=string,JSONPath=".spec.size",priority=1
// +kubebuilder:printcolumn:name="Phase",type=string,JSONPath=".status.phase"
// +kubebuilder:selectablefield:JSONPath=".status.phase"
// +kubebuilder:selectablefield:JSONPath=".spec.size"
// +kubebuilder:metadata:annotations="opboot.dev/corpus=kitchensink",labels="app.kubernetes.io/part-of=op-boot"
// +kubebuilder:validation:XValidation:rule="self.metadata.name.size() <= 63",message="name must be at most 63 characters"
type KitchenSink struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   KitchenSinkSpec   `json:"spec,omitempty"`
	Status KitchenSinkStatus `json:"status,omitempty"`
}

// KitchenSinkList is a list of KitchenSink.
// +kubebuilder:object:root=true
type KitchenSinkList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []KitchenSink `json:"items"`
}

// CommonSpec holds the fields every kind of this group shares.
type CommonSpec struct {
	// Suspend stops reconciliation while true.
	// +kubebuilder:default=false
	// +optional
	Suspend *bool `json:"suspend,omitempty"`

	// Owner names the team that owns this object.
	// +kubebuilder:validation:MaxLength=64
	// +optional
	Owner string `json:"owner,omitempty"`
}

// KitchenSinkSpec is the desired state of a KitchenSink.
// +kubebuilder:validation:XValidation:rule="!has(self.minReplicas) || !has(self.replicas) || self.minReplicas <= self.replicas",messageExpression="'minReplicas ' + (self.minReplicas > self.replicas ? 'exceeds' : 'is') + ' replicas'",reason=FieldValueInvalid,fieldPath=".minReplicas"
type KitchenSinkSpec struct {
	CommonSpec `json:",inline"`

	// Replicas is the desired number of pods.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=100
	// +kubebuilder:default=1
	// +optional
	Replicas *int32 `json:"replicas,omitempty"`

	// MinReplicas is the lower bound kept during disruptions.
	// +kubebuilder:validation:Minimum=0
	// +optional
	MinReplicas *int32 `json:"minReplicas,omitempty"`

	// Port is the TCP port the workload listens on.
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=65535
	Port int32 `json:"port"`

	// TimeoutSeconds bounds one reconciliation; it must be positive.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:ExclusiveMinimum=true
	// +optional
	TimeoutSeconds *int64 `json:"timeoutSeconds,omitempty"`

	// MemoryLimitBytes is the memory limit, in bytes.
	// +kubebuilder:validation:Maximum=1099511627776
	MemoryLimitBytes int64 `json:"memoryLimitBytes"`

	// Ratio is the share of traffic sent to the canary.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=1
	// +kubebuilder:validation:ExclusiveMaximum=true
	// +kubebuilder:validation:MultipleOf=0.05
	// +optional
	Ratio *float64 `json:"ratio,omitempty"`

	// Weight is a relative weight.
	// +optional
	Weight float32 `json:"weight,omitempty"`

	// BatchSize is how many items are processed at once.
	// +kubebuilder:validation:MultipleOf=5
	// +optional
	BatchSize *int32 `json:"batchSize,omitempty"`

	// Enabled turns the workload on or off.
	// +kubebuilder:default=true
	// +optional
	Enabled *bool `json:"enabled,omitempty"`

	// DisplayName is a DNS label shown to users.
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:Pattern=`^[a-z]([-a-z0-9]*[a-z0-9])?$`
	DisplayName string `json:"displayName"`

	// Size selects the resources given to each pod.
	// +kubebuilder:default=Medium
	// +optional
	Size Size `json:"size,omitempty"`

	// +optional
	LogLevel LogLevel `json:"logLevel,omitempty"`

	// Mode trades speed for safety.
	// +kubebuilder:validation:Enum=fast;safe
	// +optional
	Mode string `json:"mode,omitempty"`

	// ContactEmail receives alerts.
	// +kubebuilder:validation:Format=email
	// +optional
	ContactEmail string `json:"contactEmail,omitempty"`

	// Data is opaque binary data.
	// +optional
	Data []byte `json:"data,omitempty"`

	// NotBefore is when the workload may start.
	// +optional
	NotBefore *metav1.Time `json:"notBefore,omitempty"`

	// NotAfter is when the workload must stop.
	// +optional
	NotAfter *metav1.Time `json:"notAfter,omitempty"`

	// MaintenanceStart is the start of the weekly maintenance window.
	// +optional
	MaintenanceStart metav1.Time `json:"maintenanceStart,omitempty"`

	// GracePeriod is how long pods get to shut down.
	// +optional
	GracePeriod *metav1.Duration `json:"gracePeriod,omitempty"`

	// Memory is the memory request of each pod.
	// +optional
	Memory resource.Quantity `json:"memory,omitempty"`

	// Limits are resource limits by resource name.
	// +optional
	Limits map[string]resource.Quantity `json:"limits,omitempty"`

	// MaxUnavailable is a number or a percentage of pods.
	// +optional
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty"`

	// MaxSurge is a number or a percentage of pods.
	// +kubebuilder:validation:XIntOrString
	// +kubebuilder:validation:Pattern=`^[0-9]+%?$`
	// +optional
	MaxSurge *intstr.IntOrString `json:"maxSurge,omitempty"`

	// Partition is a number or a name of a partition.
	// +kubebuilder:validation:XIntOrString
	// +optional
	Partition *string `json:"partition,omitempty"`

	// PodMetadata is added to every pod.
	// +optional
	PodMetadata metav1.ObjectMeta `json:"podMetadata,omitempty"`

	// Tags label the workload.
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=10
	// +kubebuilder:validation:items:MinLength=1
	// +kubebuilder:validation:items:MaxLength=32
	// +optional
	Tags []string `json:"tags,omitempty"`

	// Args are passed to the workload.
	// +listType=atomic
	// +kubebuilder:default={"--verbose"}
	// +optional
	Args []string `json:"args,omitempty"`

	// Hosts are the DNS names served.
	// +listType=set
	// +optional
	Hosts []string `json:"hosts,omitempty"`

	// Ports are the named ports of the workload.
	// +listType=map
	// +listMapKey=name
	// +listMapKey=protocol
	// +kubebuilder:validation:MaxItems=16
	// +optional
	Ports []Port `json:"ports,omitempty"`

	// Matrix is a list of rows.
	// +optional
	Matrix [][]int32 `json:"matrix,omitempty"`

	// Endpoints are extra addresses.
	// +optional
	Endpoints []Endpoint `json:"endpoints,omitempty"`

	// Primary is the main address.
	// +optional
	Primary *Endpoint `json:"primary,omitempty"`

	// Labels are copied to every object created.
	// +kubebuilder:validation:MaxProperties=16
	// +optional
	Labels map[string]string `json:"labels,omitempty"`

	// Settings are replaced as a whole by server-side apply.
	// +mapType=atomic
	// +optional
	Settings map[string]string `json:"settings,omitempty"`

	// Buckets map a name to bucket bounds.
	// +optional
	Buckets map[string][]int32 `json:"buckets,omitempty"`

	// Backends map a name to an address.
	// +mapType=granular
	// +optional
	Backends map[string]Endpoint `json:"backends,omitempty"`

	// Resources are the resource needs of the main container.
	// +structType=atomic
	// +optional
	Resources *ResourceNeeds `json:"resources,omitempty"`

	// PortRange is the range of ports the workload may open.
	// +optional
	PortRange *IntRange `json:"portRange,omitempty"`

	// VersionRange is the range of versions accepted.
	// +optional
	VersionRange *StringRange `json:"versionRange,omitempty"`

	// Template is the object created for each run.
	// +kubebuilder:validation:EmbeddedResource
	// +optional
	Template runtime.RawExtension `json:"template,omitempty"`

	// Payload is an object with a known shape that is sent as is.
	// +kubebuilder:validation:EmbeddedResource
	// +optional
	Payload *Payload `json:"payload,omitempty"`

	// Extra keeps fields this version does not know.
	// +kubebuilder:pruning:PreserveUnknownFields
	// +optional
	Extra *ExtraConfig `json:"extra,omitempty"`

	// Plugin configures an optional plugin.
	// +optional
	Plugin *Plugin `json:"plugin,omitempty"`

	// Values are free-form values passed to the workload.
	// +optional
	Values *apiextensionsv1.JSON `json:"values,omitempty"`

	// JSONSchema is a JSON schema document, kept without validation.
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:pruning:PreserveUnknownFields
	// +optional
	JSONSchema *apiextensionsv1.JSONSchemaProps `json:"jsonSchema,omitempty"`

	// Nickname is an optional short name.
	// +kubebuilder:validation:MaxLength=20
	// +optional
	Nickname *string `json:"nickname,omitempty"`

	// Comment may be set to null explicitly.
	// +nullable
	// +optional
	Comment *string `json:"comment,omitempty"`

	// ClusterName cannot change once set.
	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="Value is immutable"
	// +optional
	ClusterName string `json:"clusterName,omitempty"`

	// StorageClass cannot change once set.
	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="storageClass cannot be changed"
	// +optional
	StorageClass string `json:"storageClass,omitempty"`

	// Path is an absolute URL path.
	// +kubebuilder:validation:XValidation:rule="self.startsWith('/')",message="path must be absolute"
	// +kubebuilder:validation:XValidation:rule="!self.contains('..')",message="path must not contain '..'"
	// +optional
	Path string `json:"path,omitempty"`

	// Revision may only increase.
	// +kubebuilder:validation:XValidation:rule="!oldSelf.hasValue() || self >= oldSelf.value()",message="revision may only increase",optionalOldSelf=true
	// +optional
	Revision *int64 `json:"revision,omitempty"`

	// Schedule says when the workload runs.
	// +optional
	Schedule *Schedule `json:"schedule,omitempty"`

	// Notification says where events are sent.
	// +kubebuilder:default={email: "ops@example.com"}
	// +optional
	Notification *Notification `json:"notification,omitempty"`

	// Source says where the workload comes from.
	Source Source `json:"source"`

	// DNSTTL is the DNS time to live, in seconds.
	// +optional
	DNSTTL int32 `json:"dnsTTL,omitempty"`

	// Description is free text for humans.
	// +optional
	Description string `json:"description,omitempty"`

	// BackupCron is when backups run.
	// +kubebuilder:example="0 3 * * *"
	// +optional
	BackupCron string `json:"backupCron,omitempty"`

	// Parallelism is how many pods run at once.
	// +kubebuilder:example=3
	// +optional
	Parallelism *int32 `json:"parallelism,omitempty"`

	// InternalCache is never serialized.
	InternalCache string `json:"-"`
}

// Size is a T-shirt size.
// +kubebuilder:validation:Enum=Small;Medium;Large
type Size string

// LogLevel is how much the workload logs.
// +kubebuilder:validation:Enum=debug;info;warn;error
type LogLevel string

// Protocol is a network protocol.
// +kubebuilder:validation:Enum=TCP;UDP;SCTP
type Protocol string

// Port is a named network port.
type Port struct {
	// Name is unique within the list.
	// +kubebuilder:validation:MaxLength=15
	Name string `json:"name"`

	// Protocol defaults to TCP.
	// +kubebuilder:default=TCP
	// +optional
	Protocol Protocol `json:"protocol,omitempty"`

	// Number is the port number.
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=65535
	Number int32 `json:"number"`
}

// Endpoint is a network address.
// +structType=atomic
type Endpoint struct {
	// The DNS name or IP address.
	Host string `json:"host"`

	// The TCP port.
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=65535
	Port int32 `json:"port"`
}

// ResourceNeeds are what one container needs.
type ResourceNeeds struct {
	// CPU is the CPU request.
	// +optional
	CPU *resource.Quantity `json:"cpu,omitempty"`

	// Memory is the memory request.
	// +optional
	Memory *resource.Quantity `json:"memory,omitempty"`
}

// IntRange is an inclusive range.
type IntRange struct {
	// From is the lower bound.
	// +optional
	From *int32 `json:"from,omitempty"`

	// To is the upper bound.
	// +optional
	To *int32 `json:"to,omitempty"`
}

// StringRange is an inclusive range.
type StringRange struct {
	// From is the lower bound.
	// +optional
	From *string `json:"from,omitempty"`

	// To is the upper bound.
	// +optional
	To *string `json:"to,omitempty"`
}

// Payload is a Kubernetes object with a known shape.
type Payload struct {
	// APIVersion of the object.
	// +optional
	APIVersion string `json:"apiVersion,omitempty"`

	// Kind of the object.
	// +optional
	Kind string `json:"kind,omitempty"`

	// Metadata of the object.
	// +optional
	Metadata metav1.ObjectMeta `json:"metadata,omitempty"`

	// Data of the object.
	// +optional
	Data map[string]string `json:"data,omitempty"`
}

// ExtraConfig has one known field; other fields are kept.
type ExtraConfig struct {
	// Version of the configuration format.
	// +optional
	Version string `json:"version,omitempty"`
}

// Plugin is a plugin with its own settings, which are kept as given.
// +kubebuilder:pruning:PreserveUnknownFields
type Plugin struct {
	// Name of the plugin.
	Name string `json:"name"`
}

// Schedule says when to run: by cron expression or at a fixed interval.
// +kubebuilder:validation:XValidation:rule="!has(self.timeZone) || has(self.cron)",message="timeZone requires cron"
// +kubebuilder:validation:XValidation:rule="(has(self.cron)?1:0)+(has(self.every)?1:0) <= 1",message="at most one of the fields in [cron every] may be set"
type Schedule struct {
	// Cron is a cron expression.
	// +optional
	Cron string `json:"cron,omitempty"`

	// Every is a fixed interval.
	// +optional
	Every *metav1.Duration `json:"every,omitempty"`

	// TimeZone is an IANA time zone name.
	// +optional
	TimeZone string `json:"timeZone,omitempty"`
}

// Notification says where to send events.
// +kubebuilder:validation:MinProperties=1
// +kubebuilder:validation:XValidation:rule="has(self.email)||has(self.webhook)",message="at least one of the fields in [email webhook] must be set"
type Notification struct {
	// Email is an email address.
	// +kubebuilder:validation:Format=email
	// +optional
	Email string `json:"email,omitempty"`

	// Webhook is a URL that receives a POST for each event.
	// +kubebuilder:validation:Format=uri
	// +optional
	Webhook string `json:"webhook,omitempty"`
}

// Source says where the workload comes from; exactly one way must be given.
// +kubebuilder:validation:XValidation:rule="(has(self.image)?1:0)+(has(self.git)?1:0)+(has(self.configMapRef)?1:0) == 1",message="exactly one of the fields in [image git configMapRef] must be set"
type Source struct {
	// Image is a container image reference.
	// +optional
	Image string `json:"image,omitempty"`

	// Git is a Git repository.
	// +optional
	Git *GitSource `json:"git,omitempty"`

	// ConfigMapRef names a ConfigMap that holds the code.
	// +optional
	ConfigMapRef *corev1.LocalObjectReference `json:"configMapRef,omitempty"`
}

// GitSource is a Git repository.
type GitSource struct {
	// URL of the repository.
	// +kubebuilder:validation:Format=uri
	URL string `json:"url"`

	// Ref is a branch, tag or commit.
	// +kubebuilder:default=main
	// +optional
	Ref string `json:"ref,omitempty"`
}

// KitchenSinkStatus is the observed state of a KitchenSink.
type KitchenSinkStatus struct {
	// Replicas is the number of pods running.
	// +optional
	Replicas int32 `json:"replicas,omitempty"`

	// Selector selects the pods, in the string form of a label selector.
	// +optional
	Selector string `json:"selector,omitempty"`

	// +optional
	Phase Phase `json:"phase,omitempty"`

	// ObservedGeneration is the last generation reconciled.
	// +optional
	ObservedGeneration int64 `json:"observedGeneration,omitempty"`

	// Conditions are the latest observations of the object's state.
	// +listType=map
	// +listMapKey=type
	// +optional
	Conditions []metav1.Condition `json:"conditions,omitempty"`

	// LastUpdated is when the status was last written.
	// +optional
	LastUpdated *metav1.Time `json:"lastUpdated,omitempty"`
}

// Phase is where the workload is in its life.
// +kubebuilder:validation:Enum=Pending;Running;Failed
type Phase string
