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
 * webhook, a webhook the version already has (unless {@code --force} asks to scaffold its files
 * again), and a conversion webhook whose hub or spokes do not fit the kind's versions.
 *
 * @param resource the API version as PROJECT records it before this request
 * @param defaulting whether a defaulting webhook is added
 * @param validation whether a validating webhook is added
 * @param conversion whether a conversion webhook is added, with this version as its hub
 * @param spokes the versions the hub converts to and from ({@code --spoke}), for {@code conversion}
 * @param force whether the webhook's own files may be replaced (each saved first)
 */
public record WebhookRequest(
    ProjectResource resource,
    boolean defaulting,
    boolean validation,
    boolean conversion,
    List<String> spokes,
    boolean force) {

  public WebhookRequest {
    spokes = List.copyOf(spokes);
  }

  /** The PROJECT entry once the webhooks are added. */
  public ProjectResource updated() {
    ProjectWebhooks added = resource.webhooks().adding(defaulting, validation);
    return resource.withWebhooks(conversion ? added.addingConversion(spokes) : added);
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
    return of(project, group, version, kind, defaulting, validation, false, List.of(), force);
  }

  /**
   * Checks the flags against the project, a conversion webhook's too.
   *
   * @param group the group's short name, or the full API group
   * @param spokes the versions given to {@code --spoke} (empty without it)
   * @throws BadInputException naming the flag at fault; nothing has been written
   */
  public static WebhookRequest of(
      Project project,
      String group,
      String version,
      String kind,
      boolean defaulting,
      boolean validation,
      boolean conversion,
      List<String> spokes,
      boolean force)
      throws BadInputException {
    required("--group", group, "for example --group webapp");
    required("--version", version, "for example --version v1");
    required("--kind", kind, "for example --kind Guestbook");
    if (!defaulting && !validation && !conversion) {
      throw new BadInputException(
          "--defaulting",
          "no webhook type chosen: pass --defaulting (a webhook that fills in defaults),"
              + " --programmatic-validation (one that accepts or refuses objects), --conversion"
              + " --spoke V2 (one that converts between the kind's versions), or several.");
    }
    if (!spokes.isEmpty() && !conversion) {
      throw new BadInputException(
          "--spoke",
          "--spoke names the versions a conversion webhook converts: add --conversion, or drop"
              + " --spoke.");
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
    if (conversion && has.conversion()) {
      present.add("--conversion");
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
    if (conversion) {
      ConversionChecks.check(project, resource, spokes);
    }
    return new WebhookRequest(resource, defaulting, validation, conversion, spokes, force);
  }
}
