package [=resource.apiPackage];

import dev.opboot.annotations.ListMapKeys;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * [=resource.kind]Status defines the observed state of [=resource.kind].
 */
public class [=resource.kind]Status {

    // TODO(user): Add the fields of the observed state of [=resource.kind] here.

    /**
     * Conditions represent the latest available observations of the [=resource.kind]'s state.
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
