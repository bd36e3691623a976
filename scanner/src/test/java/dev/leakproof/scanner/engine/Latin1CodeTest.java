package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Latin1CodeTest {
  @Test
  void everyCharacterIsOfOneKindAndItsByteTellsTheKind() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      byte b = Latin1Code.standIns(String.valueOf(ch))[0];
      assertEquals(Character.isJavaIdentifierStart(ch), SourceWords.isIdentifierStart(b), "" + c);
      assertEquals(Character.isJavaIdentifierPart(ch), SourceWords.isIdentifierPart(b), "" + c);
      assertEquals(Character.isWhitespace(ch), SourceWords.isSpace(b), "" + c);
    }
  }

  @Test
  void namesPastLatin1AreReadAsTheyAreSpelled() {
    // Past Latin-1 in the code: a name, a space (U+3000), a surrogate pair (two characters of
    // no name's, as Character tells them one at a time); and in a comment and a literal only.
    // Each stand-in is the same byte: the names must still differ.
    String text = "class Ä {\u3000int 变量 = 1; int 变数 = 2; int 𝑥 = f (变量);"
        + " void f() { 变量 += \"中\".length(); } /* 中 */ }";
    SourceWords words = SourceWords.of(text);
    assertTrue(words.words().containsAll(Set.of("Ä", "变量", "变数", "f", "length")));
    assertFalse(words.has("中") || words.has("𝑥"));
    assertEquals(List.of("变量"), words.namesDeclaredWithType("int"::equals).stream()
        .filter("变量"::equals).toList());
    assertEquals(List.of(SourceWords.NO_RECEIVER, SourceWords.NO_RECEIVER), words.receiversOf("f"));
    assertEquals(List.of(SourceWords.OTHER_RECEIVER), words.receiversOf("length"));
    // Only in comments and literals: read from the Latin-1 copy, the same words.
    assertEquals(Set.of("class", "A", "String", "s"),
        Set.copyOf(SourceWords.of("class A { String s = \"中\"; // 中?\n }").words()));
  }
}
