package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a thing made of parts.
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,shortName=wd
// +kubebuilder:storageversion
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="Color",type=string,JSONPath=".spec.color"
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`

	Spec   WidgetSpec   `json:"spec"`
	Status WidgetStatus `json:"status"`
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
	// +required
	Color Color `json:"color"`

	// Parts of the widget.
	// +kubebuilder:validation:MaxItems=8
	Parts []Part `json:"parts"`

	// SizeMM is the size in millimetres.
	// +kubebuilder:validation:Minimum=1
	SizeMM int32 `json:"sizeMM"`
}

// Color is the color of a widget.
// +kubebuilder:validation:Enum=red;green;blue
type Color string

// Part is one part of a widget.
type Part struct {
	// Name of the part.
	// +kubebuilder:validation:Required
	Name string `json:"name"`

	// Count is how many of the part the widget has.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:default=1
	Count int32 `json:"count"`
}

// WidgetStatus is the observed state of a Widget.
type WidgetStatus struct {
	// Built counts the widgets built.
	Built int32 `json:"built"`
}
