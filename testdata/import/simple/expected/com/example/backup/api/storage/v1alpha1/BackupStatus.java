package com.example.backup.api.storage.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opboot.annotations.Format;

/**
 * BackupStatus is what happened.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BackupStatus {
    private String phase;

    @Format("date-time")
    private String completedAt;

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }
}
