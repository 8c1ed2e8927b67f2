//go:build tools

// Package envtest records the Kubernetes programs SourceBuild builds, so
// that go.mod and go.sum hold every module they need (`go mod tidy -e`).
package envtest

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
