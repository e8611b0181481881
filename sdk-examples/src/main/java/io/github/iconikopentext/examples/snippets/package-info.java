/**
 * The code snippets of the README and of {@code docs/}, compiled. Every fenced {@code java} block of those pages
 * appears verbatim (up to indentation) in a source file here, in an {@code example} package of a module, or in
 * {@code src/test/java/.../snippets}; {@code SnippetsTest} checks it, so a snippet cannot drift from the API. The
 * methods are not meant to be called: they only have to compile.
 */
package io.github.iconikopentext.examples.snippets;
