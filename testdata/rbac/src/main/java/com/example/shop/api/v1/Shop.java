package com.example.shop.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Shop is a web shop: a Deployment serving it, configured from a ConfigMap and a Secret. */
@Group("shop.example.com")
@Version("v1")
public class Shop extends CustomResource<ShopSpec, ShopStatus> implements Namespaced {
}
