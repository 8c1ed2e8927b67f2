package dev.opboot.testing;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the API server refused for want of a permission, read from the 403's message ({@code
 * ... cannot create resource "configmaps" in API group "" in the namespace "x"}), which is the
 * authorizer's own wording and the only place that names the missing rule.
 *
 * @param user the identity the server refused
 * @param verb the verb of the missing rule
 * @param resource the resource of the missing rule, {@code plural} or {@code plural/subresource}
 * @param group the API group of the missing rule ({@code ""} for the core group)
 * @param namespace the request's namespace, or empty for a cluster-wide request
 */
public record Forbidden(
    String user, String verb, String resource, String group, Optional<String> namespace) {

  private static final Pattern REFUSAL =
      Pattern.compile(
          "User \"([^\"]*)\" cannot (\\S+) resource \"([^\"]+)\" in API group \"([^\"]*)\""
              + "(?: in the namespace \"([^\"]*)\")?");

  /** The first 403 with a rule in {@code failure} or its causes. */
  public static Optional<Forbidden> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KubernetesClientException e && e.getCode() == 403) {
        Optional<Forbidden> parsed = parse(e.getMessage());
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    return Optional.empty();
  }

  /** Reads the authorizer's wording, empty when {@code message} has none. */
  public static Optional<Forbidden> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher m = REFUSAL.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new Forbidden(
            m.group(1), m.group(2), m.group(3), m.group(4), Optional.ofNullable(m.group(5))));
  }

  /**
   * What is missing and how to add it, e.g. {@code forbidden: create configmaps (API group "") in
   * namespace "x" ... add @RbacRule(groups = "", resources = "configmaps", verbs = "create") ...}.
   */
  public String describe() {
    return "forbidden: "
        + user
        + " may not "
        + verb
        + " "
        + resource
        + " (API group \""
        + group
        + "\")"
        + namespace.map(ns -> " in namespace \"" + ns + "\"").orElse(" cluster-wide")
        + ": the role (config/rbac/role.yaml) lacks the rule {apiGroups: [\""
        + group
        + "\"], resources: ["
        + resource
        + "], verbs: ["
        + verb
        + "]}; add @RbacRule(groups = \""
        + group
        + "\", resources = \""
        + resource
        + "\", verbs = \""
        + verb
        + "\") to the reconciler or let generate rbac see the call, then build again";
  }
}
