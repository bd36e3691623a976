package cases.threadlocal;

import java.util.Map;

/**
 * Flagged: per-thread StringBuilders lent to code of another file that does not empty them before
 * every fill. {@code APPENDED} goes to {@link PathDecoder#appendDecoded}, which appends without
 * emptying, so each pooled thread's buffer holds every path it ever decoded. {@code PREFIXED} is
 * lent to the emptying {@link PathDecoder#decode}, but a private method appends to it first, and
 * that append builds on the last decoding. {@code HANDED_BACK} goes to {@link
 * PathDecoder#decodeInto}, which empties it but returns it, and the caller appends more. {@code
 * OVERRIDABLE} goes to an instance method whose class a subclass may extend: the body that runs
 * may not empty it.
 */
class BufferLentLookAlikes {
  private static final ThreadLocal<StringBuilder> APPENDED =
      ThreadLocal.withInitial(StringBuilder::new);
  private static final ThreadLocal<StringBuilder> PREFIXED =
      ThreadLocal.withInitial(StringBuilder::new);
  private static final ThreadLocal<StringBuilder> HANDED_BACK =
      ThreadLocal.withInitial(StringBuilder::new);
  private static final ThreadLocal<StringBuilder> OVERRIDABLE =
      ThreadLocal.withInitial(StringBuilder::new);

  String appended(String path) {
    StringBuilder sb = APPENDED.get(); // expect: ThreadLocalNotRemoved
    PathDecoder.appendDecoded(path, sb);
    return sb.toString();
  }

  String prefixed(Map<String, String> exchange) {
    StringBuilder sb = PREFIXED.get(); // expect: ThreadLocalNotRemoved
    mark(sb);
    return PathDecoder.decode(exchange.get("path"), false, sb);
  }

  private static void mark(StringBuilder sb) {
    sb.append('/');
  }

  String handedBack(String path) {
    StringBuilder sb = HANDED_BACK.get(); // expect: ThreadLocalNotRemoved
    return PathDecoder.decodeInto(path, sb).append('/').toString();
  }

  String overridable(PathDecoder.Decoder decoder, String path) {
    StringBuilder sb = OVERRIDABLE.get(); // expect: ThreadLocalNotRemoved
    return decoder.decode(path, sb);
  }
}
