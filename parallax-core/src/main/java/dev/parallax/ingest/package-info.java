/**
 * Reading inputs into raw documents, one failure line per bad input: files and folders of text,
 * HTML and JSONL, RSS/Atom and JSON feeds (one document per entry), WARC archives (one per
 * response/resource record), gzip (capped decompression) and standard input (format sniffed).
 */
package dev.parallax.ingest;
