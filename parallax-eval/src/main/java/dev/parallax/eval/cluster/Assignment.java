package dev.parallax.eval.cluster;

/**
 * Where one document ended up.
 *
 * @param doc   the document's name ({@link GoldDocument#id()})
 * @param gold  its true story
 * @param story the story (or cluster) the system put it in
 */
public record Assignment(String doc, String gold, String story) {
}
