package vn.nq57.sync.support;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as the operator API and the console show it.
 *
 * @param items this page's items, in the list's order
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param total how many items the whole list holds
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  /** The largest page the API hands out. */
  public static final int MAX_SIZE = 500;

  public ResultPage {
    items = List.copyOf(items);
  }

  /** The row offset of a page, for SQL {@code OFFSET}. */
  public static long offset(int page, int size) {
    return (long) Math.max(page, 0) * size;
  }

  /** A requested page size brought within 1..{@link #MAX_SIZE}. */
  public static int clampSize(int size) {
    return Math.min(Math.max(size, 1), MAX_SIZE);
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
