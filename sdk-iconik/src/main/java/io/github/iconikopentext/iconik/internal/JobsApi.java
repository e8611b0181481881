package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStep;
import io.github.iconikopentext.iconik.model.JobPatch;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * Jobs: iconik's jobs service ({@code jobs.json}). Updates carry absolute values (status, progress), so repeating
 * one is harmless and they are retried like PUTs. Not part of the API.
 */
public interface JobsApi {

  @GET("API/jobs/v1/jobs/")
  IconikList<Job> list(@QueryMap Map<String, String> query);

  @GET("API/jobs/v1/jobs/{job_id}/")
  Job get(@Path("job_id") String jobId);

  @POST("API/jobs/v1/jobs/")
  Job create(@Body JobRequest input);

  @Idempotent
  @PATCH("API/jobs/v1/jobs/{job_id}/")
  Job update(@Path("job_id") String jobId, @Body JobPatch update);

  @DELETE("API/jobs/v1/jobs/{job_id}/")
  Void delete(@Path("job_id") String jobId);

  /** Body: {@code {"steps": [...]}}. */
  @Idempotent
  @PATCH("API/jobs/v1/jobs/{job_id}/steps/")
  Job updateSteps(@Path("job_id") String jobId, @Body Map<String, Object> steps);

  @Idempotent
  @PATCH("API/jobs/v1/jobs/{job_id}/steps/{job_step_id}/")
  Job updateStep(@Path("job_id") String jobId, @Path("job_step_id") String stepId, @Body JobStep step);
}
