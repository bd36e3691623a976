package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SourceOutlineTest {
  private static final String TEXT = """
      package p;
      /** A class. */
      class A {
        int size = 2; // two
        String open(String name) {
          return name + "//" + '/';
        }
      }
      """;

  private static SourceOutline.Fingerprints of(String text) {
    return SourceOutline.of(text);
  }

  @Test
  void commentsAndTrailingSpaceChangeNeither() {
    assertEquals(of(TEXT), of(TEXT.replace("/** A class. */", "/* another */")));
    assertEquals(of(TEXT), of(TEXT.replace("// two", "// three, longer")));
    assertEquals(of(TEXT), of(TEXT + "// appended\n\n"));
    assertEquals(of(TEXT), of(TEXT.replace("{\n", "{   \n")));
  }

  @Test
  void codeInsideABodyChangesTheCodeNotTheOutline() {
    String edited = TEXT.replace("name + \"//\"", "name + \"/*\"");
    assertNotEquals(of(TEXT).code(), of(edited).code());
    assertEquals(of(TEXT).outline(), of(edited).outline());
  }

  @Test
  void linesAddedInsideABodyMoveTheCodeNotTheOutline() {
    for (String edited : new String[] {
        TEXT.replace("return name", "name.trim();\n    return name"),
        TEXT.replace("/** A class. */", "/** A class.\n */"), // every later token moves
        TEXT.replace("int size = 2;", "int  size =\n 2;"),
    }) {
      assertNotEquals(of(TEXT).code(), of(edited).code(), edited);
      assertEquals(of(TEXT).outline(), of(edited).outline(), edited);
    }
  }

  @Test
  void declarationsChangeBoth() {
    for (String edited : new String[] {
        TEXT.replace("int size = 2", "int size = 3"), // a field's initializer stays
        TEXT.replace("String open(String name)", "String open(Object name)"),
        TEXT.replace("class A {", "class A { void close() {} "),
        TEXT.replace("int size", "int[] size"),
    }) {
      assertNotEquals(of(TEXT).code(), of(edited).code(), edited);
      assertNotEquals(of(TEXT).outline(), of(edited).outline(), edited);
    }
  }

  @Test
  void spacesInsideLiteralsAreTokens() {
    String field = "class A { String s = \"a  b\"; char c = ' '; }";
    assertNotEquals(of(field).outline(), of(field.replace("a  b", "a b")).outline());
    assertNotEquals(of(field).outline(), of(field.replace("' '", "'\\t'")).outline());
    assertEquals("class A { String s = \"a  b\"; }",
        SourceOutline.tokensOnly("class A {\n  String s  =  \"a  b\";\n}\n"));
  }

  @Test
  void aTextThisReadingIsNotSureOfCountsWhole() {
    for (String odd : new String[] {
        TEXT.replace("\"//\"", "\"\"\"\n  //\"\"\""), // a text block
        TEXT.replace("'/'", "'\\u002F'"), // a Unicode escape
        TEXT.replace("/** A class. */", "/* open"), // an unterminated comment
    }) {
      assertNotEquals(of(odd), of(odd + "// appended\n"), odd);
      assertEquals(of(odd).code(), of(odd).outline(), odd);
    }
  }
}
