package dev.parallax.model;

import java.util.List;

/** A canonical entity as a briefing lists it, with its merged name variants. */
public record EntityEntry(String name, EntityType type, List<String> variants, int mentions, int articles) {
  public EntityEntry {
    variants = List.copyOf(variants);
  }
}
