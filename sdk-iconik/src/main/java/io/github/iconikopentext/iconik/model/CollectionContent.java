package io.github.iconikopentext.iconik.model;

/**
 * One object in a collection's contents: an {@link Asset}, a sub-{@link Collection}, or — for an
 * {@code object_type} this SDK version does not know — an {@link OtherContent} that keeps the object's JSON.
 * {@code object_type} decides the variant; contents without one are read as assets, as iconik's spec declares them.
 *
 * <pre>{@code
 * for (CollectionContent item : iconik.collections().contents(collectionId)) {
 *   if (item instanceof Asset asset) { ... } else if (item instanceof Collection sub) { ... }
 * }
 * }</pre>
 */
public sealed interface CollectionContent permits Asset, Collection, OtherContent {

  /** The object's id. */
  String id();

  /** {@code assets}, {@code collections}, or what iconik sent for another kind of object. */
  String objectType();
}
