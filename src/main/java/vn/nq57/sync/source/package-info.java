/**
 * Provincial sources: reading spreadsheet drops from the inbox (never the same file twice), and the
 * store of the latest content of every source record with its content hash. Calls mapping only for
 * header normalisation; knows nothing of submissions.
 */
package vn.nq57.sync.source;
