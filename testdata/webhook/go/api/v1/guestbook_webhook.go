// Package v1 holds the webhooks of webapp.example.com/v1 Guestbook, as kubebuilder's
// create webhook --defaulting --programmatic-validation scaffolds their markers.
package v1

// +kubebuilder:webhook:path=/validate-webapp-example-com-v1-guestbook,mutating=false,failurePolicy=fail,sideEffects=None,groups=webapp.example.com,resources=guestbooks,verbs=create;update;delete,versions=v1,name=vguestbook-v1.kb.io,admissionReviewVersions=v1

// +kubebuilder:webhook:path=/mutate-webapp-example-com-v1-guestbook,mutating=true,failurePolicy=fail,sideEffects=None,groups=webapp.example.com,resources=guestbooks,verbs=create;update,versions=v1,name=mguestbook-v1.kb.io,admissionReviewVersions=v1

// GuestbookWebhook defaults and validates guestbooks.
type GuestbookWebhook struct{}
