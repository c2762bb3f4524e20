package vn.nq57.sync.alerting;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.alerting.AlertRepository.Channel;
import vn.nq57.sync.alerting.AlertRepository.Event;

/**
 * Alert messages POSTed as JSON to {@code nq57.alerts.webhook.url} (a chat bridge, a ticket system,
 * a monitoring tool): any 2xx answer is delivery; anything else is retried at the next check.
 */
@Component
class WebhookChannel implements AlertChannel {

  private final AlertProperties.Webhook webhook;
  private final ObjectMapper json;
  private final HttpClient http;

  WebhookChannel(AlertProperties properties, ObjectMapper json) {
    this.webhook = properties.webhook();
    this.json = json;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(webhook.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public boolean enabled() {
    return webhook.enabled();
  }

  @Override
  public void send(AlertMessage message) {
    HttpRequest request =
        HttpRequest.newBuilder(webhook.url())
            .timeout(webhook.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(message))))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("the webhook answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("the webhook could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the webhook", e);
    }
  }

  private static Map<String, Object> body(AlertMessage message) {
    AlertRepository.Alert alert = message.alert();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", message.event().name());
    body.put("alertId", alert.id());
    body.put("kind", alert.kind().name());
    body.put("subject", alert.subject());
    body.put("raisedAt", alert.raisedAt().toString());
    body.put(
        "clearedAt",
        message.event() == Event.CLEARED ? alert.clearedAt().orElseThrow().toString() : null);
    body.put("title", Map.of("vi", alert.kind().vietnamese(), "en", alert.kind().english()));
    body.put("text", Map.of("vi", message.vietnamese(), "en", message.english()));
    body.put("detail", alert.detail());
    return body;
  }
}
