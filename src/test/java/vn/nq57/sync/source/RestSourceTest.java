package vn.nq57.sync.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.source.RestSettings.AuthKind;
import vn.nq57.sync.source.RestSettings.PagingStyle;
import vn.nq57.sync.source.RestSettings.RestAuth;
import vn.nq57.sync.source.RestSettings.RestPaging;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;

/** A provincial task tracker played by WireMock: paging, auth kinds, watermark, failures. */
class RestSourceTest {

  static final WireMockServer TRACKER = start();
  private final RestSource source = new RestSource(new ObjectMapper());
  private final List<SourceRow> rows = new ArrayList<>();
  private final List<String> malformed = new ArrayList<>();
  private final RecordSink sink =
      new RecordSink() {
        @Override
        public void accept(SourceRow row) {
          rows.add(row);
        }

        @Override
        public void malformed(String sourceId, String location, String reason) {
          malformed.add(location + ": " + reason);
        }
      };

  private static WireMockServer start() {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .usingFilesUnderDirectory(
                    Path.of("src/test/resources/wiremock/tracker").toString()));
    server.start();
    return server;
  }

  @AfterAll
  static void stop() {
    TRACKER.stop();
  }

  @BeforeEach
  void reset() {
    TRACKER.resetAll();
  }

  @Test
  void readsEveryPageByPageNumberAndReturnsTheLatestChangeAsWatermark() {
    page("page", "1", records(1, 2));
    page("page", "2", records(3, 4));
    page("page", "3", records(5));
    String watermark = source.pull(rest(PagingStyle.PAGE, none()), null, sink);
    assertThat(rows)
        .extracting(r -> r.fields().get("ma_nhiem_vu"))
        .containsExactly("NV-1", "NV-2", "NV-3", "NV-4", "NV-5");
    assertThat(rows.get(0).fields())
        .containsEntry("don_vi.ten", "Sở Khoa học và Công nghệ")
        .containsEntry("trang_thai", "Đang thực hiện");
    assertThat(rows.get(0).location()).isEqualTo("tracker record NV-1");
    assertThat(watermark).isEqualTo("2025-08-20T10:05:00+07:00");
  }

  @Test
  void readsByOffsetAndLimit() {
    page("offset", "0", records(1, 2));
    page("offset", "2", records(3));
    source.pull(rest(PagingStyle.OFFSET, none()), null, sink);
    assertThat(rows).hasSize(3);
  }

  @Test
  void followsNextLinksUntilThereIsNone() {
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu"))
            .willReturn(okJson("{\"data\":" + records(1, 2) + ",\"next\":\"/api/nhiem-vu/p2\"}")));
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu/p2"))
            .willReturn(okJson("{\"data\":" + records(3) + ",\"next\":null}")));
    source.pull(rest(PagingStyle.NEXT_LINK, none()), null, sink);
    assertThat(rows).hasSize(3);
  }

  @Test
  void asksOnlyForWhatChangedSinceTheStoredWatermark() {
    page("page", "1", records(5));
    String watermark =
        source.pull(rest(PagingStyle.PAGE, none()), "2025-08-20T10:04:00+07:00", sink);
    TRACKER.verify(
        getRequestedFor(urlPathEqualTo("/api/nhiem-vu"))
            .withQueryParam("cap_nhat_tu", equalTo("2025-08-20T10:04:00+07:00")));
    assertThat(watermark).isEqualTo("2025-08-20T10:05:00+07:00");
  }

  @Test
  void sendsTheApiKeyBasicCredentialsOrAnOauth2Token() {
    page("page", "1", records(1));
    source.pull(rest(PagingStyle.PAGE, auth(AuthKind.API_KEY)), null, sink);
    TRACKER.verify(
        getRequestedFor(urlPathEqualTo("/api/nhiem-vu")).withHeader("X-API-Key", equalTo("k-123")));

    source.pull(rest(PagingStyle.PAGE, auth(AuthKind.BASIC)), null, sink);
    TRACKER.verify(
        getRequestedFor(urlPathEqualTo("/api/nhiem-vu"))
            .withHeader("Authorization", equalTo("Basic dHJhY2tlcjpzZWNyZXQ=")));

    TRACKER.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                okJson(
                    "{\"access_token\":\"tok-9\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    source.pull(rest(PagingStyle.PAGE, auth(AuthKind.OAUTH2)), null, sink);
    TRACKER.verify(
        getRequestedFor(urlPathEqualTo("/api/nhiem-vu"))
            .withHeader("Authorization", equalTo("Bearer tok-9")));
    assertThat(auth(AuthKind.OAUTH2).toString()).doesNotContain("secret").doesNotContain("k-123");
  }

  @Test
  void retriesAServerErrorWithBackoffAndRecovers() {
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu"))
            .inScenario("down")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("up")
            .willReturn(aResponse().withStatus(503)));
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu"))
            .inScenario("down")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"data\":" + records(1) + "}")));
    source.pull(rest(PagingStyle.PAGE, none()), null, sink);
    assertThat(rows).hasSize(1);
  }

  @Test
  void failsLoudlyWhenTheTrackerStaysDownOrRefusesTheCredentials() {
    TRACKER.stubFor(get(urlPathEqualTo("/api/nhiem-vu")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> source.pull(rest(PagingStyle.PAGE, none()), null, sink))
        .isInstanceOf(TransientFailureException.class)
        .hasMessageContaining("500");
    TRACKER.resetAll();
    TRACKER.stubFor(get(urlPathEqualTo("/api/nhiem-vu")).willReturn(aResponse().withStatus(401)));
    assertThatThrownBy(
            () -> source.pull(rest(PagingStyle.PAGE, auth(AuthKind.API_KEY)), null, sink))
        .isInstanceOf(PermanentFailureException.class)
        .hasMessageContaining("401");
    assertThat(TRACKER.getAllServeEvents()).hasSize(1);
    assertThat(rows).isEmpty();
  }

  @Test
  void timesOutASlowTracker() {
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu"))
            .willReturn(okJson("{\"data\":[]}").withFixedDelay(1500)));
    assertThatThrownBy(() -> source.pull(rest(PagingStyle.PAGE, none()), null, sink))
        .isInstanceOf(TransientFailureException.class);
  }

  @Test
  void passesOnTheGoodRecordsOfAPageWithAMalformedOne() {
    page("page", "1", "[" + record(1) + ",\"rác\"," + record(2) + "]");
    page("page", "2", "[]");
    source.pull(rest(PagingStyle.PAGE, none()), null, sink);
    assertThat(rows).hasSize(2);
    assertThat(malformed).singleElement().asString().startsWith("tracker page 1 item 2");
  }

  private static void page(String param, String value, String records) {
    TRACKER.stubFor(
        get(urlPathEqualTo("/api/nhiem-vu"))
            .withQueryParam(param, equalTo(value))
            .willReturn(okJson("{\"data\":" + records + "}")));
  }

  static String records(int... ids) {
    List<String> json = new ArrayList<>();
    for (int id : ids) {
      json.add(record(id));
    }
    return "[" + String.join(",", json) + "]";
  }

  static String record(int id) {
    return "{\"ma_nhiem_vu\":\"NV-"
        + id
        + "\",\"ten_nhiem_vu\":\"Nhiệm vụ "
        + id
        + "\","
        + "\"trang_thai\":\"Đang thực hiện\",\"han_hoan_thanh\":\"31/12/2025\","
        + "\"don_vi\":{\"ten\":\"Sở Khoa học và Công nghệ\"},"
        + "\"cap_nhat_luc\":\"2025-08-20T10:0"
        + id
        + ":00+07:00\"}";
  }

  private static RestAuth none() {
    return new RestAuth(AuthKind.NONE, "X-API-Key", null, null, null, null, null, null, null);
  }

  private static RestAuth auth(AuthKind kind) {
    return new RestAuth(
        kind,
        "X-API-Key",
        "k-123",
        "tracker",
        "secret",
        URI.create(TRACKER.baseUrl() + "/oauth/token"),
        "client",
        "secret",
        "tasks.read");
  }

  private static ConfiguredSource rest(PagingStyle style, RestAuth auth) {
    RestSettings settings =
        new RestSettings(
            URI.create(TRACKER.baseUrl() + "/api"),
            "/nhiem-vu",
            "/data",
            "ma_nhiem_vu",
            "cap_nhat_tu",
            "cap_nhat_luc",
            "",
            new RestPaging(style, "page", "size", 1, "offset", "limit", "/next"),
            auth,
            2,
            100,
            Duration.ofSeconds(2),
            Duration.ofMillis(700),
            3,
            Duration.ofMillis(50));
    return new ConfiguredSource(
        "tracker",
        SourceKind.REST,
        "tracker-rest-example",
        new SourceInstance(SourceKind.REST, "tracker-rest-example", null, settings, null));
  }
}
