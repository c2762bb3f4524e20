package vn.nq57.sync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.nq57.sync.support.PermanentFailureException;

/** What the inbox refuses before reading a file, and how it tells that a file changed. */
class SpreadsheetDropsTest {

  @TempDir Path inbox;
  @TempDir Path elsewhere;

  private final SpreadsheetDrops drops = new SpreadsheetDrops(null, null, Clock.systemUTC());

  @Test
  void refusesASymbolicLinkWithoutOpeningItsTarget() throws Exception {
    Path link = Files.createSymbolicLink(inbox.resolve("passwd.csv"), Path.of("/etc/passwd"));
    assertRefused(link, "FILE_REFUSED", "passwd.csv is a symbolic link");
  }

  @Test
  void refusesANamedPipeWithoutOpeningIt() throws Exception {
    Path pipe = inbox.resolve("ong.csv");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
    // Opening a pipe without a writer would block: the refusal must come from its attributes.
    assertRefused(pipe, "FILE_REFUSED", "ong.csv is not a regular file");
  }

  @Test
  void refusesEmptyFilesNamesItDoesNotReadAndFilesOverMaxBytes() throws Exception {
    assertRefused(Files.createFile(inbox.resolve("trong.csv")), "FILE_EMPTY", "is empty");
    assertRefused(write("..csv", "a"), "FILE_REFUSED", "has no name before its extension");
    assertRefused(write("bao-cao.xls", "a"), "FILE_REFUSED", "is not a name this inbox reads");
    assertRefused(write("lon.csv", "x".repeat(1025)), "FILE_TOO_LARGE", "more than the inbox's");
  }

  @Test
  void tellsAFileThatChangedSinceItWasLookedAt() throws Exception {
    Path file = write("bao-cao.csv", "TT,Tên nhiệm vụ\n1,A\n");
    DroppedFile before = drops.inspect(source(), file);
    assertThat(before.size()).isEqualTo(Files.size(file));
    assertThat(drops.changedSince(source(), before)).isEmpty();

    Files.writeString(file, "2,B\n", StandardOpenOption.APPEND);
    assertThat(drops.changedSince(source(), before))
        .hasValueSatisfying(now -> assertThat(now.size()).isGreaterThan(before.size()));
  }

  @Test
  void leavesTemporaryNamesAloneButNotNamesWithoutAName() {
    assertThat(InboxRules.temporary("bao-cao.csv.tmp")).isTrue();
    assertThat(InboxRules.temporary("bao-cao.xlsx.part")).isTrue();
    assertThat(InboxRules.temporary("~$bao-cao.xlsx")).isTrue();
    assertThat(InboxRules.temporary(".~lock.bao-cao.xlsx#")).isTrue();
    assertThat(InboxRules.temporary(".bao-cao.csv.Xy12ab")).isTrue();
    assertThat(InboxRules.temporary("bao-cao.csv~")).isTrue();
    assertThat(InboxRules.temporary("bao-cao.csv")).isFalse();
    assertThat(InboxRules.temporary("bao-cao")).isFalse();
    assertThat(InboxRules.temporary("..csv")).isFalse();
    assertThat(InboxRules.temporary(".XLSX")).isFalse();
  }

  private void assertRefused(Path file, String code, String reason) {
    assertThatThrownBy(() -> drops.inspect(source(), file))
        .isInstanceOfSatisfying(
            PermanentFailureException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(reason);
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(inbox.resolve(name), content);
  }

  private ConfiguredSource source() {
    SpreadsheetSettings settings =
        new SpreadsheetSettings(
            inbox,
            "(?i).*\\.(csv|xlsx)",
            Duration.ofSeconds(5),
            Duration.ofSeconds(2),
            1_000,
            DataSize.ofKilobytes(1),
            Snapshot.PARTIAL);
    return new ConfiguredSource(
        "inbox",
        SourceKind.SPREADSHEET,
        "m",
        new SourceInstance(SourceKind.SPREADSHEET, "m", settings, null, null));
  }
}
