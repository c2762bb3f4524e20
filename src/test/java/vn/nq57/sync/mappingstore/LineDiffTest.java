package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void printsNothingForTheSameLines() {
    assertThat(LineDiff.unified("m.yaml", "a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void printsAChangedLineAsRemovalThenAdditionWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    assertThat(LineDiff.unified("m.yaml", before, after))
        .isEqualTo(
            """
            --- a/m.yaml
            +++ b/m.yaml
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
            """);
  }

  @Test
  void printsEveryLineAsAddedAgainstNothing() {
    assertThat(LineDiff.unified("m.yaml", "", "a\nb\n"))
        .isEqualTo("--- a/m.yaml\n+++ b/m.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  }

  @Test
  void keepsChangesFarApartInSeparateHunks() {
    String before = "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n";
    String after = "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n";
    String diff = LineDiff.unified("m.yaml", before, after);
    assertThat(diff)
        .contains("@@ -1,4 +1,4 @@\n-a\n+A\n")
        .contains("@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n");
  }

  @Test
  void mergesChangesCloseTogetherIntoOneHunk() {
    String diff = LineDiff.unified("m.yaml", "a\n1\n2\nb\n", "A\n1\n2\nB\n");
    assertThat(diff).containsOnlyOnce("@@ -").contains("@@ -1,4 +1,4 @@");
  }
}
