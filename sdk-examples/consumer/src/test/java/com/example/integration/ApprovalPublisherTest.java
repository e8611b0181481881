package com.example.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.OpenTextFault;
import io.github.iconikopentext.testkit.junit.SimulatedIntegrationTest;
import io.github.iconikopentext.testkit.junit.SimulatorFaults;
import io.github.iconikopentext.testkit.junit.WebhookSender;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SimulatedIntegrationTest
class ApprovalPublisherTest {
  private static final String SECRET = "a-long-random-webhook-secret";

  private static ApprovalPublisher publisher;
  private static WebhookSender iconikWebhooks;

  @BeforeAll
  static void start(IconikClient iconik, OpenTextClient openText, WebhookSender webhooks) throws Exception {
    publisher = new ApprovalPublisher(iconik, openText, Secret.of(SECRET));
    iconikWebhooks = webhooks.withHeader("X-Iconik-Secret", SECRET);
  }

  @AfterAll
  static void stop() {
    publisher.close();
  }

  @Test
  void anApprovedAsset_isPublishedOnce_evenWhenIconikDeliversTwice(IconikSimulator iconik, OpenTextClient openText) {
    String assetId = iconik.seedAsset("Launch trailer");

    WebhookSender.Sent sent = iconikWebhooks.send(publisher.webhookUrl(), approved(assetId));
    WebhookSender.Sent again = iconikWebhooks.resend(sent);

    assertThat(sent.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(openText.cms().list(Category.OBJECT, "approved_asset",
        InstanceQuery.filter("properties.iconik_asset_id eq '" + assetId + "'")).stream())
        .singleElement().satisfies(instance -> assertThat(instance.name()).isEqualTo("Launch trailer"));
  }

  @Test
  void whenCmsFails_iconikIsToldToRetry_andTheRetrySucceeds(IconikSimulator iconik, SimulatorFaults faults) {
    String assetId = iconik.seedAsset("Teaser");
    faults.openText("/cms/instances/object/approved_asset", OpenTextFault.status(500), 1);

    WebhookSender.Sent failed = iconikWebhooks.send(publisher.webhookUrl(), approved(assetId));
    WebhookSender.Sent retried = iconikWebhooks.resend(failed);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(retried.status()).isEqualTo(200);
  }

  @Test
  void aDeliveryWithoutTheSecret_isRefused(IconikSimulator iconik, WebhookSender webhooks) {
    WebhookSender.Sent forged = webhooks.send(publisher.webhookUrl(), approved(iconik.seedAsset("Spoof")));

    assertThat(forged.status()).isEqualTo(401);
  }

  private static IconikWebhookEvent approved(String assetId) {
    return new IconikWebhookEvent("assets", "approvals", "update", assetId,
        Map.of("object_id", assetId, "status", "APPROVED"));
  }
}
