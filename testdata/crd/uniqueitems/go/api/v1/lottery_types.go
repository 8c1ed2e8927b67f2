package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Lottery is a draw of distinct numbers.
// +kubebuilder:object:root=true
type Lottery struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec LotterySpec `json:"spec,omitempty"`
}

// LotteryList is a list of Lottery.
// +kubebuilder:object:root=true
type LotteryList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Lottery `json:"items"`
}

// LotterySpec is the desired state of a Lottery.
type LotterySpec struct {
	// Numbers drawn; no number may appear twice.
	// +kubebuilder:validation:UniqueItems=true
	// +kubebuilder:validation:MaxItems=6
	// +kubebuilder:validation:items:Minimum=1
	// +kubebuilder:validation:items:Maximum=49
	// +optional
	Numbers []int32 `json:"numbers,omitempty"`
}
