package dev.opboot.scaffold.webhook;

import static dev.opboot.scaffold.RequestChecks.required;

import dev.opboot.core.BadInputException;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import dev.opboot.scaffold.project.ProjectWebhooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checked request for webhooks of one API version the project owns. Built only through {@link
 * #of}, which refuses a kind PROJECT does not hold, another project's kind, a request for no
 * webhook, and a webhook the version already has (unless {@code --force} asks to scaffold its files
 * again).
 *
 * @param resource the API version as PROJECT records it before this request
 * @param defaulting whether a defaulting webhook is added
 * @param validation whether a validating webhook is added
 * @param force whether the webhook's own files may be replaced (each saved first)
 */
public record WebhookRequest(
    ProjectResource resource, boolean defaulting, boolean validation, boolean force) {

  /** The PROJECT entry once the webhooks are added. */
  public ProjectResource updated() {
    return resource.withWebhooks(resource.webhooks().adding(defaulting, validation));
  }

  /** Whether the version already had a defaulting or validating webhook, so its class exists. */
  public boolean classExisted() {
    return resource.webhooks().defaulting() || resource.webhooks().validation();
  }

  /**
   * Checks the flags against the project.
   *
   * @param group the group's short name, or the full API group
   * @throws BadInputException naming the flag at fault; nothing has been written
   */
  public static WebhookRequest of(
      Project project,
      String group,
      String version,
      String kind,
      boolean defaulting,
      boolean validation,
      boolean force)
      throws BadInputException {
    required("--group", group, "for example --group webapp");
    required("--version", version, "for example --version v1");
    required("--kind", kind, "for example --kind Guestbook");
    if (!defaulting && !validation) {
      throw new BadInputException(
          "--defaulting",
          "no webhook type chosen: pass --defaulting (a webhook that fills in defaults),"
              + " --programmatic-validation (one that accepts or refuses objects), or both.");
    }
    Optional<ProjectResource> found =
        project.resources().stream()
            .filter(
                r ->
                    (r.group().equals(group) || r.apiGroup().equals(group))
                        && r.version().equals(version)
                        && r.kind().equals(kind))
            .findFirst();
    if (found.isEmpty()) {
      List<String> known = new ArrayList<>();
      for (ProjectResource r : project.resources()) {
        if (!r.external()) {
          known.add("--group " + r.group() + " --version " + r.version() + " --kind " + r.kind());
        }
      }
      throw new BadInputException(
          "--kind",
          "--group "
              + group
              + " --version "
              + version
              + " --kind "
              + kind
              + " is not an API in PROJECT, and a webhook serves an API of this project. "
              + (known.isEmpty()
                  ? "PROJECT has none yet: create it first with 'op-boot create api --group "
                      + group
                      + " --version "
                      + version
                      + " --kind "
                      + kind
                      + "'."
                  : "Create it first with 'op-boot create api', or use one PROJECT has: "
                      + String.join("; ", known)
                      + "."));
    }
    ProjectResource resource = found.get();
    if (resource.external()) {
      throw new BadInputException(
          "--kind",
          "--kind "
              + kind
              + " ("
              + resource.apiGroup()
              + "/"
              + version
              + ") is another project's API, imported with --external: its owner serves its"
              + " webhooks. A webhook serves an API this project owns; choose one of those.");
    }
    ProjectWebhooks has = resource.webhooks();
    List<String> present = new ArrayList<>();
    if (defaulting && has.defaulting()) {
      present.add("--defaulting");
    }
    if (validation && has.validation()) {
      present.add("--programmatic-validation");
    }
    if (!present.isEmpty() && !force) {
      throw new BadInputException(
          present.get(0),
          resource.apiGroup()
              + "/"
              + version
              + " "
              + kind
              + " already has the webhook of "
              + String.join(" and ", present)
              + " (PROJECT records it): nothing was changed. Drop "
              + String.join(" and ", present)
              + ", or pass --force to scaffold the webhook's files again (each replaced file is"
              + " saved first).");
    }
    return new WebhookRequest(resource, defaulting, validation, force);
  }
}
