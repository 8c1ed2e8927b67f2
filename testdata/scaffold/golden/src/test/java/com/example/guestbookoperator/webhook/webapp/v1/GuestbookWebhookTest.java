package com.example.guestbookoperator.webhook.webapp.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.admission.Operation;
import org.junit.jupiter.api.Test;

/**
 * The webhooks of Guestbook v1 as plain methods; {@code GuestbookWebhookIT} proves
 * them through a real API server.
 */
class GuestbookWebhookTest {

    private final GuestbookWebhook webhook = new GuestbookWebhook();

    @Test
    void defaultsAnObject() throws NotAllowedException {
        assertThat(webhook.defaults(withFoo(null)).getSpec().getFoo()).isEqualTo(GuestbookWebhook.DEFAULT_FOO);
        assertThat(webhook.defaults(withFoo("given")).getSpec().getFoo()).isEqualTo("given");
    }

    @Test
    void acceptsAValidObject() throws NotAllowedException {
        assertThat(webhook.validate(withFoo("bar"), null, Operation.CREATE)).isEmpty();
        assertThat(webhook.validate(withFoo("baz"), withFoo("bar"), Operation.UPDATE)).isEmpty();
        assertThat(webhook.validate(null, withFoo("bar"), Operation.DELETE)).isEmpty();
    }

    @Test
    void refusesABlankFoo() {
        assertThatThrownBy(() -> webhook.validate(withFoo(" "), null, Operation.CREATE))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("spec.foo must not be blank");
        assertThatThrownBy(() -> webhook.validate(withFoo(""), withFoo("bar"), Operation.UPDATE))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void warnsAboutSpacesAroundFoo() throws NotAllowedException {
        assertThat(webhook.validate(withFoo(" bar "), null, Operation.CREATE))
                .singleElement().asString().contains("spaces around it");
    }
    // op-boot:scaffold:tests

    private static Guestbook withFoo(String foo) {
        Guestbook object = new Guestbook();
        object.getMetadata().setName("example");
        object.setSpec(new GuestbookSpec());
        object.getSpec().setFoo(foo);
        return object;
    }
}
