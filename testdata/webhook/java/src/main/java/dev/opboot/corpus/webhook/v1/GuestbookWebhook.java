package dev.opboot.corpus.webhook.v1;

import dev.opboot.annotations.Webhook;

/** GuestbookWebhook defaults and validates guestbooks. */
@Webhook(
    path = "/validate-webapp-example-com-v1-guestbook",
    mutating = false,
    failurePolicy = "fail",
    sideEffects = "None",
    groups = "webapp.example.com",
    resources = "guestbooks",
    verbs = {"create", "update", "delete"},
    versions = "v1",
    name = "vguestbook-v1.kb.io",
    admissionReviewVersions = "v1")
@Webhook(
    path = "/mutate-webapp-example-com-v1-guestbook",
    mutating = true,
    groups = "webapp.example.com",
    resources = "guestbooks",
    verbs = {"create", "update"},
    versions = "v1",
    name = "mguestbook-v1.kb.io")
public class GuestbookWebhook {}
