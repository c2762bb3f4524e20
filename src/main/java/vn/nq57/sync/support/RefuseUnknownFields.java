package vn.nq57.sync.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body record whose JSON may carry only the record's own fields (and, inside, those
 * of the records it holds): any other field is answered 400 {@code bad-request} naming it, so a
 * misspelt or unsupported option (say {@code "dryrun"}) is never silently ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefuseUnknownFields {}
