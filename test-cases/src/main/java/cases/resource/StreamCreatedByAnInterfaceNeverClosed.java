package cases.resource;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream from a method of an interface named as creating it ({@code create…}, {@code open…},
 * {@code new…}: acquired by convention), read and never closed, in a class that closes nothing and
 * names no factory the tables know. The SpotBugs plugin's class filter looked only for those names
 * and {@code close}, so it skipped the class (a look-alike that closes would name {@code close}).
 */
class StreamCreatedByAnInterfaceNeverClosed {
  interface Attachment {
    InputStream createInputStream() throws IOException;
  }

  int firstByte(Attachment attachment) throws IOException {
    InputStream in = attachment.createInputStream(); // expect: UnclosedResource
    return in.read();
  }
}
