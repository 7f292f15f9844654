/** Evaluation of Parallax's stages against public data sets, reproducing published scores first. */
package dev.parallax.eval;
