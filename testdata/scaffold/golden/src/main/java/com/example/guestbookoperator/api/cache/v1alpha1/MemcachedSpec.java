package com.example.guestbookoperator.api.cache.v1alpha1;

/**
 * MemcachedSpec defines the desired state of Memcached.
 */
public class MemcachedSpec {

    // TODO(user): Add the fields of the desired state of Memcached here.

    /**
     * Foo is an example field of Memcached. Edit MemcachedSpec to add your own fields.
     */
    private String foo;

    public String getFoo() {
        return foo;
    }

    public void setFoo(String foo) {
        this.foo = foo;
    }
}
