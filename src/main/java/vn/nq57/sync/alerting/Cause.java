package vn.nq57.sync.alerting;

/**
 * One reason for an alert as it stands now. The key tells causes apart (one alert per key while it
 * lasts); the detail is what a person needs to act, in the adapter's own (English) words.
 */
record Cause(AlertKind kind, String subject, String detail) {

  String key() {
    return kind + ":" + subject;
  }
}
