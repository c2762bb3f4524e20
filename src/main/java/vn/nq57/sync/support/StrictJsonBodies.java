package vn.nq57.sync.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses JSON fields a {@link RefuseUnknownFields} body does not declare, before Jackson (which
 * the application lets ignore unknown fields) reads it: 400 {@code bad-request} naming each ({@link
 * OperatorRefusalException.Kind#UNKNOWN_FIELDS}).
 */
@ControllerAdvice
class StrictJsonBodies extends RequestBodyAdviceAdapter {

  private final ObjectMapper json;

  StrictJsonBodies(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converter) {
    return targetType instanceof Class<?> type
        && type.isAnnotationPresent(RefuseUnknownFields.class);
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converter)
      throws IOException {
    byte[] body = input.getBody().readAllBytes();
    List<String> unknown = new ArrayList<>();
    try {
      if (body.length > 0) {
        unknown(json.readTree(body), (Class<?>) targetType, "", unknown);
      }
    } catch (JacksonException e) {
      // Not JSON: Jackson says so itself when it reads the body.
    }
    if (!unknown.isEmpty()) {
      throw new OperatorRefusalException(
          OperatorRefusalException.Kind.UNKNOWN_FIELDS,
          "Unknown field(s) "
              + String.join(", ", unknown)
              + "; see the API document for the fields"
              + " this request takes.");
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }

  private static void unknown(JsonNode node, Class<?> type, String path, List<String> found) {
    if (!node.isObject() || !type.isRecord()) {
      return;
    }
    Map<String, Class<?>> fields =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(c -> c.getName(), c -> c.getType()));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      Class<?> fieldType = fields.get(name);
      if (fieldType == null) {
        found.add("'" + path + name + "'");
      } else {
        unknown(field.getValue(), fieldType, path + name + ".", found);
      }
    }
  }
}
