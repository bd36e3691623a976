package cases.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Silent: byte-array streams hold only heap memory; close() does nothing for them. */
class InMemoryStreamsNeedNoClose {
  byte[] reversed(byte[] data) {
    ByteArrayInputStream in = new ByteArrayInputStream(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] copy = new byte[data.length];
    int n = in.read(copy, 0, copy.length);
    for (int i = n - 1; i >= 0; i--) {
      out.write(copy[i]);
    }
    return out.toByteArray();
  }
}
