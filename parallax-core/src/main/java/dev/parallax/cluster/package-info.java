/** Incremental story clustering with stable story ids. */
package dev.parallax.cluster;
