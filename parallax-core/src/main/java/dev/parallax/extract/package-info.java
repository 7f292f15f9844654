/** Turning raw documents into clean articles: main content, boilerplate removal, metadata. */
package dev.parallax.extract;
