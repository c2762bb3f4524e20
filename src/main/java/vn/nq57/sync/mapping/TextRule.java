package vn.nq57.sync.mapping;

/** A free-text field copied with its paragraphs kept, refused when over the contract's limit. */
final class TextRule {

  private final String field;
  private final String target;
  private final int maxLength;

  /** {@code field} is null when the mapping does not fill {@code target}. */
  TextRule(String field, String target, int maxLength) {
    this.field = field;
    this.target = target;
    this.maxLength = maxLength;
  }

  String field() {
    return field;
  }

  /** The cleaned text, or null when the cell is blank or the mapping has no such field. */
  String value(RowFields row) {
    if (field == null) {
      return null;
    }
    String text = VietnameseText.cleanParagraphs(row.get(field));
    if (VietnameseText.length(text) > maxLength) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "Field '%s' (%s) is %d characters long, over the national limit of %d; shorten it in the source."
              .formatted(field, target, VietnameseText.length(text), maxLength));
    }
    return text.isEmpty() ? null : text;
  }
}
