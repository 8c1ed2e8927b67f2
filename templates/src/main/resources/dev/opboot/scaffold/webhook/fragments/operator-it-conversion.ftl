// the conversion webhooks (create webhook --conversion), served in this JVM until it ends: the API server
// calls them for every sample in a version it does not store
dev.opboot.testing.LocalWebhooks conversions = dev.opboot.testing.LocalWebhooks.create(client);
WebhookServer conversionServer = WebhookServer.start(new java.net.InetSocketAddress("127.0.0.1", 0),
        conversions.certificateDir(), Webhooks.all(), WebhookServer.RELOAD_INTERVAL);
for (Path crd : yamlFiles(Path.of("config/crd/bases"))) {
    CustomResourceDefinition definition = client.apiextensions().v1().customResourceDefinitions()
            .load(crd.toFile()).item();
    if (definition.getSpec().getConversion() != null
            && "Webhook".equals(definition.getSpec().getConversion().getStrategy())) {
        conversions.installConversion(crd, conversionServer.port());
    }
}
