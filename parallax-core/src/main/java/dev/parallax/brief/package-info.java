/**
 * Building a story's briefing: headline, cited extractive summary, sources, entities, quotes, and
 * the grounding check that every piece of text traces to the sources it cites.
 */
package dev.parallax.brief;
