package [=webhook.package];

import [=resource.apiPackage].[=resource.kind];
import [=resource.apiPackage].[=resource.kind]Spec;
import [=resource.apiPackage].[=resource.kind]Status;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.webhook.conversion.Mapper;
import io.javaoperatorsdk.webhook.conversion.TargetVersion;

/**
 * Converts [=resource.kind] between [=spoke.version], a spoke, and [=resource.version], the hub the API
 * server stores: the API server calls the conversion webhook (/convert) whenever a client reads or writes
 * [=spoke.version], and the webhook framework's {@code ConversionController} calls {@link #toHub} and
 * {@link #fromHub}. A conversion must keep the object's metadata and lose nothing a round trip needs.
 *
 * <p>This class is yours. As scaffolded, the fields both versions share carry over by their JSON names;
 * when the versions differ (a field renamed, split, or only in one of them), map it at the TODOs, and keep
 * a field the other version lacks in an annotation, as Kubernetes' own conversions do, so that a round
 * trip keeps it.
 */
@TargetVersion("[=spoke.version]")
public class [=spoke.mapper] implements Mapper<[=spoke.apiPackage].[=resource.kind], [=resource.kind]> {

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    @Override
    public [=resource.kind] toHub([=spoke.apiPackage].[=resource.kind] spoke) {
        [=resource.kind] hub = new [=resource.kind]();
        hub.setMetadata(new ObjectMetaBuilder(spoke.getMetadata()).build());
        hub.setSpec(JSON.convertValue(spoke.getSpec(), [=resource.kind]Spec.class));
        hub.setStatus(JSON.convertValue(spoke.getStatus(), [=resource.kind]Status.class));
        // TODO(user): map the fields [=spoke.version] and [=resource.version] do not share by name
        return hub;
    }

    @Override
    public [=spoke.apiPackage].[=resource.kind] fromHub([=resource.kind] hub) {
        [=spoke.apiPackage].[=resource.kind] spoke = new [=spoke.apiPackage].[=resource.kind]();
        spoke.setMetadata(new ObjectMetaBuilder(hub.getMetadata()).build());
        spoke.setSpec(JSON.convertValue(hub.getSpec(), [=spoke.apiPackage].[=resource.kind]Spec.class));
        spoke.setStatus(JSON.convertValue(hub.getStatus(), [=spoke.apiPackage].[=resource.kind]Status.class));
        // TODO(user): map the fields [=resource.version] and [=spoke.version] do not share by name
        return spoke;
    }
}
