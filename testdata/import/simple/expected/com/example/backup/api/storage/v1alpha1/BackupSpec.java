package com.example.backup.api.storage.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.opboot.annotations.ListMapKeys;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Map;

/**
 * BackupSpec says what to copy and where.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BackupSpec {
    /**
     * Source is the volume to copy.
     */
    @Required
    @Size(min = 1)
    private String source;

    /**
     * Class is a Java keyword as a property name.
     */
    @JsonProperty("class")
    private String class_;

    /**
     * MaxAge has a dash.
     */
    @JsonProperty("max-age")
    private String maxAge;

    /**
     * 3rdParty starts with a digit.
     */
    @JsonProperty("3rdParty")
    private Boolean _3rdParty;

    @JsonPropertyDescription("Schedule in cron syntax, for example <code>0 3 * * *</code>.")
    private String schedule;

    /**
     * Retention is a count or a percentage.
     */
    private IntOrString retention;

    /**
     * Mode of the copy.
     */
    @Default("full")
    private Mode mode;

    /**
     * Targets receive the copy.
     */
    @ListMapKeys("name")
    private List<Target> targets;

    /**
     * Tags are copied to the stored copy.
     */
    private Map<String, @Size(max = 63) String> tags;

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getClass_() {
        return class_;
    }

    public void setClass_(String class_) {
        this.class_ = class_;
    }

    public String getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(String maxAge) {
        this.maxAge = maxAge;
    }

    public Boolean get_3rdParty() {
        return _3rdParty;
    }

    public void set_3rdParty(Boolean _3rdParty) {
        this._3rdParty = _3rdParty;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public IntOrString getRetention() {
        return retention;
    }

    public void setRetention(IntOrString retention) {
        this.retention = retention;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public void setTargets(List<Target> targets) {
        this.targets = targets;
    }

    public Map<String, @Size(max = 63) String> getTags() {
        return tags;
    }

    public void setTags(Map<String, @Size(max = 63) String> tags) {
        this.tags = tags;
    }
}
