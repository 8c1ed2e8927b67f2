package v2beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a thing made of parts.
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,shortName=wd
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas
// +kubebuilder:printcolumn:name="Color",type=string,JSONPath=".spec.color"
// +kubebuilder:printcolumn:name="Replicas",type=integer,JSONPath=".spec.replicas",priority=1
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetList is a list of Widget.
// +kubebuilder:object:root=true
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// WidgetSpec is the desired state of a Widget.
type WidgetSpec struct {
	// Color of the widget.
	Color Color `json:"color"`

	// Replicas is the number of copies.
	// +kubebuilder:validation:Minimum=0
	Replicas int32 `json:"replicas"`

	// Parts of the widget.
	// +kubebuilder:validation:MinItems=1
	Parts []Part `json:"parts"`

	// Label is an optional label.
	// +optional
	Label *string `json:"label,omitempty"`

	// Note is free text; null clears it.
	// +nullable
	// +optional
	Note *string `json:"note,omitempty"`

	// Owner is who owns the widget.
	// +optional
	Owner *string `json:"owner,omitempty"`

	// Finish is how the surface is treated.
	// +optional
	Finish *Finish `json:"finish,omitempty"`
}

// Color is the color of a widget.
// +kubebuilder:validation:Enum=red;green;blue;black
type Color string

// Part is one part of a widget.
type Part struct {
	// Name of the part.
	Name string `json:"name"`

	// Count is how many of the part the widget has.
	// +kubebuilder:validation:Minimum=0
	Count int32 `json:"count"`
}

// Finish is a surface treatment; all its fields are optional.
type Finish struct {
	// Gloss is the gloss level, in percent.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=100
	// +optional
	Gloss *int32 `json:"gloss,omitempty"`

	// Coating is the name of the coating.
	// +optional
	Coating string `json:"coating,omitempty"`
}

// WidgetStatus is the observed state of a Widget.
type WidgetStatus struct {
	// Replicas is the number of copies made.
	Replicas int32 `json:"replicas"`

	// Message explains the state.
	// +optional
	Message string `json:"message,omitempty"`
}
