// Package v1 contains API Schema definitions for the batch v1 API group.
// +kubebuilder:object:generate=false
// +groupName=batch.tutorial.kubebuilder.io
package v1
