package vn.nq57.sync.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * Spring Security's refusals as problems: 401 {@code unauthorized} (with the basic challenge) and
 * 403 {@code forbidden}, written by the filter chain itself, before any controller is reached.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "nq57-sync";

  private final ObjectMapper json;

  SecurityProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(
        response,
        ProblemType.UNAUTHORIZED,
        "Log in with HTTP basic as a viewer, operator or admin.",
        request.getRequestURI());
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        response,
        ProblemType.FORBIDDEN,
        "Your role may not do this: replays and pauses need OPERATOR; mappings, users and the"
            + " audit log need ADMIN.",
        request.getRequestURI());
  }

  /** Writes a problem straight to a servlet response, for answers made outside Spring MVC. */
  void write(HttpServletResponse response, ProblemType type, String detail, String instance)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.uri().toString());
    problem.put("title", type.title());
    problem.put("status", type.status().value());
    problem.put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    response.setStatus(type.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
