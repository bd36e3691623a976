package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Silent: a look-alike of {@link ServiceReadByHelperWhoseCatchOnlyLogsFromAnt} whose helper closes
 * the reader over the stream in try-with-resources, which a failing {@code readLine()} leaves
 * through too. The call hands the stream over.
 */
class ServiceReadByHelperThatClosesWhateverHappensFromAnt {

  String helperName(File service) throws IOException {
    return firstLine(new FileInputStream(service));
  }

  private String firstLine(InputStream is) {
    try (BufferedReader rd =
        new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8))) {
      return rd.readLine();
    } catch (Exception e) {
      System.out.println("Unable to read the service (" + e.getMessage() + ")");
    }
    return null;
  }
}
