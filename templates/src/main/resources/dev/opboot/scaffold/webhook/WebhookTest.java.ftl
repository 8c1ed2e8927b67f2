package [=webhook.package];

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import [=resource.apiPackage].[=resource.kind];
<#if resource.fooExample>
import [=resource.apiPackage].[=resource.kind]Spec;
</#if>import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.admission.Operation;
import org.junit.jupiter.api.Test;

/**
 * The webhooks of [=resource.kind] [=resource.version] as plain methods; {@code [=webhook.itClass]} proves
 * them through a real API server.
 */
class [=webhook.className]Test {

    private final [=webhook.className] webhook = new [=webhook.className]();
    // op-boot:scaffold:tests

    private static [=resource.kind] withFoo(String foo) {
        [=resource.kind] object = new [=resource.kind]();
        object.getMetadata().setName("example");
<#if resource.fooExample>
        object.setSpec(new [=resource.kind]Spec());
        object.getSpec().setFoo(foo);
</#if>
        return object;
    }
}
