package vn.nq57.sync.source;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A file in an inbox as it was when looked at: a regular file (never a link), its size, time and
 * identity on disk, and the SHA-256 of its bytes. Two looks that differ mean it changed between.
 *
 * @param path where it lies in the inbox
 * @param size its size in bytes
 * @param modified its last modification time
 * @param fileKey its identity on disk (inode), null where the file system has none
 * @param fingerprint the SHA-256 of its content, hex
 */
public record DroppedFile(
    Path path, long size, FileTime modified, Object fileKey, String fingerprint) {

  public String name() {
    return path.getFileName().toString();
  }

  /** The same file with the same content: same size, time, identity and fingerprint. */
  public boolean unchangedIn(DroppedFile later) {
    return size == later.size
        && modified.equals(later.modified)
        && Objects.equals(fileKey, later.fileKey)
        && fingerprint.equals(later.fingerprint);
  }
}
