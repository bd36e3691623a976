package cases.resource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Silent: a parser Jackson's TokenBuffer makes over its own tokens holds only memory, so closing
 * it only on the normal path leaks nothing (jackson-databind BeanDeserializer:632,
 * deserializeFromNull). A parser given by the caller is another's to close.
 */
class ParserOverTokenBufferClosedOnNormalPath {
  String firstBuffered(TokenBuffer buffer, JsonParser source) throws IOException {
    buffer.writeToken("}");
    JsonParser replay = buffer.asParser(source);
    String first = replay.nextToken();
    replay.close();
    return first;
  }
}
