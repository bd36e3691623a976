package dev.leakproof.checks.sarif;

import dev.leakproof.checks.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial fingerprints that let code scanning recognise a finding across commits.
 *
 * <p>A fingerprint hashes the rule, the file and the text of the finding's line with all
 * whitespace removed, so inserting or deleting lines elsewhere in the file, or re-indenting or
 * reformatting the line, keeps it. Identical lines of one rule in one file are told apart by an
 * ordinal (1 for the first such finding from the top of the file, 2 for the next…). Engines
 * that have no source text (bytecode) fall back to the line number, which is all they have.
 */
final class Fingerprints {
  /** The {@code partialFingerprints} key; bump the version when the hash input changes. */
  static final String KEY = "leakproof/v1";

  private Fingerprints() {}

  /**
   * The fingerprint of each finding, in the order given. {@code sortedFindings} must be in
   * file order (as {@link SarifWriter} sorts them) so ordinals count from the top of the file.
   */
  static List<String> of(List<Finding> sortedFindings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> fingerprints = new ArrayList<>(sortedFindings.size());
    for (Finding finding : sortedFindings) {
      String identity = identity(finding);
      int ordinal = seen.merge(identity, 1, Integer::sum);
      fingerprints.add(sha256Hex(identity + field(Integer.toString(ordinal))) + ":" + ordinal);
    }
    return fingerprints;
  }

  /**
   * Rule, file (as its URI, so {@code ./A.java} and {@code A.java} agree) and line content, each
   * length-prefixed so no two inputs hash alike.
   */
  private static String identity(Finding finding) {
    String text = withoutWhitespace(finding.lineText());
    String where =
        text.isEmpty() ? "line " + finding.region().startLine() : "text " + text;
    String file = ArtifactUri.of(finding.region().path());
    return field(finding.rule().ruleName()) + field(file) + field(where);
  }

  private static String field(String value) {
    return value.length() + ":" + value + ";";
  }

  static String withoutWhitespace(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static String sha256Hex(String input) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder hex = new StringBuilder(digest.length * 2);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }
}
