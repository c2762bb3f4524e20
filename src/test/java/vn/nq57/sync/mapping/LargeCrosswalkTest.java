package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A province-scale crosswalk loads: the YAML parser's default 3 MiB would stop near 45,000. */
class LargeCrosswalkTest {

  @Test
  void loadsACrosswalkOfOneHundredThousandTasks() {
    String yaml =
        "id: x\nkey: {prefix: X, from: [A]}\ntaskCode: {crosswalk: x.crosswalk.yaml}\n"
            + "status: {from: B, valueMap: {b: COMPLETED}}\n";
    StringBuilder crosswalk = new StringBuilder("tasks:\n");
    for (int i = 1; i <= 100_000; i++) {
      crosswalk.append("  - localRef: \"X:").append(String.format("%016x", i)).append("\"\n");
      crosswalk.append("    taskCode: \"NQ57.X.").append(i).append("\"\n");
    }
    assertThat(crosswalk.length()).isGreaterThan(3 * 1024 * 1024);

    TaskMapping mapping = TaskMapping.parse(yaml, "inline.yaml", name -> crosswalk.toString());

    assertThat(mapping.crosswalkLinks())
        .hasSize(100_000)
        .containsEntry("X:" + String.format("%016x", 100_000), "NQ57.X.100000")
        .doesNotContainKey("X:" + String.format("%016x", 100_001));
  }
}
