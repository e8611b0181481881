package io.github.iconikopentext.integration.mapping.internal;

/** JSON paths for spec problems: {@code $.fields[2].enum.to_opentext.values['N/A']}. */
final class Paths {
  private Paths() {}

  static String member(String parent, String name) {
    return isIdentifier(name) ? parent + '.' + name : parent + "['" + name.replace("'", "\\'") + "']";
  }

  static String index(String parent, int index) {
    return parent + '[' + index + ']';
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
