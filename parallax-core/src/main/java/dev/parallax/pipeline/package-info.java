/** The whole flow in one call: inputs in, verified briefings out, with every refused input named. */
package dev.parallax.pipeline;
