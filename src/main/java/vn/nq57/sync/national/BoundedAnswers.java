package vn.nq57.sync.national;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * Bounds every national call: its whole answer must arrive within {@code
 * nq57.national.call-deadline} of the request and be at most {@code nq57.national.max-answer-size}.
 * The socket timeout alone cannot see an answer that trickles one byte at a time, nor one of 50 MB;
 * past either bound the call fails as a transient failure of that call only.
 */
@Component("nationalHttpClientConfigurer")
class BoundedAnswers implements HttpClientConfigurer {

  private final Duration deadline;
  private final long maxBytes;

  BoundedAnswers(NationalApiProperties properties) {
    this.deadline = properties.callDeadline();
    this.maxBytes = properties.maxAnswerSize().toBytes();
  }

  @Override
  public void configureHttpClient(HttpClientBuilder builder) {
    builder.addExecInterceptorFirst("nq57-bounded-answers", new Bound());
  }

  private final class Bound implements ExecChainHandler {

    @Override
    public ClassicHttpResponse execute(
        ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
        throws IOException, HttpException {
      long due = System.nanoTime() + deadline.toNanos();
      // Waiting for the answer to begin is bounded by the same deadline.
      RequestConfig config = scope.clientContext.getRequestConfigOrDefault();
      Timeout limit = Timeout.of(deadline);
      if (config.getResponseTimeout() == null || config.getResponseTimeout().compareTo(limit) > 0) {
        scope.clientContext.setRequestConfig(
            RequestConfig.copy(config).setResponseTimeout(limit).build());
      }
      ClassicHttpResponse response = chain.proceed(request, scope);
      if (response.getEntity() != null) {
        response.setEntity(
            new HttpEntityWrapper(response.getEntity()) {
              @Override
              public InputStream getContent() throws IOException {
                return new BoundedStream(super.getContent(), due);
              }
            });
      }
      return response;
    }
  }

  private final class BoundedStream extends FilterInputStream {

    private final long due;
    private long read;

    BoundedStream(InputStream in, long due) {
      super(in);
      this.due = due;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int bytes) throws IOException {
      read += bytes;
      if (read > maxBytes) {
        throw abort("the answer is larger than " + maxBytes + " bytes");
      }
      if (System.nanoTime() > due) {
        throw abort("the answer took longer than " + deadline.toSeconds() + " s");
      }
    }

    /** Drops the connection: draining the rest of a trickling or huge answer is what we refuse. */
    private IOException abort(String reason) {
      try {
        if (in instanceof EofSensorInputStream sensor) {
          sensor.abort();
        } else {
          in.close();
        }
      } catch (IOException e) {
        // the connection is gone either way
      }
      return new IOException(reason);
    }
  }
}
