package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobFilter;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobStep;
import io.github.iconikopentext.iconik.model.JobStepStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.spec.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobServiceTest {
  private static final String JOB_ID = "f5555555-5555-4555-8555-555555555555";
  private static final String JOB_PATH = "/API/jobs/v1/jobs/" + JOB_ID + "/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A clock that moves only when the client sleeps. */
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-10-02T17:00:00Z"));
  private final IconikClient iconik = IconikClient.builder(TestClients.environment(wm.baseUrl()),
          StaticCredentialsProvider.of(TestClients.APP_ID, TestClients.TOKEN))
      .httpOptions(HttpOptions.builder()
          .sleeper(d -> now.updateAndGet(t -> t.plus(d)))
          .clock(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          })
          .build())
      .build();

  @Test
  void progressIsWrittenAsProcessedAndTotalNeverAsTheReadOnlyPercentage() {
    wm.stubFor(patch(JOB_PATH).willReturn(okJson(Fixtures.read("job.json"))));

    Job job = iconik.jobs().updateProgress(JOB_ID, 1, 4);

    assertThat(job.progress()).isEqualTo(25);
    wm.verify(patchRequestedFor(urlEqualTo(JOB_PATH))
        .withRequestBody(equalToJson("{\"progress_processed\": 1, \"progress_total\": 4}")));
    assertThatThrownBy(() -> iconik.jobs().updateProgress(JOB_ID, 5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createSendsTheRequiredTitleTypeAndStatus() {
    wm.stubFor(post("/API/jobs/v1/jobs/").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("job.json"))));

    iconik.jobs().create(JobRequest.builder("Transfer to OpenText", JobType.TRANSFER)
        .object("assets", "a1").progress(0, 4).metadata(Map.of("target", "opentext")).build());

    wm.verify(postRequestedFor(urlEqualTo("/API/jobs/v1/jobs/")).withRequestBody(equalToJson("""
        {"title": "Transfer to OpenText", "type": "TRANSFER", "status": "READY", "object_type": "assets",
         "object_id": "a1", "progress_processed": 0, "progress_total": 4, "metadata": {"target": "opentext"}}""")));
  }

  @Test
  void stepsAreWrittenInOneCall() {
    wm.stubFor(patch(JOB_PATH + "steps/").willReturn(okJson(Fixtures.read("job.json"))));

    iconik.jobs().updateSteps(JOB_ID, List.of(JobStep.of("s1", "Copy", JobStepStatus.DONE)));

    wm.verify(patchRequestedFor(urlEqualTo(JOB_PATH + "steps/")).withRequestBody(
        equalToJson("{\"steps\": [{\"id\": \"s1\", \"label\": \"Copy\", \"status\": \"DONE\"}]}")));
  }

  @Test
  void listsWithFiltersAndAtMostAHundredPerPage() {
    wm.stubFor(get(urlPathEqualTo("/API/jobs/v1/jobs/")).willReturn(okJson(Fixtures.read("jobs-page.json"))));

    List<Job> jobs = iconik.jobs().list(JobFilter.builder().type(JobType.TRANSFER).status(JobStatus.STARTED)
        .object("assets", "a1").perPage(100).build()).stream().toList();

    assertThat(jobs).singleElement().extracting(Job::status).isEqualTo(JobStatus.STARTED);
    wm.verify(getRequestedFor(urlPathEqualTo("/API/jobs/v1/jobs/")).withQueryParam("type", equalTo("TRANSFER"))
        .withQueryParam("status", equalTo("STARTED")).withQueryParam("object_id", equalTo("a1"))
        .withQueryParam("per_page", equalTo("100")));
    assertThatThrownBy(() -> JobFilter.builder().perPage(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..100");
  }

  @Test
  void awaitPollsUntilTheJobIsTerminal() {
    String started = Fixtures.read("job.json");
    String finished = started.replace("\"STARTED\"", "\"FINISHED\"");
    wm.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs("Started")
        .willReturn(okJson(started)).willSetStateTo("second"));
    wm.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs("second")
        .willReturn(okJson(started)).willSetStateTo("done"));
    wm.stubFor(get(JOB_PATH).inScenario("job").whenScenarioStateIs("done").willReturn(okJson(finished)));

    Job job = iconik.jobs().awaitTerminal(JOB_ID, Duration.ofMinutes(1), Duration.ofSeconds(5));

    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(now.get()).isEqualTo(Instant.parse("2024-10-02T17:00:10Z"));
    wm.verify(3, getRequestedFor(urlEqualTo(JOB_PATH)));
  }

  @Test
  void awaitGivesUpAfterTheTimeoutWithTheLastState() {
    wm.stubFor(get(JOB_PATH).willReturn(okJson(Fixtures.read("job.json"))));

    assertThatThrownBy(() -> iconik.jobs().awaitTerminal(JOB_ID, Duration.ofSeconds(30), Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(JobWaitTimeoutException.class, e -> {
          assertThat(e.lastSeen().status()).isEqualTo(JobStatus.STARTED);
          assertThat(e.getMessage()).contains(JOB_ID).contains("STARTED").contains("PT30S");
        });
    assertThat(now.get()).isEqualTo(Instant.parse("2024-10-02T17:00:30Z"));
  }
}
