package vn.nq57.sync.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Tells how a text file from a department is encoded: UTF-8 (with or without BOM) when its bytes
 * are valid UTF-8, otherwise Windows-1258, the legacy Vietnamese code page.
 */
final class TextEncodings {

  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final int CHUNK = 64 * 1024;

  private TextEncodings() {}

  /** Reads the file once, in chunks, to decide its encoding. */
  static Charset detect(Path file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK + 8);
      CharBuffer sink = CharBuffer.allocate(CHUNK + 8);
      byte[] chunk = new byte[CHUNK];
      int read;
      while ((read = in.read(chunk)) > 0) {
        buffer.put(chunk, 0, read).flip();
        if (decoder.decode(buffer, sink, false).isError()) {
          return WINDOWS_1258;
        }
        buffer.compact();
        sink.clear();
      }
      buffer.flip();
      return decoder.decode(buffer, sink, true).isError() ? WINDOWS_1258 : StandardCharsets.UTF_8;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader in the given encoding that skips a UTF-8 byte order mark. */
  static Reader reader(Path file, Charset charset) throws IOException {
    BufferedInputStream in =
        new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    boolean hasBom =
        bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF;
    if (!hasBom) {
      in.reset();
    }
    return new InputStreamReader(in, charset);
  }
}
