// Package v2beta1 is the next version of the multi.opboot.dev API; its fields are required unless
// marked optional.
// +kubebuilder:object:generate=false
// +kubebuilder:validation:Required
// +groupName=multi.opboot.dev
package v2beta1
