package v1alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is a thing made of parts.
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,shortName=wd
// +kubebuilder:deprecatedversion:warning="multi.opboot.dev/v1alpha1 Widget is deprecated; use multi.opboot.dev/v1"
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// WidgetSpec is the desired state of a Widget.
type WidgetSpec struct {
	// Colour of the widget.
	// +optional
	Colour string `json:"colour,omitempty"`
}
