package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * One task of the national catalogue ({@code CatalogTask} of the contract): its code, title and the
 * unit it is assigned to.
 *
 * @param taskCode the national task code, e.g. {@code NQ57.KL.PL1.01}
 * @param title the task as the national plan words it
 * @param sourceDocument the document that assigned it, when the catalogue says
 * @param dueOn its due date; null for recurring or conditional deadlines
 * @param dueText the deadline as worded, e.g. {@code Thường xuyên}
 * @param assignedUnitCode the reporting unit the task is assigned to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueTask(
    String taskCode,
    String title,
    String sourceDocument,
    LocalDate dueOn,
    String dueText,
    String assignedUnitCode) {}
