// the admission webhooks of Webhooks, on HTTPS (WEBHOOK_PORT, WEBHOOK_CERT_DIR); ready once it serves
readiness.add(WebhookServer.fromEnvironment(Webhooks.all())::isServing);
