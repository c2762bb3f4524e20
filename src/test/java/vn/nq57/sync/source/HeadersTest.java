package vn.nq57.sync.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void normaliseIgnoresByteOrderMarkCaseSpacingAndUnicodeForm() {
    String nfd = Normalizer.normalize("TÊN \u00a0NHIỆM VỤ ", Normalizer.Form.NFD);

    assertThat(Headers.normalise("\ufeff" + nfd)).isEqualTo("tên nhiệm vụ");
    assertThat(Headers.normalise("\u200bTên nhiệm vụ")).isEqualTo(Headers.normalise(nfd));
  }

  @Test
  void normaliseTurnsNullIntoEmptyText() {
    assertThat(Headers.normalise(null)).isEmpty();
  }
}
