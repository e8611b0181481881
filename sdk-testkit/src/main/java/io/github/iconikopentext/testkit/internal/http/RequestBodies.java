package io.github.iconikopentext.testkit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;

/** What the simulators' streaming filters do with request bodies they do not keep. Not part of the API. */
public final class RequestBodies {
  private RequestBodies() {}

  /** Reads the body to its end, so that the connection can answer and be reused. */
  public static void drain(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
