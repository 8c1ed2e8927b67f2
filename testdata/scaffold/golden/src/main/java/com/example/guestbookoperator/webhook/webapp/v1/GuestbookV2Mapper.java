package com.example.guestbookoperator.webhook.webapp.v1;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import com.example.guestbookoperator.api.webapp.v1.GuestbookStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.webhook.conversion.Mapper;
import io.javaoperatorsdk.webhook.conversion.TargetVersion;

/**
 * Converts Guestbook between v2, a spoke, and v1, the hub the API
 * server stores: the API server calls the conversion webhook (/convert) whenever a client reads or writes
 * v2, and the webhook framework's {@code ConversionController} calls {@link #toHub} and
 * {@link #fromHub}. A conversion must keep the object's metadata and lose nothing a round trip needs.
 *
 * <p>This class is yours. As scaffolded, the fields both versions share carry over by their JSON names;
 * when the versions differ (a field renamed, split, or only in one of them), map it at the TODOs, and keep
 * a field the other version lacks in an annotation, as Kubernetes' own conversions do, so that a round
 * trip keeps it.
 */
@TargetVersion("v2")
public class GuestbookV2Mapper implements Mapper<com.example.guestbookoperator.api.webapp.v2.Guestbook, Guestbook> {

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    @Override
    public Guestbook toHub(com.example.guestbookoperator.api.webapp.v2.Guestbook spoke) {
        Guestbook hub = new Guestbook();
        hub.setMetadata(new ObjectMetaBuilder(spoke.getMetadata()).build());
        hub.setSpec(JSON.convertValue(spoke.getSpec(), GuestbookSpec.class));
        hub.setStatus(JSON.convertValue(spoke.getStatus(), GuestbookStatus.class));
        // TODO(user): map the fields v2 and v1 do not share by name
        return hub;
    }

    @Override
    public com.example.guestbookoperator.api.webapp.v2.Guestbook fromHub(Guestbook hub) {
        com.example.guestbookoperator.api.webapp.v2.Guestbook spoke = new com.example.guestbookoperator.api.webapp.v2.Guestbook();
        spoke.setMetadata(new ObjectMetaBuilder(hub.getMetadata()).build());
        spoke.setSpec(JSON.convertValue(hub.getSpec(), com.example.guestbookoperator.api.webapp.v2.GuestbookSpec.class));
        spoke.setStatus(JSON.convertValue(hub.getStatus(), com.example.guestbookoperator.api.webapp.v2.GuestbookStatus.class));
        // TODO(user): map the fields v1 and v2 do not share by name
        return spoke;
    }
}
