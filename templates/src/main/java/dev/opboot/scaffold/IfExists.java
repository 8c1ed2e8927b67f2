package dev.opboot.scaffold;

/** What a template does when its file is already on disk. */
public enum IfExists {
  /** Keep the file: it is shared, or the user may have edited it. */
  SKIP,
  /** Stop the whole scaffold: writing would lose the user's file (the CLI offers --force). */
  ERROR,
  /** Replace the file silently: it is op-boot's own record (the PROJECT file). */
  OVERWRITE,
  /**
   * Replace the file the user may have edited, because they asked with --force: its content is
   * first saved in the run's {@link Backups} folder, and the command shows the diff. A file that
   * already holds exactly the new content is left alone and reported unchanged.
   */
  REPLACE
}
