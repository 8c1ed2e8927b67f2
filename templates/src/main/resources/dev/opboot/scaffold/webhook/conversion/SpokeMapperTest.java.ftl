package [=webhook.package];

import static org.assertj.core.api.Assertions.assertThat;

import [=resource.apiPackage].[=resource.kind];
import [=resource.apiPackage].[=resource.kind]Spec;
import [=resource.apiPackage].[=resource.kind]Status;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import org.junit.jupiter.api.Test;

/**
 * [=spoke.mapper] as plain methods: a round trip from the hub ([=resource.version]) to [=spoke.version]
 * and back keeps every field; {@code [=webhook.conversion.itClass]} proves the conversion through a real
 * API server.
 */
class [=spoke.mapper]Test {

    private final [=spoke.mapper] mapper = new [=spoke.mapper]();

    @Test
    void aRoundTripThroughTheSpokeKeepsEveryField() {
        [=resource.kind] hub = hub();

        [=spoke.apiPackage].[=resource.kind] spoke = mapper.fromHub(hub);

        assertThat(spoke.getApiVersion()).isEqualTo("[=resource.apiGroup]/[=spoke.version]");
        assertThat(spoke.getMetadata()).isEqualTo(hub.getMetadata());
        assertThat(mapper.toHub(spoke)).usingRecursiveComparison().isEqualTo(hub);
    }

    @Test
    void theMappedObjectSharesNothingWithTheOriginal() {
        [=resource.kind] hub = hub();

        [=spoke.apiPackage].[=resource.kind] spoke = mapper.fromHub(hub);
        spoke.getMetadata().getLabels().put("changed", "true");

        assertThat(hub.getMetadata().getLabels()).doesNotContainKey("changed");
    }

    @Test
    void anObjectWithoutSpecOrStatusConverts() {
        [=resource.kind] hub = new [=resource.kind]();
        hub.getMetadata().setName("empty");

        assertThat(mapper.toHub(mapper.fromHub(hub))).usingRecursiveComparison().isEqualTo(hub);
    }

    /**
     * A hub object with every field set. TODO(user): set each field you add to [=resource.kind]Spec or
     * [=resource.kind]Status here too, so that the round trip above proves [=spoke.mapper] keeps it.
     */
    private static [=resource.kind] hub() {
        [=resource.kind] hub = new [=resource.kind]();
        hub.getMetadata().setName("example");
        hub.getMetadata().setNamespace("default");
        hub.getMetadata().setUid("2b5c3d4e-0000-4000-8000-000000000001");
        hub.getMetadata().setResourceVersion("7");
        hub.getMetadata().setGeneration(3L);
        hub.getMetadata().getLabels().put("app", "example");
        hub.getMetadata().getAnnotations().put("note", "kept");
        hub.setSpec(new [=resource.kind]Spec());
<#if resource.fooExample>
        hub.getSpec().setFoo("bar");
</#if>
        hub.setStatus(new [=resource.kind]Status());
        hub.getStatus().setObservedGeneration(3L);
        hub.getStatus().getConditions().add(new ConditionBuilder().withType("Ready").withStatus("True")
                .withReason("Reconciled").withMessage("ready").withObservedGeneration(3L)
                .withLastTransitionTime("2026-01-01T00:00:00Z").build());
        return hub;
    }
}
