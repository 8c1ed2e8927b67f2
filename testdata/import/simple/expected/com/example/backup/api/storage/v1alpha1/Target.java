package com.example.backup.api.storage.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/**
 * Target is one place a copy goes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Target {
    @Required
    private String name;

    /**
     * Endpoint of the store.
     */
    private Endpoint endpoint;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Endpoint getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
    }
}
