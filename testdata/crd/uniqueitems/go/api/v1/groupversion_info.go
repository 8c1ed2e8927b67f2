// Package v1 holds the Lottery API, whose CRD an API server rejects: see ../../README.md.
// +kubebuilder:object:generate=false
// +groupName=unique.opboot.dev
package v1
