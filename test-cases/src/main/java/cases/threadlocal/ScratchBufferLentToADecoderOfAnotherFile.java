package cases.threadlocal;

import java.util.Map;

/**
 * Not flagged: Undertow's {@code URLDecodingHandler}. The per-thread StringBuilder is returned by
 * a private accessor, kept in a local, handed to private methods, and every one of them lends it
 * only to {@link PathDecoder#decode}, a static method of another file whose first statement
 * empties it ({@code buffer.setLength(0)}) and which keeps it to itself. So every use starts from
 * an empty buffer: each pooled thread keeps one JDK buffer, which pins no application class
 * loader, holding at most one decoding's output.
 */
class ScratchBufferLentToADecoderOfAnotherFile {
  private static final ThreadLocal<StringBuilder> DECODING_BUFFER =
      ThreadLocal.withInitial(StringBuilder::new);

  void handle(Map<String, String> exchange, boolean inIoThread) {
    final StringBuilder sb = bufferFor(inIoThread);
    decodePath(exchange, sb);
    decodeParameters(exchange, sb);
  }

  private static void decodePath(Map<String, String> exchange, StringBuilder sb) {
    exchange.put("path", PathDecoder.decode(exchange.get("path"), false, sb));
  }

  private static void decodeParameters(Map<String, String> exchange, StringBuilder sb) {
    for (Map.Entry<String, String> entry : exchange.entrySet()) {
      entry.setValue(PathDecoder.decode(entry.getValue(), true, sb));
    }
  }

  private static StringBuilder bufferFor(boolean inIoThread) {
    if (inIoThread) {
      return DECODING_BUFFER.get();
    }
    return new StringBuilder();
  }
}
