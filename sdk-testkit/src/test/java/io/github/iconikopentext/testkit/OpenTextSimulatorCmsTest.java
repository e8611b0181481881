package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.http.Sleeper;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.AttributeDefinition;
import io.github.iconikopentext.opentext.cms.AttributeType;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.FullTextQuery;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.CmsService;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.OpenTextTestClients.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenTextSimulatorCmsTest {
  private static final String TYPE = "ot_asset";

  private OpenTextSimulator simulator;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CmsService cms;

  @BeforeEach
  void setUp() {
    simulator = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
    cms = OpenTextTestClients.client(simulator, ManualClock.startingNow(), sleeper).cmsRateLimit(null).build().cms();
  }

  @AfterEach
  void tearDown() {
    simulator.close();
  }

  @Test
  void createPatchTraitsGet_roundTripsPropertiesAndTraits() {
    CmsInstance created = cms.create(Category.FILE, TYPE, InstanceRequest.builder("clip.mp4")
        .property("title", "Clip").property("duration_ms", 12_500L).property("ratio", 1.78)
        .trait("iconik_view", "Default", Map.of("reviewed", false, "rating", 3))
        .build());

    cms.patch(created.ref(), InstancePatch.builder()
        .property("title", "Clip (final)")
        .trait("iconik_view", "Default", Map.of("reviewed", true, "rating", 5))
        .trait("iconik_view", "Legal", Map.of("cleared", true))
        .build());
    CmsInstance read = cms.get(created.ref());

    assertThat(read.properties()).containsEntry("title", "Clip (final)").containsEntry("duration_ms", 12_500L)
        .containsEntry("ratio", 1.78);
    assertThat(read.trait("iconik_view", "Default")).contains(Map.of("reviewed", true, "rating", 5L));
    assertThat(read.trait("iconik_view", "Legal")).contains(Map.of("cleared", true));
    assertThat(read.category()).isEqualTo(Category.FILE);
    assertThat(read.createTime()).isNotNull();
  }

  @Test
  void a429FromCms_isRetriedAfterBackoff_withAndWithoutRetryAfter() {
    InstanceRef ref = cms.create(Category.OBJECT, TYPE, InstanceRequest.builder("x").build()).ref();
    String path = "/cms/instances/object/" + TYPE + "/" + ref.id();
    simulator.injectFault(path, OpenTextFault.tooManyRequests(), 1);
    assertThat(cms.get(ref).id()).isEqualTo(ref.id());
    simulator.injectFault(path, OpenTextFault.tooManyRequests(Duration.ofSeconds(2)), 1);
    assertThat(cms.get(ref).id()).isEqualTo(ref.id());

    assertThat(simulator.requestCount("GET", path)).isEqualTo(4);
    assertThat(sleeper.waits).containsSubsequence(Duration.ofMillis(250), Duration.ofSeconds(2));
  }

  @Test
  void theSimulatorsRateLimit_isKeptByTheClientsDefaultLimit() {
    try (OpenTextSimulator limited = OpenTextSimulator.start()) {
      CmsService limitedCms = OpenTextTestClients.client(limited, Clock.systemUTC(), Sleeper.SYSTEM).build().cms();
      InstanceRef ref = limitedCms.create(Category.OBJECT, TYPE, InstanceRequest.builder("x").build()).ref();
      for (int i = 0; i < 11; i++) {
        assertThat(limitedCms.get(ref).id()).isEqualTo(ref.id());
      }
    }
  }

  @Test
  void injectedFaults_resetAnd503AreRetried_malformedJsonIsReported() {
    InstanceRef ref = cms.create(Category.OBJECT, TYPE, InstanceRequest.builder("x").build()).ref();
    String path = "/cms/instances/object/" + TYPE + "/" + ref.id();

    simulator.injectFault(path, OpenTextFault.connectionReset(), 1);
    assertThat(cms.get(ref).id()).isEqualTo(ref.id());
    simulator.injectFault(path, OpenTextFault.status(503), 2);
    assertThat(cms.get(ref).id()).isEqualTo(ref.id());
    simulator.injectFault(path, OpenTextFault.slow(Duration.ofMillis(50)), 1);
    assertThat(cms.get(ref).id()).isEqualTo(ref.id());
    simulator.injectFault(path, OpenTextFault.malformedJson(), 1);
    assertThatThrownBy(() -> cms.get(ref)).isInstanceOf(InvalidResponseException.class);

    assertThat(simulator.requestCount("GET", path)).isEqualTo(2 + 3 + 1 + 1);
  }

  @Test
  void listFiltersSortsAndPages_andFolderItemsAndFullTextFindInstances() {
    String folder = cms.create(Category.FOLDER, "ot_folder", InstanceRequest.builder("Media").build()).id();
    for (String name : List.of("b", "a", "c", "a")) {
      cms.create(Category.FILE, TYPE, InstanceRequest.builder(name).parentFolderId(folder)
          .property("title", "title " + name).build());
    }

    List<CmsInstance> named = cms.list(Category.FILE, TYPE,
        InstanceQuery.filter("name eq 'a' and parent_folder_id eq '" + folder + "'").withItemsPerPage(1))
        .stream().toList();
    List<String> sorted = cms.list(Category.FILE, TYPE, InstanceQuery.all().withSortBy("name desc")
        .withItemsPerPage(3)).stream().map(CmsInstance::name).toList();

    assertThat(named).hasSize(2).allSatisfy(i -> assertThat(i.name()).isEqualTo("a"));
    assertThat(sorted).containsExactly("c", "b", "a", "a");
    assertThat(cms.list(Category.FILE, TYPE, InstanceQuery.all()).pages().iterator().next().total()).isEqualTo(4L);
    assertThat(cms.folderItems("ot_folder", folder, InstanceQuery.all())).hasSize(4);
    assertThat(cms.fullTextSearch(FullTextQuery.of("title c"))).extracting(CmsInstance::name).containsExactly("c");
  }

  @Test
  void moveDeleteAndDefinitions() {
    simulator.seedTypeDefinition(new TypeDefinition(TYPE, "ot", "Asset", null, Category.FILE, null,
        List.of(new AttributeDefinition("title", AttributeType.STRING, "Title", null, true, false, 255))));
    InstanceRef ref = cms.create(Category.FILE, TYPE, InstanceRequest.builder("x").build()).ref();

    assertThat(cms.move(ref, "folder-2").parentFolderId()).isEqualTo("folder-2");
    assertThat(cms.typeDefinition(TYPE).category()).isEqualTo(Category.FILE);
    assertThat(cms.typeAttributes(TYPE)).extracting(AttributeDefinition::dataType)
        .containsExactly(AttributeType.STRING);
    cms.delete(ref);
    assertThatThrownBy(() -> cms.get(ref)).isInstanceOf(NotFoundException.class);
  }
}
