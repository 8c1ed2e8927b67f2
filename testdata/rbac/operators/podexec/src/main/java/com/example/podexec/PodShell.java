package com.example.podexec;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a command in a pod's first container, as {@code kubectl exec} does. */
public class PodShell {
  private final KubernetesClient client;

  public PodShell(KubernetesClient client) {
    this.client = client;
  }

  /** What the command printed, or why it could not run. */
  public String run(String namespace, String pod, String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExecWatch watch =
        client.pods().inNamespace(namespace).withName(pod).writingOutput(out).exec("sh", "-c", command)) {
      watch.exitCode().get(10, TimeUnit.SECONDS);
      return out.toString(StandardCharsets.UTF_8);
    } catch (KubernetesClientException e) {
      return "failed (" + e.getCode() + "): " + e.getMessage();
    } catch (ExecutionException | TimeoutException e) {
      return "failed: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
