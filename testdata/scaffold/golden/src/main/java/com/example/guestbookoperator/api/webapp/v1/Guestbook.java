package com.example.guestbookoperator.api.webapp.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Guestbook is the Schema for the guestbooks API (webapp.example.com/v1).
 */
@Group("webapp.example.com")
@Version("v1")
@dev.opboot.annotations.ConversionWebhook
// op-boot:scaffold:annotations
public class Guestbook extends CustomResource<GuestbookSpec, GuestbookStatus> implements Namespaced {
}
