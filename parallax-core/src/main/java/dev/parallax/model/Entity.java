package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing named in a story, with every surface form that refers to it.
 *
 * @param name       the canonical (fullest, most frequent) name
 * @param type       its type
 * @param variants   the other surface forms merged into it, sorted, without {@code name}
 * @param mentions   how many mentions refer to it across the story
 * @param articleIds the articles that mention it, sorted
 */
public record Entity(String name, EntityType type, List<String> variants, int mentions, List<String> articleIds) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    articleIds = List.copyOf(articleIds);
  }
}
