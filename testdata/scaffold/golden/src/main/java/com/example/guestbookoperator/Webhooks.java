package com.example.guestbookoperator;

import java.util.ArrayList;
import java.util.List;

/**
 * The admission webhooks of guestbook-operator, which {@link WebhookServer} serves.
 *
 * <p>This class is yours: construct the webhook classes here with what they need. {@code op-boot
 * create webhook} only ever adds a registration at the marker below, and adds nothing for a path this
 * class already serves, however you have changed that line.
 */
public final class Webhooks {

    private Webhooks() {
    }

    /** Every webhook endpoint, by the path its {@code @Webhook} names. */
    public static List<WebhookServer.Endpoint> all() {
        List<WebhookServer.Endpoint> endpoints = new ArrayList<>();
        endpoints.add(WebhookServer.defaulting("/mutate-webapp-example-com-v1-guestbook", com.example.guestbookoperator.api.webapp.v1.Guestbook.class,
                new com.example.guestbookoperator.webhook.webapp.v1.GuestbookWebhook()::defaults));
        endpoints.add(WebhookServer.validating("/validate-webapp-example-com-v1-guestbook", com.example.guestbookoperator.api.webapp.v1.Guestbook.class,
                new com.example.guestbookoperator.webhook.webapp.v1.GuestbookWebhook()::validate));
        endpoints.add(WebhookServer.conversion("/convert",
                List.of(com.example.guestbookoperator.api.webapp.v1.Guestbook.class, com.example.guestbookoperator.api.webapp.v2.Guestbook.class),
                new com.example.guestbookoperator.webhook.webapp.v1.GuestbookHubMapper(), new com.example.guestbookoperator.webhook.webapp.v1.GuestbookV2Mapper()));
        // op-boot:scaffold:webhooks
        return endpoints;
    }
}
