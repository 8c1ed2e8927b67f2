package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.cli.OpBoot;
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.WithKubeApiServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op-boot crd diff cluster NEW} on a real kube-apiserver: the CRD as the server holds it
 * (with the fields it adds: status, conversion, metadata) compares equal to the file it was
 * installed from, a breaking change to the file is reported, and the cluster's other CRDs are not
 * reported as removed.
 */
@WithKubeApiServer
class CrdDiffClusterTest {
  @TempDir Path dir;

  private static String crd(String spaceProperties) {
    return """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: spaces.compat.opboot.dev}
        spec:
          group: compat.opboot.dev
          names: {kind: Space, plural: spaces, singular: space, listKind: SpaceList}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            subresources: {status: {}}
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties: %s
        """
        .formatted(spaceProperties);
  }

  @Test
  void theInstalledCrdIsComparedWithTheFile(KubeApiServer server) throws Exception {
    String installed = crd("{size: {type: integer}, owner: {type: string}}");
    server.applyCrd(new ByteArrayInputStream(installed.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("same.yaml"), installed);
    Files.writeString(
        dir.resolve("next.yaml"),
        crd("{size: {type: integer, maximum: 10}, owner: {type: string}}"));
    String kubeconfig = server.kubeconfig().toString();

    StringWriter sameOut = new StringWriter();
    int same = diff(sameOut, "cluster", "same.yaml", "--kubeconfig", kubeconfig);
    StringWriter nextOut = new StringWriter();
    int next = diff(nextOut, "cluster", "next.yaml", "--kubeconfig", kubeconfig);

    assertThat(same).as(sameOut.toString()).isZero();
    assertThat(sameOut.toString()).isEqualTo("No changes.\n");
    assertThat(next).isEqualTo(1);
    assertThat(nextOut.toString())
        .isEqualTo(
            """
            breaking  spaces.compat.opboot.dev/v1 .spec.size
                      maximum-tightened: maximum none -> 10 (larger values, once valid, are refused)
            1 breaking, 0 warning, 0 safe.
            """);
  }

  private int diff(StringWriter out, String... args) {
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "crd";
    all[1] = "diff";
    System.arraycopy(args, 0, all, 2, args.length);
    int code = OpBoot.commandLine(dir, new PrintWriter(out), new PrintWriter(err)).execute(all);
    assertThat(err.toString()).as("stderr").isEmpty();
    return code;
  }
}
