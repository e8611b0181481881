import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API check: writes the public and protected signatures of a module's exported packages as text and
 * compares them with the dump checked in beside the module's pom ({@code api/<artifactId>.api}).
 *
 * <p>Run by the build (phase {@code process-classes}, see the parent pom) as a single-file source program, so it
 * needs no module of its own: {@code java ApiDump.java check|update <classesDir> <dumpFile> <classpath>}.
 * API packages are the module descriptor's unqualified exports; a module without a descriptor (an automatic
 * module) exports every package whose name has no {@code internal} segment.
 */
public final class ApiDump {

  private static final String UPDATE = "mvn -B -ntp -q process-classes -Dapi.mode=update";

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !(args[0].equals("check") || args[0].equals("update"))) {
      System.err.println("usage: java ApiDump.java check|update <classesDir> <dumpFile> <classpath>");
      System.exit(2);
    }
    Path classes = Path.of(args[1]);
    Path dumpFile = Path.of(args[2]);
    if (!Files.isDirectory(classes)) {
      return;
    }
    String dump = dump(classes, args[3]);
    if (args[0].equals("update")) {
      Files.createDirectories(dumpFile.toAbsolutePath().getParent());
      Files.writeString(dumpFile, dump, StandardCharsets.UTF_8);
      System.out.println("[api] wrote " + dumpFile);
      return;
    }
    if (!Files.exists(dumpFile)) {
      fail(dumpFile, "no API dump at " + dumpFile, List.of());
    }
    String expected = Files.readString(dumpFile, StandardCharsets.UTF_8);
    if (!expected.equals(dump)) {
      fail(dumpFile, "the public API differs from " + dumpFile, diff(expected, dump));
    }
  }

  private static void fail(Path dumpFile, String what, List<String> diff) {
    System.err.println("[api] " + what + ":");
    diff.stream().limit(200).forEach(line -> System.err.println("[api]   " + line));
    System.err.println("[api] A public signature changed. If the change is intended, review it and update the dump"
        + " (from the repository root): " + UPDATE + " ; then commit " + dumpFile.getFileName() + ".");
    System.exit(1);
  }

  /** Lines only in the dump ({@code -}) and only in the classes ({@code +}), in dump order. */
  private static List<String> diff(String expected, String actual) {
    List<String> before = expected.lines().collect(Collectors.toList());
    List<String> after = actual.lines().collect(Collectors.toList());
    Set<String> beforeSet = Set.copyOf(before);
    Set<String> afterSet = Set.copyOf(after);
    List<String> out = new ArrayList<>();
    String owner = "";
    for (String line : before) {
      owner = line.startsWith(" ") ? owner : line;
      if (!afterSet.contains(line)) {
        out.add("- " + (line.startsWith(" ") ? owner + " :: " + line.strip() : line));
      }
    }
    owner = "";
    for (String line : after) {
      owner = line.startsWith(" ") ? owner : line;
      if (!beforeSet.contains(line)) {
        out.add("+ " + (line.startsWith(" ") ? owner + " :: " + line.strip() : line));
      }
    }
    return out;
  }

  static String dump(Path classes, String classpath) throws IOException, ClassNotFoundException {
    Set<String> exported = exportedPackages(classes);
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(toUrl(Path.of(entry)));
      }
    }
    StringBuilder out = new StringBuilder();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
         Stream<Path> files = Files.walk(classes)) {
      List<String> names = files
          .map(path -> classes.relativize(path).toString().replace(java.io.File.separatorChar, '/'))
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
              && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .filter(name -> exported.contains(packageOf(name)))
          .sorted()
          .collect(Collectors.toList());
      for (String name : names) {
        Class<?> type = Class.forName(name, false, loader);
        if (visible(type)) {
          out.append(describe(type)).append('\n');
          for (String member : members(type)) {
            out.append("  ").append(member).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static URL toUrl(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }

  private static Set<String> exportedPackages(Path classes) throws IOException {
    Path descriptor = classes.resolve("module-info.class");
    if (Files.exists(descriptor)) {
      try (InputStream in = Files.newInputStream(descriptor)) {
        return ModuleDescriptor.read(in).exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
      }
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(path -> path.toString().endsWith(".class"))
          .map(path -> classes.relativize(path.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .filter(pkg -> !Arrays.asList(pkg.split("\\.")).contains("internal"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** Public or protected, and so are all its enclosing classes; no anonymous, local or synthetic class. */
  private static boolean visible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass() || !exposed(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    StringBuilder line = new StringBuilder();
    int modifiers = type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.SYNCHRONIZED;
    if (type.isInterface() || type.isRecord() || type.isEnum()) {
      modifiers &= ~Modifier.ABSTRACT & ~Modifier.FINAL & ~Modifier.STATIC;
    }
    String text = Modifier.toString(modifiers);
    line.append(text).append(text.isEmpty() ? "" : " ");
    if (type.isSealed()) {
      line.append("sealed ");
    }
    line.append(type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isRecord() ? "record" : type.isEnum() ? "enum" : "class");
    line.append(' ').append(type.getTypeName());
    if (type.getTypeParameters().length > 0) {
      line.append(Arrays.stream(type.getTypeParameters()).map(ApiDump::typeVariable)
          .collect(Collectors.joining(", ", "<", ">")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(Type::getTypeName).sorted().collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getTypeName)
          .sorted().collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String typeVariable(java.lang.reflect.TypeVariable<?> variable) {
    List<String> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class)
        .map(Type::getTypeName).collect(Collectors.toList());
    return bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds);
  }

  private static Set<String> members(Class<?> type) {
    Set<String> members = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (shown(field)) {
        members.add(field.toGenericString());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (shown(constructor) && !type.isEnum()) {
        members.add(constructor.toGenericString());
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (shown(method) && !method.isBridge()) {
        members.add(method.toGenericString());
      }
    }
    return members;
  }

  private static boolean shown(Member member) {
    return !member.isSynthetic() && exposed(member.getModifiers());
  }
}
