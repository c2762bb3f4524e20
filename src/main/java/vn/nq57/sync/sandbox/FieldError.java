package vn.nq57.sync.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One reason for a refusal, as the contract's FieldError: {@code items[3].completedOn}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldError(String field, String code, String message) {}
