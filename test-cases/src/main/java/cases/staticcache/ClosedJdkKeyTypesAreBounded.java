package cases.staticcache;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Silent: each map is keyed by a JDK type whose values the JVM fixes, whatever the input spells:
 * the charsets this JVM supports ({@code Charset.forName} of any other name throws), the two
 * {@code Boolean}s, the 256 {@code Byte}s. Each holds at most that many entries.
 */
class ClosedJdkKeyTypesAreBounded {
  private static final Map<Charset, Float> BYTES_PER_CHAR = new ConcurrentHashMap<>();
  private static final Map<Boolean, String> LABELS = new ConcurrentHashMap<>();
  private static final Map<Byte, String> HEX = new ConcurrentHashMap<>();

  static float bytesPerChar(String charsetName) {
    Charset charset = Charset.forName(charsetName);
    return BYTES_PER_CHAR.computeIfAbsent(charset, c -> c.newEncoder().averageBytesPerChar());
  }

  static String label(boolean enabled, String yes, String no) {
    return LABELS.computeIfAbsent(enabled, on -> on ? yes : no);
  }

  static String hex(byte b) {
    return HEX.computeIfAbsent(b, v -> String.format("%02x", v));
  }
}
