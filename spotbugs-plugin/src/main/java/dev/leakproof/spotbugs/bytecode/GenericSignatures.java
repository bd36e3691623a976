package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.threadlocal.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.Utility;

/**
 * Reads a generic type from a class file's {@code Signature} attribute (JVMS 4.7.9.1) into the
 * models' {@link ValueType}: {@code Ljava/util/Map<Ljava/lang/String;Lcom/example/User;>;} is
 * {@code java.util.Map<java.lang.String, com.example.User>}. Type variables and wildcards are
 * unknown; nested classes keep their binary name ({@code Outer$Inner}).
 */
public final class GenericSignatures {
  private final String text;
  private int at;

  private GenericSignatures(String text, int at) {
    this.text = text;
    this.at = at;
  }

  /** The type a field signature ({@code Signature} of a field, or its descriptor) denotes. */
  public static ValueType fieldType(String signature) {
    try {
      return new GenericSignatures(signature, 0).type();
    } catch (RuntimeException malformed) {
      return ValueType.unknown();
    }
  }

  /** The superclass in a class signature ({@code <T:…>Lsuper<…>;Linterface;…}). */
  public static ValueType superclass(String classSignature) {
    try {
      GenericSignatures reader = new GenericSignatures(classSignature, 0);
      reader.skipTypeParameters();
      return reader.type();
    } catch (RuntimeException malformed) {
      return ValueType.unknown();
    }
  }

  private ValueType type() {
    char c = text.charAt(at++);
    switch (c) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z': // a primitive: its name as BCEL spells it
        return ValueType.of(Utility.signatureToString(String.valueOf(c), false));
      case '[': {
        ValueType element = type();
        return element.isKnown() ? ValueType.of(element.name() + "[]") : element;
      }
      case 'T':
        at = text.indexOf(';', at) + 1;
        return ValueType.unknown();
      case 'L':
        return classType();
      default:
        throw new IllegalArgumentException("not a type signature: " + text);
    }
  }

  /** After the {@code L}: {@code pkg/Outer<args>.Inner<args>;}; the last arguments count. */
  private ValueType classType() {
    StringBuilder name = new StringBuilder();
    List<ValueType> arguments = List.of();
    while (true) {
      char c = text.charAt(at++);
      if (c == ';') {
        return ValueType.of(name.toString().replace('/', '.'), arguments.toArray(ValueType[]::new));
      } else if (c == '<') {
        arguments = typeArguments();
      } else if (c == '.') {
        name.append('$');
        arguments = List.of();
      } else {
        name.append(c);
      }
    }
  }

  private List<ValueType> typeArguments() {
    List<ValueType> arguments = new ArrayList<>();
    while (text.charAt(at) != '>') {
      char c = text.charAt(at);
      if (c == '*') {
        at++;
        arguments.add(ValueType.unknown());
      } else if (c == '+' || c == '-') {
        at++;
        type();
        arguments.add(ValueType.unknown()); // a wildcard: any subtype, or a supertype
      } else {
        arguments.add(type());
      }
    }
    at++;
    return arguments;
  }

  private void skipTypeParameters() {
    if (text.charAt(at) != '<') {
      return;
    }
    int depth = 0;
    do {
      char c = text.charAt(at++);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
    } while (depth > 0);
  }
}
