package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PagedIterable;
import java.util.function.Function;

/**
 * Prints a lazily paged list one item per line: the first page, or with {@code all} every page, showing on a
 * terminal how many were fetched. What was left out is said on stderr, so stdout stays one item per line.
 */
final class Listing {
  private Listing() {}

  /** Prints the items of {@code list} as {@code line} renders them; returns how many were printed. */
  static <T> long print(CliContext context, PagedIterable<T> list, boolean all, String noun,
      Function<T, String> line) {
    long printed = 0;
    Long total = null;
    boolean more = false;
    try (Progress progress = Progress.of(context)) {
      for (Page<T> page : list.pages()) {
        total = page.total();
        for (T item : page.items()) {
          context.out().println(line.apply(item));
          printed++;
        }
        more = page.hasNext();
        if (!all) {
          break;
        }
        progress.show("fetched " + printed + (total == null ? "" : " of " + total) + " " + noun + "…");
      }
    }
    if (!all && more) {
      context.err().println(printed + (total == null ? "" : " of " + total) + " " + noun
          + " shown; --all lists every one");
    }
    return printed;
  }
}
