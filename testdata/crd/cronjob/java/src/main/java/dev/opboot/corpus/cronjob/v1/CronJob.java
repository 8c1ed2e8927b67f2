package dev.opboot.corpus.cronjob.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** CronJob is the Schema for the cronjobs API */
@Group("batch.tutorial.kubebuilder.io")
@Version("v1")
public class CronJob extends CustomResource<CronJobSpec, CronJobStatus> implements Namespaced {
}
