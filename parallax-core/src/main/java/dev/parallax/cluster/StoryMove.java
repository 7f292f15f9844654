package dev.parallax.cluster;

/**
 * A correction made by {@link StoryClusterer#reconcile}: an article moved from one story to another.
 *
 * @param articleId the article
 * @param fromStory the story it had been put in
 * @param toStory   the story it belongs to now
 */
public record StoryMove(String articleId, String fromStory, String toStory) {}
