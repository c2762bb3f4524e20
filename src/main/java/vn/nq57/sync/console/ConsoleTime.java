package vn.nq57.sync.console;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.VietnamTime;

/**
 * Times on the pages, always in Vietnam time whatever offset the database answered with, in the
 * day-first form both languages of the console read ({@code 25/08/2025 15:00}). Templates call it
 * as {@code @consoleTime}.
 */
@Component("consoleTime")
class ConsoleTime {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The time as "dd/MM/yyyy HH:mm" in Vietnam time; a dash for none. */
  public String format(OffsetDateTime time) {
    return time == null ? "—" : time.atZoneSameInstant(VietnamTime.ZONE).format(DATE_TIME);
  }

  /** The ISO form, for the machine-readable datetime attribute of a time element. */
  public String iso(OffsetDateTime time) {
    return time == null ? "" : time.toString();
  }
}
