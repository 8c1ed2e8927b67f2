package com.example.guestbookoperator.api.cache.v1alpha1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Memcached is the Schema for the memcacheds API (cache.example.com/v1alpha1).
 */
@Group("cache.example.com")
@Version("v1alpha1")
// op-boot:scaffold:annotations
public class Memcached extends CustomResource<MemcachedSpec, MemcachedStatus> {
}
