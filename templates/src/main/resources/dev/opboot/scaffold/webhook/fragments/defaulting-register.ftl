endpoints.add(WebhookServer.defaulting("[=webhook.mutatePath]", [=resource.apiPackage].[=resource.kind].class,
        new [=webhook.package].[=webhook.className]()::defaults));
