package com.example.guestbookoperator.api.cache.v1alpha1;

import dev.opboot.annotations.ListMapKeys;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * MemcachedStatus defines the observed state of Memcached.
 */
public class MemcachedStatus {

    // TODO(user): Add the fields of the observed state of Memcached here.

    /**
     * Conditions represent the latest available observations of the Memcached's state.
     */
    @ListMapKeys("type")
    private List<Condition> conditions = new ArrayList<>();

    /**
     * ObservedGeneration is the most recent metadata.generation the operator has reconciled.
     */
    private Long observedGeneration;

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }
}
