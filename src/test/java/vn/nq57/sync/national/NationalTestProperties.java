package vn.nq57.sync.national;

import java.net.URI;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** National API settings for tests that build the client parts by hand. */
final class NationalTestProperties {

  private NationalTestProperties() {}

  /** The defaults of application.yaml, with this whole-answer deadline. */
  static NationalApiProperties withDeadline(Duration callDeadline) {
    return new NationalApiProperties(
        URI.create("http://national.test"),
        "client",
        "secret",
        "51",
        "report.write",
        Duration.ofSeconds(30),
        60,
        Duration.ofSeconds(1),
        callDeadline,
        DataSize.ofMegabytes(4));
  }
}
