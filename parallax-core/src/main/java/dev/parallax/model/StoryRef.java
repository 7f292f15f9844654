package dev.parallax.model;

import java.util.Objects;

/**
 * A pointer from one briefing to another story of the same run.
 *
 * @param storyId  the other story's id
 * @param headline the other story's headline, so a reader knows what it is without opening it
 */
public record StoryRef(String storyId, String headline) {
  public StoryRef {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(headline, "headline");
  }
}
