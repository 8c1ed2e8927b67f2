endpoints.add(WebhookServer.conversion("/convert",
        List.of([=resource.apiPackage].[=resource.kind].class<#list webhook.conversion.spokes as spoke>, [=spoke.apiPackage].[=resource.kind].class</#list>),
        new [=webhook.package].[=webhook.conversion.hubMapper]()<#list webhook.conversion.spokes as spoke>, new [=webhook.package].[=spoke.mapper]()</#list>));
