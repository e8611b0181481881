package io.github.iconikopentext.opentext.internal;

import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.ErrorBodyFormat;
import io.github.iconikopentext.core.http.internal.ErrorBodyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenText services' error bodies beyond the conventional ones: the API gateway's {@code {"fault":
 * {"faultstring", "detail": {"errorcode"}}}} and OTDS's {@code {"status": 1034, "error": "…"}}, whose numeric status
 * is the error code (a Spring body, which has a {@code path}, is not OTDS). Stateless. Not part of the API.
 */
public final class OpenTextErrorFormat implements ErrorBodyFormat {
  public static final OpenTextErrorFormat INSTANCE = new OpenTextErrorFormat();

  private OpenTextErrorFormat() {}

  @Override
  public ErrorDetails read(Map<?, ?> body) {
    List<String> messages = new ArrayList<>();
    String code = null;
    if (body.get("fault") instanceof Map<?, ?> fault) {
      String text = ErrorBodyParser.text(fault.get("faultstring"));
      if (text != null) {
        messages.add(text);
      }
      if (fault.get("detail") instanceof Map<?, ?> detail) {
        code = ErrorBodyParser.string(detail.get("errorcode"));
      }
    }
    if (code == null && body.get("error") instanceof String && body.containsKey("status")
        && !body.containsKey("path")) {
      code = ErrorBodyParser.string(body.get("status"));
    }
    return new ErrorDetails(messages, Map.of(), code, "");
  }
}
