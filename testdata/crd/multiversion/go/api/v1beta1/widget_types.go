package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a thing made of parts.
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,shortName=wd
// +kubebuilder:unservedversion
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the desired state of a Widget.
type WidgetSpec struct {
	// Color of the widget.
	// +optional
	Color string `json:"color,omitempty"`
}
