/**
 * Provincial sources: the configured source instances ({@code nq57.sources.*}), spreadsheet inboxes
 * (CSV and XLSX reports read by layout, one inbox route per source, never the same file twice),
 * REST task trackers and SQL queries pulled incrementally from a stored watermark with retries and
 * timeouts, and the store of the latest content of every source record with its content hash. Calls
 * mapping only for header normalisation; knows nothing of runs or submissions.
 */
package vn.nq57.sync.source;
