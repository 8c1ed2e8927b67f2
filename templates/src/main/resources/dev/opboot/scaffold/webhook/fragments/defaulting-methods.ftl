
<#if resource.fooExample>
/** The scaffold's example default of spec.foo. */
static final String DEFAULT_FOO = "bar";

</#if>
/**
 * Fills in what the client left out, before the validating webhooks and the API server's own checks
 * see the object: called on create and update (the verbs of the mutating {@code @Webhook}). Change
 * {@code object} and return it; the API server gets the difference as a JSON patch. Throw
 * {@link NotAllowedException} to refuse the request with its message.
 */
public [=resource.kind] defaults([=resource.kind] object) throws NotAllowedException {
<#if resource.fooExample>
    // TODO(user): your defaults. The scaffold's example: spec.foo is "bar" unless given.
    if (object.getSpec() == null) {
        object.setSpec(new [=resource.kind]Spec());
    }
    if (object.getSpec().getFoo() == null) {
        object.getSpec().setFoo(DEFAULT_FOO);
    }
<#else>
    // TODO(user): your defaults
</#if>
    return object;
}
