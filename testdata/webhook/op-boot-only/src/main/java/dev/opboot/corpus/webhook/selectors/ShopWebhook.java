package dev.opboot.corpus.webhook.selectors;

import dev.opboot.annotations.Webhook;

/**
 * What controller-gen v0.17.3's marker cannot say: namespace and object selectors, in kubectl's
 * syntax, every form of requirement.
 */
@Webhook(
    path = "/mutate-shop-example-com-v1-shop",
    mutating = true,
    groups = "shop.example.com",
    resources = "shops",
    verbs = {"create", "update"},
    versions = "v1",
    name = "mshop-v1.kb.io",
    namespaceSelector = "environment in (production, staging), !legacy, webhooks=enabled",
    objectSelector = "shop.example.com/tier notin (cache), app.kubernetes.io/part-of, team==payments")
@Webhook(
    path = "/validate-shop-example-com-v1-shop",
    mutating = false,
    groups = "shop.example.com",
    resources = {"shops", "shops/status"},
    verbs = {"create", "update", "delete"},
    versions = "v1",
    name = "vshop-v1.kb.io",
    objectSelector = "tier != cache")
public class ShopWebhook {}
