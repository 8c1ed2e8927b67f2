// Package v1 is the storage version of the multi.opboot.dev API; its fields are optional unless
// marked required.
// +kubebuilder:object:generate=false
// +kubebuilder:validation:Optional
// +groupName=multi.opboot.dev
package v1
