package dev.opboot.corpus.uniqueitems.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Lottery is a draw of distinct numbers. */
@Group("unique.opboot.dev")
@Version("v1")
public class Lottery extends CustomResource<LotterySpec, Void> implements Namespaced {
}
