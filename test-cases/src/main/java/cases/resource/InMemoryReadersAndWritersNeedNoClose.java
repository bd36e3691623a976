package cases.resource;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

/** Silent: StringReader, StringWriter and CharArrayWriter wrap heap memory only; nothing leaks unclosed. */
class InMemoryReadersAndWritersNeedNoClose {
  String upperFirst(String text) throws IOException {
    StringReader reader = new StringReader(text);
    StringWriter writer = new StringWriter();
    CharArrayWriter rest = new CharArrayWriter();
    int first = reader.read();
    if (first != -1) {
      writer.write(Character.toUpperCase(first));
    }
    int c;
    while ((c = reader.read()) != -1) {
      rest.write(c);
    }
    writer.write(rest.toCharArray());
    return writer.toString();
  }
}
