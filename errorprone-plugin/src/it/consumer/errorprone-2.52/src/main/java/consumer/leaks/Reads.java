package consumer.leaks;

import java.io.FileInputStream;
import java.io.IOException;

/** Reads the first byte and never closes the file. */
public class Reads {
  public static int firstByte(String path) throws IOException {
    FileInputStream in = new FileInputStream(path); // leak: UnclosedResource
    return in.read();
  }
}
