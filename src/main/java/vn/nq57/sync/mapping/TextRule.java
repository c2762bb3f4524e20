package vn.nq57.sync.mapping;

/** A free-text field copied with its paragraphs kept, refused when over the contract's limit. */
final class TextRule {

  private final Selector source;
  private final String target;
  private final int maxLength;

  /** {@code source} is null when the mapping does not fill {@code target}. */
  TextRule(Selector source, String target, int maxLength) {
    this.source = source;
    this.target = target;
    this.maxLength = maxLength;
  }

  /**
   * The cleaned text, or null when the cell is blank, the mapping has no such field or its
   * condition fails.
   */
  String value(RowFields row) {
    if (source == null || !source.applies(row)) {
      return null;
    }
    String text = VietnameseText.cleanParagraphs(source.read(row));
    if (VietnameseText.length(text) > maxLength) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "Field '%s' (%s) is %d characters long, over the national limit of %d; shorten it in the source."
              .formatted(source.label(), target, VietnameseText.length(text), maxLength));
    }
    return text.isEmpty() ? null : text;
  }
}
