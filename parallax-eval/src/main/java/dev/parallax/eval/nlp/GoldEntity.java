package dev.parallax.eval.nlp;

import dev.parallax.model.EntityType;
import java.util.Objects;

/**
 * A real-world thing of an annotated story.
 *
 * @param key  its cluster key, unique within the story
 * @param type its type
 * @param name its canonical name: what a speaker attribution must resolve to
 */
public record GoldEntity(String key, EntityType type, String name) {
  public GoldEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
