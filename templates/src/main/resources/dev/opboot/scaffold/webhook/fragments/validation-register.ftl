endpoints.add(WebhookServer.validating("[=webhook.validatePath]", [=resource.apiPackage].[=resource.kind].class,
        new [=webhook.package].[=webhook.className]()::validate));
