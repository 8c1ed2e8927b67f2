package com.example.guestbookoperator.api.webapp.v2;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Guestbook is the Schema for the guestbooks API (webapp.example.com/v2).
 *
 * <p>Another version of Guestbook is the one the API server stores; this one is served.
 */
@Group("webapp.example.com")
@Version(value = "v2", storage = false)
// op-boot:scaffold:annotations
public class Guestbook extends CustomResource<GuestbookSpec, GuestbookStatus> implements Namespaced {
}
