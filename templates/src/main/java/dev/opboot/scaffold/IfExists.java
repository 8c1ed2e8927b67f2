package dev.opboot.scaffold;

/** What a template does when its file is already on disk. */
public enum IfExists {
  /** Keep the file: it is shared, or the user may have edited it. */
  SKIP,
  /**
   * Create the file only where a project lacks it (one made by an earlier op-boot); where it exists
   * it is the project's since {@code init}, and the run does not mention it, as it is no news.
   */
  ENSURE,
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
