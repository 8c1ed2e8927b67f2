package com.example.guestbookoperator.webhook.webapp.v1;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import dev.opboot.annotations.Webhook;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.admission.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The admission webhooks of Guestbook v1: the API server calls them, through
 * the operator's {@code WebhookServer}, before it stores an object. Each {@code @Webhook} above the
 * class is one of them; {@code op-boot generate webhook} (run by the build) writes them into
 * config/webhook/manifests.yaml, and {@code Webhooks} registers the methods that serve them.
 *
 * <p>This class is yours. {@code op-boot create webhook} adds another webhook type's annotation and
 * methods at the two markers below, and changes nothing else.
 */
@Webhook(path = "/mutate-webapp-example-com-v1-guestbook", mutating = true, groups = "webapp.example.com",
        resources = "guestbooks", verbs = {"create", "update"}, versions = "v1",
        name = "mguestbook-v1.kb.io")
@Webhook(path = "/validate-webapp-example-com-v1-guestbook", mutating = false, groups = "webapp.example.com",
        resources = "guestbooks", verbs = {"create", "update"}, versions = "v1",
        name = "vguestbook-v1.kb.io")
// op-boot:scaffold:webhooks
public class GuestbookWebhook {

    /** The scaffold's example default of spec.foo. */
    static final String DEFAULT_FOO = "bar";

    /**
     * Fills in what the client left out, before the validating webhooks and the API server's own checks
     * see the object: called on create and update (the verbs of the mutating {@code @Webhook}). Change
     * {@code object} and return it; the API server gets the difference as a JSON patch. Throw
     * {@link NotAllowedException} to refuse the request with its message.
     */
    public Guestbook defaults(Guestbook object) throws NotAllowedException {
        // TODO(user): your defaults. The scaffold's example: spec.foo is "bar" unless given.
        if (object.getSpec() == null) {
            object.setSpec(new GuestbookSpec());
        }
        if (object.getSpec().getFoo() == null) {
            object.getSpec().setFoo(DEFAULT_FOO);
        }
        return object;
    }

    /**
     * Accepts or refuses a new Guestbook: throw {@link NotAllowedException} with the reason to
     * refuse it; return the warnings the API server passes on to the client (kubectl prints them), or an
     * empty list.
     */
    public List<String> validateCreate(Guestbook object) throws NotAllowedException {
        return checkFoo(object);
    }

    /** Accepts or refuses a change of {@code oldObject}, the stored Guestbook, into {@code object}. */
    public List<String> validateUpdate(Guestbook oldObject, Guestbook object) throws NotAllowedException {
        return checkFoo(object);
    }

    /**
     * Accepts or refuses the deletion of {@code object}. Called only when "delete" is among the verbs of the
     * validating {@code @Webhook} (as with kubebuilder, it is not by default).
     */
    public List<String> validateDelete(Guestbook object) throws NotAllowedException {
        return List.of();
    }

    /** Called by the webhook server for each request of the validating {@code @Webhook}. */
    public List<String> validate(Guestbook object, Guestbook oldObject, Operation operation)
            throws NotAllowedException {
        return switch (operation) {
            case CREATE -> validateCreate(object);
            case UPDATE -> validateUpdate(oldObject, object);
            case DELETE -> validateDelete(oldObject);
            case CONNECT -> List.of();
        };
    }

    /**
     * The scaffold's example check. TODO(user): your own: a blank spec.foo is refused, and spaces around
     * it are warned about.
     */
    private static List<String> checkFoo(Guestbook object) throws NotAllowedException {
        String foo = object.getSpec() == null ? null : object.getSpec().getFoo();
        if (foo != null && foo.isBlank()) {
            throw new NotAllowedException("spec.foo must not be blank: give it a value, or leave it out");
        }
        List<String> warnings = new ArrayList<>();
        if (foo != null && !foo.equals(foo.strip())) {
            warnings.add("spec.foo '" + foo + "' has spaces around it, which are kept");
        }
        return warnings;
    }
    // op-boot:scaffold:methods
}
