package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent (MyBatis' OGNL {@code OgnlRuntime.HEX_PADDING}): keyed by the length of
 * {@code Integer.toHexString}, which is 1 to 8, so the map holds at most 8 paddings.
 */
class PaddingKeyedByHexLength {
  private static final Map<Integer, String> HEX_PADDING = new HashMap<>();
  private static final int HEX_LENGTH = 8;

  static String pointer(int num) {
    String hex = Integer.toHexString(num), pad;
    Integer length = hex.length();
    if ((pad = HEX_PADDING.get(length)) == null) {
      StringBuilder zeros = new StringBuilder();
      for (int i = hex.length(); i < HEX_LENGTH; i++) {
        zeros.append('0');
      }
      pad = zeros.toString();
      HEX_PADDING.put(length, pad);
    }
    return pad + hex;
  }
}
