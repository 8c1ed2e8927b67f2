// Package v1beta1 is a version of the multi.opboot.dev API that is no longer served.
// +kubebuilder:object:generate=false
// +groupName=multi.opboot.dev
package v1beta1
