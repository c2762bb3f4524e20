package vn.nq57.sync.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's {@code /error} page: whatever the servlet container answers as an error (a
 * failure in a filter, a request it refuses) becomes a problem with the stable type of its status.
 * It never shows the exception or its message.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatusCode status = status(request);
    ProblemType type = ProblemType.forStatus(status);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, type.meaning());
    problem.setType(type.uri());
    problem.setTitle(type.title());
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path instanceof String uri) {
      try {
        problem.setInstance(URI.create(uri));
      } catch (IllegalArgumentException e) {
        // A path the container could not parse has no instance worth naming.
      }
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatusCode status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value && value >= 400 && value < 600) {
      return HttpStatusCode.valueOf(value);
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
