package com.example.guestbookoperator.webhook.webapp.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import com.example.guestbookoperator.api.webapp.v1.GuestbookStatus;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import org.junit.jupiter.api.Test;

/**
 * GuestbookV2Mapper as plain methods: a round trip from the hub (v1) to v2
 * and back keeps every field; {@code GuestbookConversionIT} proves the conversion through a real
 * API server.
 */
class GuestbookV2MapperTest {

    private final GuestbookV2Mapper mapper = new GuestbookV2Mapper();

    @Test
    void aRoundTripThroughTheSpokeKeepsEveryField() {
        Guestbook hub = hub();

        com.example.guestbookoperator.api.webapp.v2.Guestbook spoke = mapper.fromHub(hub);

        assertThat(spoke.getApiVersion()).isEqualTo("webapp.example.com/v2");
        assertThat(spoke.getMetadata()).isEqualTo(hub.getMetadata());
        assertThat(mapper.toHub(spoke)).usingRecursiveComparison().isEqualTo(hub);
    }

    @Test
    void theMappedObjectSharesNothingWithTheOriginal() {
        Guestbook hub = hub();

        com.example.guestbookoperator.api.webapp.v2.Guestbook spoke = mapper.fromHub(hub);
        spoke.getMetadata().getLabels().put("changed", "true");

        assertThat(hub.getMetadata().getLabels()).doesNotContainKey("changed");
    }

    @Test
    void anObjectWithoutSpecOrStatusConverts() {
        Guestbook hub = new Guestbook();
        hub.getMetadata().setName("empty");

        assertThat(mapper.toHub(mapper.fromHub(hub))).usingRecursiveComparison().isEqualTo(hub);
    }

    /**
     * A hub object with every field set. TODO(user): set each field you add to GuestbookSpec or
     * GuestbookStatus here too, so that the round trip above proves GuestbookV2Mapper keeps it.
     */
    private static Guestbook hub() {
        Guestbook hub = new Guestbook();
        hub.getMetadata().setName("example");
        hub.getMetadata().setNamespace("default");
        hub.getMetadata().setUid("2b5c3d4e-0000-4000-8000-000000000001");
        hub.getMetadata().setResourceVersion("7");
        hub.getMetadata().setGeneration(3L);
        hub.getMetadata().getLabels().put("app", "example");
        hub.getMetadata().getAnnotations().put("note", "kept");
        hub.setSpec(new GuestbookSpec());
        hub.getSpec().setFoo("bar");
        hub.setStatus(new GuestbookStatus());
        hub.getStatus().setObservedGeneration(3L);
        hub.getStatus().getConditions().add(new ConditionBuilder().withType("Ready").withStatus("True")
                .withReason("Reconciled").withMessage("ready").withObservedGeneration(3L)
                .withLastTransitionTime("2026-01-01T00:00:00Z").build());
        return hub;
    }
}
