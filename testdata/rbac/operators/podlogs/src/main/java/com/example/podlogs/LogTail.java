package com.example.podlogs;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** LogTail keeps the last lines a pod logged in its status. */
@Group("logs.example.com")
@Version("v1")
public class LogTail extends CustomResource<LogTail.Spec, LogTail.Status> implements Namespaced {
  public static class Spec {
    public String pod;
    public int lines = 10;
  }

  public static class Status {
    public String tail;
    public String error;
  }
}
