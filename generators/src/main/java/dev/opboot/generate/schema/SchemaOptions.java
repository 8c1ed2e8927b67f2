package dev.opboot.generate.schema;

/**
 * How generate crd writes what controller-gen would write differently, or what the user may want
 * smaller or looser; each is one of generate crd's options (CLI flag and Maven property).
 *
 * @param embeddedObjectMeta below the root, an {@code ObjectMeta} gets {@code name}, {@code
 *     namespace}, {@code labels}, {@code annotations} and {@code finalizers} (controller-gen's
 *     {@code crd:generateEmbeddedObjectMeta=true}); false gives controller-gen's default, a bare
 *     {@code type: object} that prunes them
 * @param relaxRequiredInTemplates Kubernetes types used as templates (pod templates, workload
 *     specs) below the root lose their {@code required} lists, as {@code @RelaxRequired} does for
 *     one property
 * @param dropBuiltinDescriptions the descriptions of Kubernetes' own types are left out, the
 *     project's own kept: a CRD holding pod templates shrinks to a fraction
 */
public record SchemaOptions(
    boolean embeddedObjectMeta, boolean relaxRequiredInTemplates, boolean dropBuiltinDescriptions) {
  /** op-boot's defaults: embedded ObjectMeta, templates strict, descriptions kept. */
  public static final SchemaOptions DEFAULTS = new SchemaOptions(true, false, false);

  /** controller-gen v0.17.3's defaults, for comparing with its output. */
  public static final SchemaOptions CONTROLLER_GEN = new SchemaOptions(false, false, false);
}
