package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Silent: a wrapper around an in-memory stream holds no OS resource either. */
class WrapperAroundByteArrayOutputStream {
  byte[] encode(int id, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(id);
    out.writeUTF(name);
    out.flush();
    return bytes.toByteArray();
  }

  String describe(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text, true));
    return text.toString();
  }
}
