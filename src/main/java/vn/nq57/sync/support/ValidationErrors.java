package vn.nq57.sync.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The field or parameter and message of each broken constraint, from whichever of Spring's three
 * validation paths found it. The rejected value is left out: it may be a password or a secret.
 */
record ValidationErrors(List<Error> list) {

  /** One broken constraint: the body field or request parameter, and what is wrong with it. */
  record Error(String field, String message) {}

  static ValidationErrors of(MethodArgumentNotValidException e) {
    List<Error> errors = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.add(new Error(error.getField(), error.getDefaultMessage()));
    }
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(error -> errors.add(new Error(error.getObjectName(), error.getDefaultMessage())));
    return sorted(errors);
  }

  static ValidationErrors of(HandlerMethodValidationException e) {
    List<Error> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      if (result instanceof ParameterErrors body) {
        body.getFieldErrors()
            .forEach(error -> errors.add(new Error(error.getField(), error.getDefaultMessage())));
      } else {
        String name = result.getMethodParameter().getParameterName();
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          errors.add(new Error(name, error.getDefaultMessage()));
        }
      }
    }
    return sorted(errors);
  }

  static ValidationErrors of(ConstraintViolationException e) {
    List<Error> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(new Error(leaf(violation.getPropertyPath()), violation.getMessage()));
    }
    return sorted(errors);
  }

  String summary() {
    return list.stream()
        .map(error -> error.field() + " " + error.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("The request breaks a constraint.");
  }

  /** A method parameter's path is method.parameter: the operator knows only the parameter. */
  private static String leaf(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name == null ? path.toString() : name;
  }

  private static ValidationErrors sorted(List<Error> errors) {
    errors.sort(Comparator.comparing(Error::field).thenComparing(Error::message));
    return new ValidationErrors(List.copyOf(errors));
  }
}
