package vn.nq57.sync.mappingstore;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.nq57.sync.mapping.MappingDefinitionException;

/**
 * The admin API's errors as RFC 9457 problem details: an invalid mapping names the file, line and
 * field of every error ({@code errors}); a conflict has a stable type per case.
 */
@RestControllerAdvice(
    assignableTypes = {
      MappingReadController.class,
      MappingEditController.class,
      WorkQueueController.class,
      CrosswalkProposalController.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MappingProblems {

  static final String TYPE_BASE = "https://nq57-sync.local/problems/";

  @ExceptionHandler(InvalidMappingException.class)
  ProblemDetail invalid(InvalidMappingException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "mapping-invalid", e.getMessage());
    problem.setTitle("The mapping is not valid");
    problem.setProperty("mappingId", e.mappingId());
    if (e.version() != null) {
      problem.setProperty("version", e.version());
    }
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(MappingDefinitionException.class)
  ProblemDetail definition(MappingDefinitionException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "mapping-invalid", e.getMessage());
    problem.setProperty("errors", DefinitionError.from(e));
    return problem;
  }

  @ExceptionHandler(VersionConflictException.class)
  ProblemDetail conflict(VersionConflictException e) {
    return problem(HttpStatus.CONFLICT, e.type(), e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    return problem;
  }
}
