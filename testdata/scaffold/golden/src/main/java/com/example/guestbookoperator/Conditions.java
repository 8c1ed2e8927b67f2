package com.example.guestbookoperator;

import io.fabric8.kubernetes.api.model.Condition;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Helpers for status conditions, modelled after apimachinery's {@code meta.SetStatusCondition}.
 */
public final class Conditions {

    public static final String TRUE = "True";
    public static final String FALSE = "False";
    public static final String UNKNOWN = "Unknown";

    private Conditions() {
    }

    /** Returns the condition of the given type, if present. */
    public static Optional<Condition> find(List<Condition> conditions, String type) {
        if (conditions == null) {
            return Optional.empty();
        }
        return conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    /** Same as {@link #set(List, Condition, Clock)} using the system UTC clock. */
    public static List<Condition> set(List<Condition> conditions, Condition condition) {
        return set(conditions, condition, Clock.systemUTC());
    }

    /**
     * Returns a copy of {@code conditions} in which the condition of the same type is replaced by
     * {@code condition} (or it is appended). lastTransitionTime is kept when the status did not
     * change, and set to now (RFC 3339, seconds precision) when it did.
     */
    public static List<Condition> set(List<Condition> conditions, Condition condition, Clock clock) {
        List<Condition> result = new ArrayList<>(conditions == null ? List.of() : conditions);
        Optional<Condition> existing = find(result, condition.getType());
        if (existing.isPresent() && Objects.equals(existing.get().getStatus(), condition.getStatus())
                && existing.get().getLastTransitionTime() != null) {
            condition.setLastTransitionTime(existing.get().getLastTransitionTime());
        } else {
            condition.setLastTransitionTime(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        existing.ifPresent(result::remove);
        result.add(condition);
        return result;
    }
}
