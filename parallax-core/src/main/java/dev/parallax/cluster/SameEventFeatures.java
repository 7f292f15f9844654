package dev.parallax.cluster;

import java.util.List;

/**
 * The separate signals of how well an article fits a story, each in [0,1], before they are
 * combined ({@link SameEventModel}) and multiplied by the time factor of the publication gap.
 *
 * @param body          TF-IDF cosine of body and title words with the story centroid
 * @param title         TF-IDF cosine of the title words with the story's title words
 * @param lead          TF-IDF cosine of the lead (first sentences) with the story's leads
 * @param people        IDF-weighted cosine of person names with the story's
 * @param organisations the same for organisations
 * @param places        the same for places
 * @param rareName      IDF of the rarest name the article mentions at least twice and the story
 *                      names too, over the largest IDF possible (0 when none is shared)
 * @param numbers       share of the article's numbers (with unit) that the story's articles mention
 * @param eventDates    share of the days the article mentions that the story's articles mention
 */
public record SameEventFeatures(double body, double title, double lead, double people, double organisations,
    double places, double rareName, double numbers, double eventDates) {

  /** Names of the parts, in {@link #vector()} order. */
  public static final List<String> NAMES = List.of("body", "title", "lead", "people", "organisations", "places",
      "rareName", "numbers", "eventDates");

  /** The parts as an array, in {@link #NAMES} order. */
  public double[] vector() {
    return new double[] {body, title, lead, people, organisations, places, rareName, numbers, eventDates};
  }

  /** The part-wise mean of two feature sets (the two directions of a pair). */
  public static SameEventFeatures mean(SameEventFeatures a, SameEventFeatures b) {
    return new SameEventFeatures((a.body + b.body) / 2, (a.title + b.title) / 2, (a.lead + b.lead) / 2,
        (a.people + b.people) / 2, (a.organisations + b.organisations) / 2, (a.places + b.places) / 2,
        (a.rareName + b.rareName) / 2, (a.numbers + b.numbers) / 2, (a.eventDates + b.eventDates) / 2);
  }
}
