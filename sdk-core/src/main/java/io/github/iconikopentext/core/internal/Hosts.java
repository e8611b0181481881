package io.github.iconikopentext.core.internal;

/** Host-name checks shared by the modules. Not part of the API. */
public final class Hosts {
  private Hosts() {}

  /**
   * Whether {@code host} is a loopback address, judged by its literal only: {@code localhost}, {@code 127.x.y.z},
   * {@code ::1}. Other names are never resolved, so {@code localhost.example.com} is not loopback.
   */
  public static boolean isLoopback(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost")
        || h.startsWith("127.") && h.chars().allMatch(c -> c == '.' || Character.isDigit(c))
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
