package com.example.backup.api.storage.v1alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Backup copies a volume somewhere safe.
 */
@Group("storage.example.org")
@Version("v1alpha1")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase")
public class Backup extends CustomResource<BackupSpec, BackupStatus> implements Namespaced {
}
