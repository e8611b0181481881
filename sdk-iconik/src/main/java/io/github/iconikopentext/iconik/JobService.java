package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.http.Sleeper;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.JobsApi;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobFilter;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStep;
import io.github.iconikopentext.iconik.model.JobPatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * iconik jobs: create, read, list with filters, update status and progress, update steps, and wait for a job to
 * finish. Progress is written as processed/total units ({@code progress_processed}, {@code progress_total}); iconik
 * computes the percentage. Obtain it from {@link IconikClient#jobs()}. Every method may throw the SDK's
 * {@link SdkException} subclasses. Thread-safe.
 */
public final class JobService {
  /** How often {@link #awaitTerminal(String, Duration)} polls. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  private final JobsApi api;
  private final RawTransport transport;
  private final Sleeper sleeper;
  private final Clock clock;

  JobService(JobsApi api, RawTransport transport, Sleeper sleeper, Clock clock) {
    this.api = api;
    this.transport = transport;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** Jobs matching {@code filter}, lazily paged (at most 100 per page). */
  public PagedIterable<Job> list(JobFilter filter) {
    Objects.requireNonNull(filter, "filter == null");
    return transport.linked(() -> api.list(filter.asQuery()), Job.class);
  }

  public Job get(String jobId) {
    return Responses.present(api.get(Args.requireText(jobId, "jobId")), "job " + jobId);
  }

  public Job create(JobRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.create(input), "the created job");
  }

  /** Applies the fields set in {@code update} (PATCH). */
  public Job update(String jobId, JobPatch update) {
    Objects.requireNonNull(update, "update == null");
    return Responses.present(api.update(Args.requireText(jobId, "jobId"), update), "job " + jobId);
  }

  /** Reports progress: {@code processed} of {@code total} units. */
  public Job updateProgress(String jobId, long processed, long total) {
    return update(jobId, JobPatch.progress(processed, total));
  }

  public void delete(String jobId) {
    api.delete(Args.requireText(jobId, "jobId"));
  }

  /** Writes several steps at once; each needs an id, a label and a status. */
  public Job updateSteps(String jobId, List<JobStep> steps) {
    Objects.requireNonNull(steps, "steps == null");
    for (JobStep step : steps) {
      Objects.requireNonNull(step, "a step is null");
      Args.requireText(step.id(), "step id");
    }
    return Responses.present(api.updateSteps(Args.requireText(jobId, "jobId"), Map.of("steps", List.copyOf(steps))),
        "job " + jobId);
  }

  /** Writes one step. */
  public Job updateStep(String jobId, JobStep step) {
    Objects.requireNonNull(step, "step == null");
    return Responses.present(api.updateStep(Args.requireText(jobId, "jobId"), Args.requireText(step.id(), "step id"), step),
        "job " + jobId);
  }

  /** Polls the job every {@link #DEFAULT_POLL_INTERVAL} until it is terminal; see the three-argument form. */
  public Job awaitTerminal(String jobId, Duration timeout) {
    return awaitTerminal(jobId, timeout, DEFAULT_POLL_INTERVAL);
  }

  /**
   * Polls the job until it reaches a terminal status (FINISHED, FINISHED_WITH_WARNING, FAILED, ABORTED, SKIPPED)
   * and returns it — a FAILED job is returned, not thrown. Waits with the client's {@code Sleeper} and measures
   * with its {@code Clock} ({@link io.github.iconikopentext.core.http.HttpOptions}).
   *
   * @throws JobWaitTimeoutException if the job is still running after {@code timeout}
   */
  public Job awaitTerminal(String jobId, Duration timeout, Duration pollInterval) {
    Args.requireText(jobId, "jobId");
    requirePositive(timeout, "timeout");
    requirePositive(pollInterval, "pollInterval");
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      Job job = get(jobId);
      if (job.isTerminal()) {
        return job;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new JobWaitTimeoutException(job, timeout);
      }
      sleep(left.compareTo(pollInterval) < 0 ? left : pollInterval, jobId);
    }
  }

  private void sleep(Duration duration, String jobId) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SdkException("interrupted while waiting for job " + jobId, e);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
