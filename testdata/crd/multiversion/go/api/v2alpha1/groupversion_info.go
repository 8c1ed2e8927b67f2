// Package v2alpha1 is a version of the multi.opboot.dev API that is being written; it is left out
// of the CRD.
// +kubebuilder:object:generate=false
// +groupName=multi.opboot.dev
package v2alpha1
