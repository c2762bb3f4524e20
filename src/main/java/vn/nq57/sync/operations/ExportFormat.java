package vn.nq57.sync.operations;

/** The file an export is written as: CSV (UTF-8 with BOM) or XLSX; both safe to open in Excel. */
public enum ExportFormat {
  CSV,
  XLSX
}
