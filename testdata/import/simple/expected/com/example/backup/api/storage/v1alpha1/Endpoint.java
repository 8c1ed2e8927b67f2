package com.example.backup.api.storage.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opboot.annotations.Format;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class Endpoint {
    @Format("uri")
    private String url;

    private Boolean insecure;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Boolean getInsecure() {
        return insecure;
    }

    public void setInsecure(Boolean insecure) {
        this.insecure = insecure;
    }
}
