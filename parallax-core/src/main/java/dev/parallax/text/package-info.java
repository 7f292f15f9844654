/** Small text utilities shared by stages: word tokens, stems, stopwords. */
package dev.parallax.text;
