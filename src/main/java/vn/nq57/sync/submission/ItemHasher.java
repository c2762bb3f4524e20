package vn.nq57.sync.submission;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.support.Sha256;

/** The content hash of a report, revision and change time left out: equal hash, same content. */
final class ItemHasher {

  private final ObjectMapper json;

  ItemHasher(ObjectMapper json) {
    this.json = json;
  }

  Hashed hash(TaskReport report) {
    try {
      byte[] content = json.writeValueAsBytes(report.withRevision(0, null));
      return new Hashed(Sha256.hex(content), content.length);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot hash a task report", e);
    }
  }

  /** A report's content hash and the size of its JSON, which bounds the request body. */
  record Hashed(String hash, int size) {}
}
