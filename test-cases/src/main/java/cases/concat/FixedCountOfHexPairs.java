package cases.concat;

import java.util.List;
import java.util.Random;

/**
 * Silent: the loops that carry the string run a few times the code states (a counter from one
 * literal to another in literal steps, changed nowhere else): Undertow's {@code MCMPWebManager}
 * turns a 16-byte nonce into eight hex pairs once per manager. No input makes the loop longer,
 * so the copying is bounded and small. Look-alikes that run longer, or as often as the data
 * says, are reported.
 */
class FixedCountOfHexPairs {
  private final Random random = new Random();
  private String nonce;

  String nonce() {
    if (nonce == null) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      nonce = "";
      for (int i = 0; i < 16; i = i + 2) {
        nonce = nonce.concat(Integer.toHexString(0xFF & bytes[i] * 16 + 0xFF & bytes[i + 1]));
      }
    }
    return nonce;
  }

  static String ruler() {
    String ruler = "";
    for (int row = 0; row < 2; row++) {
      for (int tick = 10; tick > 0; tick -= 2) {
        ruler += tick % 4 == 0 ? "|" : ".";
      }
    }
    return ruler;
  }

  static String tooManyToIgnore() {
    String zeros = "";
    for (int i = 0; i < 10000; i++) {
      zeros += "0"; // expect: StringConcatInLoop
    }
    return zeros;
  }

  static String counterAlsoMovedInTheBody(String text) {
    String letters = "";
    for (int i = 0; i < 16; i++) {
      letters += text.charAt(i); // expect: StringConcatInLoop
      if (text.charAt(i) == '\\') {
        i++;
      }
    }
    return letters;
  }

  static String fixedInnerLoopInsideADataLoop(List<byte[]> digests) {
    String hex = "";
    for (byte[] digest : digests) {
      for (int i = 0; i < 4; i++) {
        hex += Integer.toHexString(digest[i] & 0xFF); // expect: StringConcatInLoop
      }
    }
    return hex;
  }
}
