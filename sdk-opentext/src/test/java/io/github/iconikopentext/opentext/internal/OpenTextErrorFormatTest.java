package io.github.iconikopentext.opentext.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.internal.ErrorBodyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenTextErrorFormatTest {

  private static ErrorDetails parse(String body) {
    return ErrorBodyParser.parse(body, List.of(), OpenTextErrorFormat.INSTANCE);
  }

  @Test
  void gatewayFault_givesMessageAndErrorCode() {
    ErrorDetails d = parse(
        "{\"fault\": {\"faultstring\": \"Invalid ApiKey\", \"detail\": {\"errorcode\": \"oauth.v2.InvalidApiKey\"}}}");

    assertThat(d.messages()).containsExactly("Invalid ApiKey");
    assertThat(d.errorCode()).isEqualTo("oauth.v2.InvalidApiKey");
  }

  @Test
  void otdsStatus_isTheErrorCode() {
    ErrorDetails d = parse("{\"status\": 1034, \"error\": \"Expired OTDS SSO ticket\", \"errorDetails\": null}");

    assertThat(d.messages()).containsExactly("Expired OTDS SSO ticket");
    assertThat(d.errorCode()).isEqualTo("1034");
  }

  @Test
  void springBody_withAPath_isNotTakenForOtds() {
    ErrorDetails d = parse("{\"status\": 409, \"error\": \"Conflict\", \"message\": \"exists\", \"path\": \"/x\"}");

    assertThat(d.errorCode()).isNull();
  }

  @Test
  void oauthCode_winsOverOtdsStatus() {
    ErrorDetails d = parse("{\"status\": 401, \"error\": \"invalid_client\", \"error_description\": \"nope\"}");

    assertThat(d.errorCode()).isEqualTo("invalid_client");
  }
}
