package com.example.guestbookoperator.api.webapp.v1;

/**
 * GuestbookSpec defines the desired state of Guestbook.
 */
public class GuestbookSpec {

    // TODO(user): Add the fields of the desired state of Guestbook here.

    /**
     * Foo is an example field of Guestbook. Edit GuestbookSpec to add your own fields.
     */
    private String foo;

    public String getFoo() {
        return foo;
    }

    public void setFoo(String foo) {
        this.foo = foo;
    }
}
