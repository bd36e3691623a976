package dev.leakproof.checks.finding;

import java.util.List;
import java.util.Objects;

/**
 * A safe automatic fix: text replacements in the finding's file, applied together.
 *
 * @param description what the fix does, shown to the user (SARIF {@code fix.description})
 */
public record Fix(String description, List<Replacement> replacements) {
  public Fix {
    Objects.requireNonNull(description, "description");
    replacements = List.copyOf(replacements);
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("a fix replaces something");
    }
  }

  /**
   * Replace the text of {@code region} (which must have an end) with {@code text}; an empty
   * region (start equals end) inserts.
   */
  public record Replacement(Region region, String text) {
    public Replacement {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(text, "text");
      if (!region.hasColumn() || !region.hasEnd()) {
        throw new IllegalArgumentException("a replacement needs a start and an end column");
      }
    }
  }
}
