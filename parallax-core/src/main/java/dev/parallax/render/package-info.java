/**
 * Rendering briefings: JSON (the documented schema, {@code docs/briefing-schema.md}), and Markdown
 * and self-contained HTML made from the same {@link dev.parallax.model.Briefing} record.
 */
package dev.parallax.render;
