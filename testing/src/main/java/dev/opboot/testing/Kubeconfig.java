package dev.opboot.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * The admin user's kubeconfig file. Everything is inline (server, CA data, token) so that {@code
 * kubectl --kubeconfig} and other clients, in this JVM or another process, need no other file; and
 * it is readable by its owner only, since it holds the token.
 */
final class Kubeconfig {

  private Kubeconfig() {}

  /** Writes {@code file} for {@code user} with {@code token} at {@code server}. */
  static Path write(Path file, URI server, byte[] caPem, String user, String token)
      throws IOException {
    Files.writeString(file, yaml(server, caPem, user, token));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  private static String yaml(URI server, byte[] caPem, String user, String token) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: envtest\n"
        + "  cluster:\n"
        + "    server: "
        + server
        + "\n"
        + "    certificate-authority-data: "
        + Base64.getEncoder().encodeToString(caPem)
        + "\n"
        + "users:\n"
        + "- name: "
        + user
        + "\n"
        + "  user:\n"
        + "    token: "
        + token
        + "\n"
        + "contexts:\n"
        + "- name: envtest\n"
        + "  context:\n"
        + "    cluster: envtest\n"
        + "    user: "
        + user
        + "\n"
        + "    namespace: default\n"
        + "current-context: envtest\n";
  }
}
