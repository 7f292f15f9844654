/**
 * Fetching http(s) inputs politely and defensively on the JDK's HTTP client: an address guard
 * against reaching private networks, robots.txt, a per-host rate limit, bounded redirects,
 * timeouts and a decompressed size cap. {@link dev.parallax.ingest.InputReader} reads what is
 * fetched with the same readers as files.
 */
package dev.parallax.ingest.fetch;
