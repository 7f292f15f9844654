package dev.parallax.pipeline;

import dev.parallax.model.Briefing;
import dev.parallax.model.InputFailure;
import dev.parallax.model.Story;
import java.util.List;

/**
 * What a run produced.
 *
 * @param stories   the stories found, largest first
 * @param briefings one verified briefing per story, in the same order
 * @param failures  every input or record that was skipped, with the reason
 */
public record PipelineResult(List<Story> stories, List<Briefing> briefings, List<InputFailure> failures) {
  public PipelineResult {
    stories = List.copyOf(stories);
    briefings = List.copyOf(briefings);
    failures = List.copyOf(failures);
  }

  public int articleCount() {
    return stories.stream().mapToInt(s -> s.articles().size()).sum();
  }
}
