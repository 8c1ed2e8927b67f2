// the admission webhooks of Webhooks, on HTTPS (WEBHOOK_PORT, WEBHOOK_CERT_DIR); ready once it serves.
// ENABLE_WEBHOOKS=false runs the reconcilers without it, as 'op-boot run' does on this machine
if (WebhookServer.enabled(System.getenv())) {
    readiness.add(WebhookServer.fromEnvironment(Webhooks.all())::isServing);
}
