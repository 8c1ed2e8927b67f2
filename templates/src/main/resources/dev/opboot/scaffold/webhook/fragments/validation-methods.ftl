
/**
 * Accepts or refuses a new [=resource.kind]: throw {@link NotAllowedException} with the reason to
 * refuse it; return the warnings the API server passes on to the client (kubectl prints them), or an
 * empty list.
 */
public List<String> validateCreate([=resource.kind] object) throws NotAllowedException {
<#if resource.fooExample>
    return checkFoo(object);
<#else>
    // TODO(user): your checks
    return List.of();
</#if>
}

/** Accepts or refuses a change of {@code oldObject}, the stored [=resource.kind], into {@code object}. */
public List<String> validateUpdate([=resource.kind] oldObject, [=resource.kind] object) throws NotAllowedException {
<#if resource.fooExample>
    return checkFoo(object);
<#else>
    // TODO(user): your checks
    return List.of();
</#if>
}

/**
 * Accepts or refuses the deletion of {@code object}. Called only when "delete" is among the verbs of the
 * validating {@code @Webhook} (as with kubebuilder, it is not by default).
 */
public List<String> validateDelete([=resource.kind] object) throws NotAllowedException {
    return List.of();
}

/** Called by the webhook server for each request of the validating {@code @Webhook}. */
public List<String> validate([=resource.kind] object, [=resource.kind] oldObject, Operation operation)
        throws NotAllowedException {
    return switch (operation) {
        case CREATE -> validateCreate(object);
        case UPDATE -> validateUpdate(oldObject, object);
        case DELETE -> validateDelete(oldObject);
        case CONNECT -> List.of();
    };
}
<#if resource.fooExample>

/**
 * The scaffold's example check. TODO(user): your own: a blank spec.foo is refused, and spaces around
 * it are warned about.
 */
private static List<String> checkFoo([=resource.kind] object) throws NotAllowedException {
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
</#if>
