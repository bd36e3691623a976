package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * A POI package part opens a new stream over its zip entry on each {@code getInputStream()},
 * the caller's to close (POI 5.1.0 {@code OOXMLURIDereferencer.dereference}: {@code dataStream =
 * part.getInputStream()}, read and never closed; fixed in 5.2.0 with try-with-resources).
 */
public class PackagePartStreamNeverClosed {
  static int firstByte(PackagePart part) throws IOException {
    InputStream data = part.getInputStream(); // expect: UnclosedResource
    return data.read();
  }

  static int firstByteClosed(PackagePart part) throws IOException {
    try (InputStream data = part.getInputStream()) {
      return data.read();
    }
  }

  static InputStream handedToTheCaller(PackagePart part) throws IOException {
    return part.getInputStream();
  }

  static boolean typeOnly(PackagePart part) {
    return part.getContentType().endsWith("+xml");
  }
}
