package v2alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a thing made of parts.
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,shortName=wd
// +kubebuilder:skipversion
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the desired state of a Widget.
type WidgetSpec struct {
	// Shape of the widget.
	// +optional
	Shape string `json:"shape,omitempty"`
}
