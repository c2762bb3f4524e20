package vn.nq57.sync.alerting;

import java.time.OffsetDateTime;
import vn.nq57.sync.alerting.AlertRepository.Alert;
import vn.nq57.sync.alerting.AlertRepository.Event;

/**
 * The words of one alert message, Vietnamese first and English after, as the province's staff read
 * them.
 */
record AlertMessage(Alert alert, Event event) {

  String subjectLine() {
    String prefix =
        event == Event.RAISED ? "[nq57-sync] " : "[nq57-sync] Đã khắc phục / Resolved: ";
    return prefix
        + alert.kind().vietnamese()
        + " / "
        + alert.kind().english()
        + " — "
        + alert.subject();
  }

  String vietnamese() {
    return event == Event.RAISED
        ? "Cảnh báo: "
            + alert.kind().vietnamese()
            + " ("
            + alert.subject()
            + "), từ "
            + at(alert.raisedAt())
            + ". Cần cán bộ xử lý. Chi tiết (tiếng Anh): "
            + alert.detail()
        : "Đã khắc phục: "
            + alert.kind().vietnamese()
            + " ("
            + alert.subject()
            + "), lúc "
            + at(alert.clearedAt().orElseThrow())
            + ".";
  }

  String english() {
    return event == Event.RAISED
        ? "Alert: "
            + alert.kind().english()
            + " ("
            + alert.subject()
            + "), since "
            + at(alert.raisedAt())
            + ". A person must act. Details: "
            + alert.detail()
        : "Resolved: "
            + alert.kind().english()
            + " ("
            + alert.subject()
            + "), at "
            + at(alert.clearedAt().orElseThrow())
            + ".";
  }

  String text() {
    return vietnamese() + "\n\n" + english() + "\n";
  }

  private static String at(OffsetDateTime time) {
    return time.withNano(0).toString();
  }
}
