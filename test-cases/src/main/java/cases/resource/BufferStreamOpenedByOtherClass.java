package cases.resource;

import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: {@code openInputStream()} is a creating name, but the method is in another file of the
 * same sources ({@link BufferStreams.InMemory}) and its body returns a stream over a byte array,
 * which holds nothing to release; its body, not its name, decides. From JGit 5.13 {@code
 * DfsInserter.writePackIndex} and {@code TreeFormatter.computeId}, whose {@code
 * TemporaryBuffer.Heap.openInputStream()} reads heap blocks. Flagged look-alike: the same call on
 * the other file's {@link BufferStreams.OnDisk}, whose body opens a file.
 */
class BufferStreamOpenedByOtherClass {
  int firstByte(BufferStreams.InMemory buffer) throws IOException {
    InputStream in = buffer.openInputStream();
    return in.read();
  }

  int firstByte(BufferStreams.OnDisk buffer) throws IOException {
    InputStream in = buffer.openInputStream(); // expect: UnclosedResource "not closed on every path"
    return in.read();
  }
}
