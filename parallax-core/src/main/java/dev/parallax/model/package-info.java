/**
 * The immutable records that flow between Parallax's stages: raw documents, articles, analysed
 * articles, copies, stories and briefings. Offsets are half-open {@code [start, end)} character
 * offsets into {@link dev.parallax.model.Article#body()}.
 */
package dev.parallax.model;
