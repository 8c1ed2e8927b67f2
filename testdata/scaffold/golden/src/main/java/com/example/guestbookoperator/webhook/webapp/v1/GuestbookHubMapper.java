package com.example.guestbookoperator.webhook.webapp.v1;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import io.javaoperatorsdk.webhook.conversion.Mapper;
import io.javaoperatorsdk.webhook.conversion.TargetVersion;

/**
 * The hub of Guestbook's conversion: v1, the version the API server stores. The
 * webhook framework's {@code ConversionController} converts every object through the hub (from its
 * version to the hub, then to the version asked for) and needs a mapper for each version, so the hub has
 * this one, which changes nothing.
 */
@TargetVersion("v1")
public class GuestbookHubMapper implements Mapper<Guestbook, Guestbook> {

    @Override
    public Guestbook toHub(Guestbook object) {
        return object;
    }

    @Override
    public Guestbook fromHub(Guestbook hub) {
        return hub;
    }
}
