package [=webhook.package];

import [=resource.apiPackage].[=resource.kind];
import io.javaoperatorsdk.webhook.conversion.Mapper;
import io.javaoperatorsdk.webhook.conversion.TargetVersion;

/**
 * The hub of [=resource.kind]'s conversion: [=resource.version], the version the API server stores. The
 * webhook framework's {@code ConversionController} converts every object through the hub (from its
 * version to the hub, then to the version asked for) and needs a mapper for each version, so the hub has
 * this one, which changes nothing.
 */
@TargetVersion("[=resource.version]")
public class [=webhook.conversion.hubMapper] implements Mapper<[=resource.kind], [=resource.kind]> {

    @Override
    public [=resource.kind] toHub([=resource.kind] object) {
        return object;
    }

    @Override
    public [=resource.kind] fromHub([=resource.kind] hub) {
        return hub;
    }
}
