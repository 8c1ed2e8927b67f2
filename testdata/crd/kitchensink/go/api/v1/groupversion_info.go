// Package v1 holds the KitchenSink API: one kind that uses every schema feature op-boot maps.
// +kubebuilder:object:generate=false
// +groupName=kitchensink.opboot.dev
package v1
