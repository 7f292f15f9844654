/** Reading inputs (files, folders, JSONL records) into raw documents, one failure line per bad input. */
package dev.parallax.ingest;
