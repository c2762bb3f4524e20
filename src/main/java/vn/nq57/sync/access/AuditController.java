package vn.nq57.sync.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.ResultPage;
import vn.nq57.sync.support.TableExport;

/** Admin API on the audit log: a page of entries, filtered, or all of them as CSV. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final Audit audit;

  AuditController(Audit audit) {
    this.audit = audit;
  }

  /** Entries newest first; from/to are days (yyyy-mm-dd, Vietnam time), both included. */
  @GetMapping
  ResultPage<AuditEntry> find(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return audit.find(new AuditFilter(actor, action, from, to), page, size);
  }

  /** The same selection as CSV (at most 100,000 entries), safe to open in Excel. */
  @GetMapping(value = "/export", produces = TableExport.CSV)
  void export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    response.setContentType(TableExport.CSV);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
    audit.exportCsv(new AuditFilter(actor, action, from, to), response.getOutputStream());
  }
}
