package dev.leakproof.spotbugs;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.bcel.classfile.JavaClass;

/**
 * Where a field is declared, read from its class's source file when SpotBugs is given the sources
 * ({@code -sourcepath}): the line table has no line for a declaration without an initialiser,
 * which is where the source engines point. Only a single declaration of that type and name in
 * the file counts; anything else (no sources, two nested classes declaring the same field) leaves
 * the caller's bytecode line.
 */
final class FieldDeclarations {
  private FieldDeclarations() {}

  /** The line of the field's name in its declaration, when the source file shows exactly one. */
  static OptionalInt line(JavaClass javaClass, String fieldName, String fieldSignature) {
    String text;
    try {
      text = SuppressedCodeFilter.source(javaClass.getPackageName(),
          javaClass.getSourceFileName(), Integer.MAX_VALUE);
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // no sources given, or not this file
    }
    String type = fieldSignature.startsWith("L")
        ? fieldSignature.substring(fieldSignature.lastIndexOf('/') + 1, fieldSignature.length() - 1)
        : null;
    if (type == null) {
      return OptionalInt.empty();
    }
    type = type.substring(type.lastIndexOf('$') + 1);
    Matcher declaration = Pattern.compile("\\b" + Pattern.quote(type)
        + "\\s*(?:<[^;=(){}]*>)?\\s+(" + Pattern.quote(fieldName) + ")\\s*[;=,]").matcher(text);
    int at = -1;
    while (declaration.find()) {
      if (at >= 0) {
        return OptionalInt.empty(); // declared twice in the file: cannot tell which
      }
      at = declaration.start(1);
    }
    if (at < 0) {
      return OptionalInt.empty();
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return OptionalInt.of(line);
  }
}
