package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Flagged: a private helper wraps its stream in a reader and closes the reader after {@code
 * readLine()}, but a failing {@code readLine()} goes to a {@code catch (Exception e)} that only
 * logs, so on that path nobody closes the stream (Ant 1.10.15's {@code
 * ProjectHelperRepository.collectProjectHelpers} handing {@code conn.getInputStream()} to {@code
 * getProjectHelperByService(InputStream)}). Silent look-alikes: {@link ServiceReadByHelperThatClosesWhateverHappensFromAnt}
 * and {@link ServiceReadByHelperWhoseCatchClosesFromAnt}.
 */
class ServiceReadByHelperWhoseCatchOnlyLogsFromAnt {

  String helperName(File service) throws IOException {
    return firstLine(new FileInputStream(service)); // expect: UnclosedResource
  }

  private String firstLine(InputStream is) {
    try {
      BufferedReader rd = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
      String name = rd.readLine();
      rd.close();
      return name;
    } catch (Exception e) {
      System.out.println("Unable to read the service (" + e.getMessage() + ")");
    }
    return null;
  }
}
