package dev.opboot.generate.schema;

/** The scale subresource's paths; {@code labelSelectorPath} may be null. */
public record Scale(String specReplicasPath, String statusReplicasPath, String labelSelectorPath) {}
