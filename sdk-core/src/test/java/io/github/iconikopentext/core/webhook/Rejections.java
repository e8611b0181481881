package io.github.iconikopentext.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a verification fails for a given reason. */
final class Rejections {
  private Rejections() {}

  static WebhookVerificationException assertRejected(ThrowingCallable call, Reason reason) {
    WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class, call);
    assertThat(e).as("expected a rejection with reason %s", reason).isNotNull();
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    return e;
  }
}
