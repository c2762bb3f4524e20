/**
 * Provincial sources, the lowest layer of the pipeline: the configured source instances ({@code
 * nq57.sources.*}); spreadsheet inboxes (CSV and XLSX reports read by layout, one inbox route per
 * source, never the same file twice: {@code source_file}); REST task trackers and SQL queries,
 * pulled from a stored watermark ({@code source_watermark}) through one pull route per source
 * ({@link vn.nq57.sync.source.SourcePulls}) with retries and timeouts; how source headers are
 * matched ({@link vn.nq57.sync.source.Headers}); and the store of the latest content of every
 * source record with its content hash ({@code source_record}). Records go to a {@link
 * vn.nq57.sync.source.RecordSink} the caller gives. It may call only support and knows nothing of
 * mappings, runs or submissions.
 */
@ApplicationModule(allowedDependencies = "support")
package vn.nq57.sync.source;

import org.springframework.modulith.ApplicationModule;
