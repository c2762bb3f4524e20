package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The national HTTP client bounds the whole answer: one that trickles a byte every 200 ms (no
 * socket timeout ever fires) is cut at the call deadline; one that never begins, too.
 */
class BoundedAnswersTest {

  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void cutsAnAnswerThatTricklesPastTheDeadline() throws Exception {
    serve(true);
    long start = System.nanoTime();
    try (CloseableHttpClient client = client(Duration.ofSeconds(2))) {
      assertThatThrownBy(
              () ->
                  client.execute(
                      new HttpGet(url()), response -> EntityUtils.toString(response.getEntity())))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("took longer than 2 s");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void cutsAnAnswerThatNeverBegins() throws Exception {
    serve(false);
    long start = System.nanoTime();
    try (CloseableHttpClient client = client(Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> client.execute(new HttpGet(url()), response -> "answered"))
          .isInstanceOf(IOException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private CloseableHttpClient client(Duration deadline) {
    NationalApiProperties properties = NationalTestProperties.withDeadline(deadline);
    HttpClientBuilder builder =
        HttpClientBuilder.create()
            .setDefaultRequestConfig(
                RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build());
    new BoundedAnswers(properties).configureHttpClient(builder);
    return builder.build();
  }

  /** A server that answers with headers at once and then a byte every 200 ms, or not at all. */
  private void serve(boolean answer) throws IOException {
    server = new ServerSocket(0);
    Thread thread =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                in.read(new byte[4096]);
                if (!answer) {
                  Thread.sleep(20_000);
                  return;
                }
                OutputStream out = socket.getOutputStream();
                out.write(
                    ("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 1000; i++) {
                  out.write('x');
                  out.flush();
                  Thread.sleep(200);
                }
              } catch (IOException | InterruptedException e) {
                // the client hung up: what the test wants
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/api/v1/task-reports";
  }
}
