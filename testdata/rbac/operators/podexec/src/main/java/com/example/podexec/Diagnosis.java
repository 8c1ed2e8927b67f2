package com.example.podexec;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/** Diagnosis runs a shell command in every pod of an app and keeps what each printed. */
@Group("diag.example.com")
@Version("v1")
public class Diagnosis extends CustomResource<Diagnosis.Spec, Diagnosis.Status> implements Namespaced {
  public static class Spec {
    /** The pods' {@code app} label. */
    public String app;
    /** The command, run with {@code sh -c}. */
    public String command;
  }

  public static class Status {
    /** One line per pod: its name and what the command printed, or why it could not run. */
    public java.util.List<String> results = new java.util.ArrayList<>();
  }
}
