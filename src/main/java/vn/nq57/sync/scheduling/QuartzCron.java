package vn.nq57.sync.scheduling;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.quartz.CronExpression;

/** A Quartz cron expression (seconds first, one of day-of-month and day-of-week is "?"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuartzCron.Validator.class)
@interface QuartzCron {

  String message() default
      "must be a Quartz cron expression: seconds minutes hours day-of-month month day-of-week"
          + " [year], e.g. \"0 0 15 * * ?\" (every day 15:00) or \"0 0 14 ? * FRI\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Valid when Quartz can parse the expression; blank is left to @NotBlank. */
  class Validator implements ConstraintValidator<QuartzCron, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || CronExpression.isValidExpression(value);
    }
  }
}
