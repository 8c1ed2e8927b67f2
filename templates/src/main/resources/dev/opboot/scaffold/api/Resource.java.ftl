package [=resource.apiPackage];

<#if resource.namespaced>
import io.fabric8.kubernetes.api.model.Namespaced;
</#if>
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * [=resource.kind] is the Schema for the [=resource.plural] API ([=resource.apiGroup]/[=resource.version]).
<#if !resource.storage>
 *
 * <p>Another version of [=resource.kind] is the one the API server stores; this one is served.
</#if>
 */
@Group("[=resource.apiGroup]")
<#if resource.storage>
@Version("[=resource.version]")
<#else>
@Version(value = "[=resource.version]", storage = false)
</#if>
// op-boot:scaffold:annotations
public class [=resource.kind] extends CustomResource<[=resource.kind]Spec, [=resource.kind]Status><#if resource.namespaced> implements Namespaced</#if> {
}
