package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  @Test
  void normaliseComposesLowersAndCollapsesEveryKindOfSpace() {
    String messy = "  " + nfd("Đã và  Đang") + "\u00a0\tthực\n hiện ";

    assertThat(VietnameseText.normalise(messy)).isEqualTo("đã và đang thực hiện");
  }

  @Test
  void normaliseTurnsNullIntoEmptyText() {
    assertThat(VietnameseText.normalise(null)).isEmpty();
  }

  @Test
  void cleanParagraphsKeepsLineBreaksButCollapsesSpaces() {
    String text = nfd(" (1) Đã   làm;\t \r\n (2)\u00a0Đang làm  ");

    assertThat(VietnameseText.cleanParagraphs(text)).isEqualTo("(1) Đã làm;\n(2) Đang làm");
  }

  @Test
  void lengthCountsCodePointsNotUtf16Units() {
    assertThat(VietnameseText.length("a😀b")).isEqualTo(3);
  }
}
