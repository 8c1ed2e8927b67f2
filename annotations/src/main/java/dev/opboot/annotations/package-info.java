/**
 * op-boot's own annotations: only the parts of controller-gen's marker catalogue that Jackson, Bean
 * Validation ({@code jakarta.validation}) and fabric8's annotations cannot express — schema
 * markers, {@link dev.opboot.annotations.RbacRule} for permissions the code cannot show, and {@link
 * dev.opboot.annotations.Webhook} for the admission webhooks the operator serves. They are read
 * from source by {@code op-boot generate crd}, {@code rbac} and {@code webhook} and have no effect
 * at run time, so the artifact belongs in {@code provided} scope.
 *
 * <p>Each annotation names the controller-gen marker it stands for, so Go users find their way, and
 * shows an example with the YAML it writes. README.md's table of op-boot's annotations lists them
 * all; a test runs every example there through {@code generate crd} and compares it with this
 * Javadoc.
 */
package dev.opboot.annotations;
