package dev.opboot.scaffold;

/** What a template does when its file is already on disk. */
public enum IfExists {
  /** Keep the file: it is shared, or the user may have edited it. */
  SKIP,
  /** Stop the whole scaffold: writing would lose the user's file (the CLI offers --force). */
  ERROR,
  /** Replace the file: it is op-boot's own, or the user asked for it with --force. */
  OVERWRITE
}
