package io.github.iconikopentext.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine the report is generated on, which is the machine the benchmarks ran on. Immutable.
 *
 * @param cores the processors available to the JVM
 * @param cpu the CPU model and clock, from {@code /proc/cpuinfo}
 * @param memory the total memory, from {@code /proc/meminfo}
 * @param os the operating system and architecture
 */
record Machine(int cores, String cpu, String memory, String os) {

  static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), readCpu(), readMemory(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }

  /** The type of the file system holding {@code java.io.tmpdir}, e.g. {@code ext4}, where the audit logs go. */
  static String fileSystemOfTemp() {
    try {
      return Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).type();
    } catch (IOException | SecurityException e) {
      return "unknown";
    }
  }

  private static String readCpu() {
    List<String> lines = lines(Path.of("/proc/cpuinfo"));
    String model = field(lines, "model name");
    String mhz = field(lines, "cpu MHz");
    if (model == null) {
      return System.getProperty("os.arch") + " (model unknown)";
    }
    return mhz == null ? model : model + " @ " + String.format(Locale.ROOT, "%.0f MHz", Double.parseDouble(mhz));
  }

  private static String readMemory() {
    String total = field(lines(Path.of("/proc/meminfo")), "MemTotal");
    if (total == null) {
      return "unknown";
    }
    long kib = Long.parseLong(total.replace("kB", "").trim());
    return Format.fixed(kib / (1024.0 * 1024.0), 1) + " GiB";
  }

  private static String field(List<String> lines, String name) {
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }
}
