package dev.parallax.model;

/**
 * A near-verbatim copy of another article (a wire copy or a light rewrite).
 *
 * @param copyId     the article that is the copy
 * @param originalId the article it copies: the earliest published, else the longest
 * @param similarity estimated Jaccard similarity of their word shingles, 0..1
 */
public record CopyLink(String copyId, String originalId, double similarity) {}
