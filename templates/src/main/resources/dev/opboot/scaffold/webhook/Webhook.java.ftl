package [=webhook.package];

import [=resource.apiPackage].[=resource.kind];
<#if resource.fooExample>
import [=resource.apiPackage].[=resource.kind]Spec;
</#if>
import dev.opboot.annotations.Webhook;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.admission.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The admission webhooks of [=resource.kind] [=resource.version]: the API server calls them, through
 * the operator's {@code WebhookServer}, before it stores an object. Each {@code @Webhook} above the
 * class is one of them; {@code op-boot generate webhook} (run by the build) writes them into
 * config/webhook/manifests.yaml, and {@code Webhooks} registers the methods that serve them.
 *
 * <p>This class is yours. {@code op-boot create webhook} adds another webhook type's annotation and
 * methods at the two markers below, and changes nothing else.
 */
// op-boot:scaffold:webhooks
public class [=webhook.className] {
    // op-boot:scaffold:methods
}
