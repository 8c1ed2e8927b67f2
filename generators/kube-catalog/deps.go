//go:build tools

// The packages the catalogue is generated from. main.go loads them with controller-tools' loader
// (go list), never imports them; this file keeps them, at the versions the catalogue is for, in
// go.mod (go mod tidy considers every build tag) without linking them into the binary.
package main

import (
	_ "k8s.io/api/apps/v1"
	_ "k8s.io/api/autoscaling/v2"
	_ "k8s.io/api/batch/v1"
	_ "k8s.io/api/coordination/v1"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/api/discovery/v1"
	_ "k8s.io/api/networking/v1"
	_ "k8s.io/api/policy/v1"
	_ "k8s.io/api/rbac/v1"
	_ "k8s.io/api/storage/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
)
