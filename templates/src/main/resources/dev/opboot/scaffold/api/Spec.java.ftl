package [=resource.apiPackage];

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
}
