package dev.opboot.corpus.cronjob.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ConcurrencyPolicy describes how the job will be handled.
 * Only one of the following concurrent policies may be specified.
 * If none of the following policies is specified, the default one
 * is AllowConcurrent.
 */
public enum ConcurrencyPolicy {
  /** AllowConcurrent allows CronJobs to run concurrently. */
  @JsonProperty("Allow")
  ALLOW,

  /**
   * ForbidConcurrent forbids concurrent runs, skipping next run if previous
   * hasn't finished yet.
   */
  @JsonProperty("Forbid")
  FORBID,

  /** ReplaceConcurrent cancels currently running job and replaces it with a new one. */
  @JsonProperty("Replace")
  REPLACE
}
