/**
 * Reading inputs into raw documents, one failure line per bad input: files and folders of text,
 * HTML and JSONL, RSS/Atom and JSON feeds (one document per entry), WARC archives (one per
 * response/resource record), gzip (capped decompression), standard input (format sniffed) and
 * http(s) URLs (fetched by {@link dev.parallax.ingest.fetch.HttpFetcher}).
 */
package dev.parallax.ingest;
