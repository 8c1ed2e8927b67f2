package dev.opboot.corpus.webhook.core;

import dev.opboot.annotations.Webhook;

/** PodWebhook defaults pods and watches exec and attach. */
@Webhook(
    path = "/mutate-v1-pod",
    mutating = true,
    failurePolicy = "ignore",
    sideEffects = "NoneOnDryRun",
    groups = "core",
    resources = {"pods", "pods/ephemeralcontainers"},
    verbs = {"create", "update"},
    versions = "v1",
    name = "mpod.webapp.example.com",
    admissionReviewVersions = {"v1", "v1beta1"},
    timeoutSeconds = 5,
    matchPolicy = "Exact",
    reinvocationPolicy = "IfNeeded")
@Webhook(
    path = "/validate-v1-pod-exec",
    mutating = false,
    failurePolicy = "Fail",
    groups = "",
    resources = {"pods/exec", "pods/attach"},
    verbs = "connect",
    versions = "v1",
    name = "vpodexec.webapp.example.com",
    matchPolicy = "Equivalent")
@Webhook(
    path = "/validate-everything",
    mutating = false,
    failurePolicy = "Ignore",
    groups = "*",
    resources = "*/*",
    verbs = "*",
    versions = "*",
    name = "aall.webapp.example.com",
    timeoutSeconds = 30)
public class PodWebhook {}
