package [=resource.apiPackage];
<#if resource.ownsPods>

import io.fabric8.generator.annotation.Required;
</#if>

/**
 * [=resource.kind]Spec defines the desired state of [=resource.kind].
 */
public class [=resource.kind]Spec {

    // TODO(user): Add the fields of the desired state of [=resource.kind] here.

    /**
     * Foo is an example field of [=resource.kind]. Edit [=resource.kind]Spec to add your own fields.
     */
    private String foo;

    public String getFoo() {
        return foo;
    }

    public void setFoo(String foo) {
        this.foo = foo;
    }
<#if resource.ownsPods>

    /**
     * The container image the pods of the [=resource.kind] run, for example nginx:1.27.
     */
    @Required
    private String image;

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }
</#if>
}
