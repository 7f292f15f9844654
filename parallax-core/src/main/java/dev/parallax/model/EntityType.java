package dev.parallax.model;

/** What kind of thing a name refers to. */
public enum EntityType { PERSON, ORGANISATION, PLACE, OTHER }
