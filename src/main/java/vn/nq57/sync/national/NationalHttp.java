package vn.nq57.sync.national;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.TransientFailureException;

/**
 * Sends one request to the national API through the {@code national-api-call} route. Only the
 * headers named here go out: an explicit allow-list, so nothing internal leaks into HTTP.
 */
@Component
class NationalHttp {

  static final String ROUTE = "direct:national-api-call";

  private final ProducerTemplate producer;
  private final RequestPacer pacer;
  private final NationalConnectivity connectivity;
  private final NationalMetrics metrics;

  NationalHttp(
      ProducerTemplate producer,
      RequestPacer pacer,
      NationalConnectivity connectivity,
      NationalMetrics metrics) {
    this.producer = producer;
    this.pacer = pacer;
    this.connectivity = connectivity;
    this.metrics = metrics;
  }

  NationalResponse send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    pacer.acquire();
    Exchange result =
        producer.send(
            ROUTE,
            exchange -> {
              Message message = exchange.getMessage();
              message.setHeader(Exchange.HTTP_METHOD, method);
              int query = path.indexOf('?');
              message.setHeader(Exchange.HTTP_PATH, query < 0 ? path : path.substring(0, query));
              if (query >= 0) {
                message.setHeader(Exchange.HTTP_QUERY, path.substring(query + 1));
              }
              message.setHeader("Accept", "application/json, application/problem+json");
              headers.forEach(message::setHeader);
              if (body != null) {
                message.setHeader(Exchange.CONTENT_TYPE, contentType);
                message.setBody(body.getBytes(StandardCharsets.UTF_8));
              }
            });
    if (result.getException() != null) {
      metrics.unanswered(path);
      TransientFailureException failure = transportFailure(method, path, result.getException());
      connectivity.unreachable(failure.getMessage());
      throw failure;
    }
    Message answer = result.getMessage();
    NationalResponse response =
        new NationalResponse(
            answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class),
            answer.getBody(String.class),
            answer.getHeader("Retry-After", String.class),
            "true".equalsIgnoreCase(answer.getHeader("Idempotent-Replayed", String.class)));
    connectivity.answered(response.status());
    metrics.answered(path, response.status());
    if (response.status() == 429 || response.status() == 503) {
      response.retryAfterDuration().ifPresent(pacer::pauseFor);
    }
    return response;
  }

  private static TransientFailureException transportFailure(
      String method, String path, Exception cause) {
    String kind = cause instanceof SocketTimeoutException ? "timed out" : "failed";
    if (!(cause instanceof IOException) && cause.getCause() instanceof IOException io) {
      kind = io instanceof SocketTimeoutException ? "timed out" : "failed";
    }
    return new TransientFailureException(
        method + " " + path + " " + kind + " (outcome unknown): " + cause.getMessage(),
        null,
        cause);
  }
}
