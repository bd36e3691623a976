package dev.leakproof.checks.sarif;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, so that {@code checks} needs no JSON library at run time.
 *
 * <p>Keys come out in the order they are written (the caller fixes the order, so output never
 * depends on hash order). Output is indented by two spaces with {@code \n} line ends on every
 * platform, and is pure ASCII: every character outside printable ASCII is written as a
 * {@code \}{@code uXXXX} escape (characters outside the Basic Multilingual Plane as their
 * surrogate pair), so the text survives being saved in any charset. A lone surrogate, which no
 * Unicode encoding can carry, becomes U+FFFD.
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(4096);
  /** One entry per open object or array: whether it has a member yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  /** True right after {@link #name}: the next value belongs to that name. */
  private boolean afterName;

  JsonWriter beginObject() {
    return open('{');
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    return open('[');
  }

  JsonWriter endArray() {
    return close(']');
  }

  /** The name of the next member of the current object. */
  JsonWriter name(String name) {
    if (open.isEmpty() || afterName) {
      throw new IllegalStateException("a name needs an open object and no pending name");
    }
    newMember();
    quote(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    quote(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes {@code "name": value}. */
  JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, boolean value) {
    return name(name).value(value);
  }

  /** Writes {@code "name": {"text": text}}, SARIF's message and multiformat string shape. */
  JsonWriter textObject(String name, String text) {
    return name(name).beginObject().field("text", text).endObject();
  }

  /** The finished document, ending in a newline. */
  String finish() {
    if (!open.isEmpty() || afterName || out.length() == 0) {
      throw new IllegalStateException("JSON document is not complete");
    }
    return out + "\n";
  }

  private JsonWriter open(char bracket) {
    beforeValue();
    out.append(bracket);
    open.push(new boolean[1]);
    return this;
  }

  private JsonWriter close(char bracket) {
    if (open.isEmpty() || afterName) {
      throw new IllegalStateException("nothing to close with " + bracket);
    }
    boolean hadMembers = open.pop()[0];
    if (hadMembers) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      newMember();
    } else if (out.length() > 0) {
      throw new IllegalStateException("a JSON document has one top-level value");
    }
  }

  /** Separator and indentation before a member of the innermost object or array. */
  private void newMember() {
    boolean[] hasMembers = open.peek();
    if (hasMembers[0]) {
      out.append(',');
    }
    hasMembers[0] = true;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < open.size(); i++) {
      out.append("  ");
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            unicodeEscape(c);
            unicodeEscape(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape('\ufffd');
          } else {
            unicodeEscape(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
