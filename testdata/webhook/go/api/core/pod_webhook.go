// Package core holds webhooks on built-in kinds, with every optional value of the marker.
package core

// +kubebuilder:webhook:path=/mutate-v1-pod,mutating=true,failurePolicy=ignore,sideEffects=NoneOnDryRun,groups=core,resources=pods;pods/ephemeralcontainers,verbs=create;update,versions=v1,name=mpod.webapp.example.com,admissionReviewVersions=v1;v1beta1,timeoutSeconds=5,matchPolicy=Exact,reinvocationPolicy=IfNeeded

// +kubebuilder:webhook:path=/validate-v1-pod-exec,mutating=false,failurePolicy=Fail,sideEffects=None,groups="",resources=pods/exec;pods/attach,verbs=connect,versions=v1,name=vpodexec.webapp.example.com,admissionReviewVersions=v1,matchPolicy=Equivalent

// +kubebuilder:webhook:path=/validate-everything,mutating=false,failurePolicy=Ignore,sideEffects=None,groups=*,resources=*/*,verbs=*,versions=*,name=aall.webapp.example.com,admissionReviewVersions=v1,timeoutSeconds=30

// PodWebhook defaults pods and watches exec and attach.
type PodWebhook struct{}
