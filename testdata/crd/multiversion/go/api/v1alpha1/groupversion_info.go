// Package v1alpha1 is a deprecated version of the multi.opboot.dev API.
// +kubebuilder:object:generate=false
// +groupName=multi.opboot.dev
package v1alpha1
