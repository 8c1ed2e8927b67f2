package com.example.backup.api.storage.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Mode {
    full,
    incremental,
    @JsonProperty("copy-on-write")
    copy_on_write
}
