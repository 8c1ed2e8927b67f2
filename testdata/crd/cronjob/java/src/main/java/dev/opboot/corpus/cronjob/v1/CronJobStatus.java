package dev.opboot.corpus.cronjob.v1;

import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.OffsetDateTime;
import java.util.List;

/** CronJobStatus defines the observed state of CronJob */
public class CronJobStatus {
  /** A list of pointers to currently running jobs. */
  private List<ObjectReference> active;

  /** Information when was the last time the job was successfully scheduled. */
  private OffsetDateTime lastScheduleTime;

  public List<ObjectReference> getActive() {
    return active;
  }

  public void setActive(List<ObjectReference> active) {
    this.active = active;
  }

  public OffsetDateTime getLastScheduleTime() {
    return lastScheduleTime;
  }

  public void setLastScheduleTime(OffsetDateTime lastScheduleTime) {
    this.lastScheduleTime = lastScheduleTime;
  }
}
