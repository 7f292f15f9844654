/** Language analysis: sentences, entity mentions and their merging, quotes with speakers. */
package dev.parallax.nlp;
