package vn.nq57.sync.source;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.source.RestSettings.PagingStyle;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Pulls a provincial task tracker's JSON API page by page, from the stored watermark on: each
 * record becomes a row whose fields are the tracker's own (nested ones dotted). Only one page is
 * held at a time. Returns the greatest change stamp seen, the next watermark.
 */
@Component
class RestSource {

  private final ObjectMapper json;

  RestSource(ObjectMapper json) {
    this.json = json;
  }

  String pull(ConfiguredSource source, String watermark, RecordSink sink) {
    RestSettings rest = source.settings().rest();
    HttpClient http = HttpClient.newBuilder().connectTimeout(rest.connectTimeout()).build();
    RestCalls calls = new RestCalls(source.id(), rest, http, json);
    String since = watermark != null ? watermark : rest.initialWatermark();
    String latest = watermark;
    URI uri = firstPage(rest, since);
    for (int page = 0; uri != null; page++) {
      if (page >= rest.maxPages()) {
        throw new PermanentFailureException(
            "SOURCE_PAGING", source.id() + ": more than max-pages=" + rest.maxPages() + " pages");
      }
      JsonNode body = calls.get(uri);
      JsonNode records = body.at(rest.recordsPointer());
      if (!records.isArray()) {
        throw new PermanentFailureException(
            "SOURCE_RESPONSE_UNEXPECTED",
            source.id()
                + ": no array at records-pointer '"
                + rest.recordsPointer()
                + "' of "
                + uri);
      }
      latest = deliver(source, records, page, sink, latest);
      uri = nextPage(rest, uri, body, records.size(), page, since);
    }
    return latest;
  }

  private String deliver(
      ConfiguredSource source, JsonNode records, int page, RecordSink sink, String latest) {
    RestSettings rest = source.settings().rest();
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      String location = location(source.id(), rest, record, page, i);
      if (!record.isObject()) {
        sink.malformed(
            source.id(), location, "The record is not a JSON object: " + abbreviate(record));
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      JsonFields.flatten(record)
          .forEach((k, v) -> fields.put(k, Normalizer.normalize(v, Normalizer.Form.NFC)));
      sink.accept(new SourceRow(source.id(), location, fields));
      if (!rest.updatedField().isBlank()) {
        latest = Watermarks.later(latest, fields.get(rest.updatedField()));
      }
    }
    return latest;
  }

  private static String location(
      String sourceId, RestSettings rest, JsonNode record, int page, int index) {
    JsonNode id = rest.idField().isBlank() ? null : record.path(rest.idField());
    if (id != null && id.isValueNode() && !id.asString().isBlank()) {
      return sourceId + " record " + id.asString();
    }
    return sourceId + " page " + (page + 1) + " item " + (index + 1);
  }

  private static URI firstPage(RestSettings rest, String since) {
    Map<String, String> query = new LinkedHashMap<>();
    if (!rest.updatedSinceParam().isBlank() && since != null && !since.isBlank()) {
      query.put(rest.updatedSinceParam(), since);
    }
    RestSettings.RestPaging paging = rest.paging();
    switch (paging.style()) {
      case PAGE -> {
        query.put(paging.pageParam(), String.valueOf(paging.firstPage()));
        query.put(paging.sizeParam(), String.valueOf(rest.pageSize()));
      }
      case OFFSET -> {
        query.put(paging.offsetParam(), "0");
        query.put(paging.limitParam(), String.valueOf(rest.pageSize()));
      }
      case NEXT_LINK -> query.put(paging.sizeParam(), String.valueOf(rest.pageSize()));
    }
    return withQuery(rest, query);
  }

  private static URI nextPage(
      RestSettings rest, URI current, JsonNode body, int received, int page, String since) {
    RestSettings.RestPaging paging = rest.paging();
    if (paging.style() == PagingStyle.NEXT_LINK) {
      JsonNode next = body.at(paging.nextPointer());
      return next.isString() && !next.asString().isBlank()
          ? current.resolve(next.asString())
          : null;
    }
    if (received < rest.pageSize()) {
      return null;
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (!rest.updatedSinceParam().isBlank() && since != null && !since.isBlank()) {
      query.put(rest.updatedSinceParam(), since);
    }
    if (paging.style() == PagingStyle.PAGE) {
      query.put(paging.pageParam(), String.valueOf(paging.firstPage() + page + 1));
      query.put(paging.sizeParam(), String.valueOf(rest.pageSize()));
    } else {
      query.put(paging.offsetParam(), String.valueOf((long) (page + 1) * rest.pageSize()));
      query.put(paging.limitParam(), String.valueOf(rest.pageSize()));
    }
    return withQuery(rest, query);
  }

  private static URI withQuery(RestSettings rest, Map<String, String> query) {
    String base = rest.baseUrl().toString().replaceAll("/+$", "");
    String path =
        rest.path().isBlank() || rest.path().startsWith("/") ? rest.path() : "/" + rest.path();
    String params =
        query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return URI.create(base + path + (params.isEmpty() ? "" : "?" + params));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
