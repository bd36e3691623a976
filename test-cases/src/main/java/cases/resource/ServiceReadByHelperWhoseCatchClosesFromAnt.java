package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Silent: a look-alike of {@link ServiceReadByHelperWhoseCatchOnlyLogsFromAnt} whose {@code catch}
 * closes the stream before it logs, so a failing {@code readLine()} does not leave it open. The
 * call hands the stream over.
 */
class ServiceReadByHelperWhoseCatchClosesFromAnt {

  String helperName(File service) throws IOException {
    return firstLine(new FileInputStream(service));
  }

  private String firstLine(InputStream is) throws IOException {
    try {
      BufferedReader rd = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
      String name = rd.readLine();
      rd.close();
      return name;
    } catch (IOException e) {
      is.close();
      System.out.println("Unable to read the service (" + e.getMessage() + ")");
    }
    return null;
  }
}
