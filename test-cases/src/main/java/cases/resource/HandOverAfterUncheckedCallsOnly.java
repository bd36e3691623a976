package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.List;

/**
 * Silent: before the resource is returned only calls that declare no checked exception run (on
 * it or not); that they could throw an unchecked one is true, but not worth a finding.
 */
class HandOverAfterUncheckedCallsOnly {
  InputStream open(File file, List<String> opened) throws IOException {
    InputStream in = new FileInputStream(file);
    opened.add(file.getName());
    return in;
  }

  ServerSocket listen(int port, List<String> opened) throws IOException {
    ServerSocket server = new ServerSocket(port);
    opened.add("port " + server.getLocalPort());
    return server;
  }
}
