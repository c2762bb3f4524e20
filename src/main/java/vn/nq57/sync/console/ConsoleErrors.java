package vn.nq57.sync.console;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.nq57.sync.support.NotFoundException;

/**
 * Errors of console pages as pages (the API answers problem details): what was not found or could
 * not be read, in the user's language, without a stack trace.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

  private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("errorKey", "error.notFound");
    model.addAttribute("detail", e.getMessage());
    return "console/error";
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  String badRequest(Exception e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("errorKey", "error.badRequest");
    return "console/error";
  }

  @ExceptionHandler(RuntimeException.class)
  String failed(RuntimeException e, HttpServletResponse response, Model model) {
    log.error("Console page failed", e);
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    model.addAttribute("errorKey", "error.failed");
    return "console/error";
  }
}
