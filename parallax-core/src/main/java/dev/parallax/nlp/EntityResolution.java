package dev.parallax.nlp;

import dev.parallax.model.Entity;
import java.util.List;
import java.util.Optional;

/** The canonical entities of a set of articles, and which one each surface form refers to. */
public interface EntityResolution {
  /** Canonical entities, most mentioned first (ties by name). */
  List<Entity> entities();

  /** The entity that {@code surface} (a mention's text, or a quote's speaker) refers to. */
  Optional<Entity> entityOf(String surface);
}
