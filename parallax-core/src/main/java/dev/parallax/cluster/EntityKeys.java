package dev.parallax.cluster;

import java.util.Locale;

/**
 * Normalised keys of entity names, so surface variants of one name match: "Dr. Ana Vel's",
 * "dr ana vel" and "Dr Ana-Vel" all give {@code "dr ana vel"}.
 */
public final class EntityKeys {
  private EntityKeys() {}

  /** Lowercase, possessive removed, dots removed, hyphens to spaces, single spaces; may be empty. */
  public static String normalise(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (key.endsWith("'s")) {
      key = key.substring(0, key.length() - 2);
    } else if (key.endsWith("s'")) {
      key = key.substring(0, key.length() - 1);
    }
    key = key.replace(".", "").replace('-', ' ').replace('‐', ' ').replace('–', ' ');
    return key.strip().replaceAll("\\s+", " ");
  }
}
