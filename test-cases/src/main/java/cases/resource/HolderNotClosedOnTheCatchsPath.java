package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * Reported look-alikes of {@code HolderClosedInFinallyAfterACatch}: a reader built over the
 * stream is stored into a holder, the read fails into a {@code catch} that returns or goes on,
 * and nothing closes the holder on that path.
 */
class HolderNotClosedOnTheCatchsPath {
  String closedInTheTryOnly(File file) {
    BufferedReader reader = null;
    try {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      String line = reader.readLine();
      reader.close();
      return line;
    } catch (IOException e) {
      return null;
    }
  }

  String finallyClosesAnotherReader(File file, BufferedReader other) throws IOException {
    BufferedReader reader = null;
    try {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      return reader.readLine();
    } catch (IOException e) {
      return null;
    } finally {
      if (other != null) {
        other.close();
      }
    }
  }

  String finallyClosesOnlyWhenTheReadSucceeded(File file) throws IOException {
    BufferedReader reader = null;
    boolean read = false;
    String line = null;
    try {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      line = reader.readLine();
      read = true;
    } catch (IOException e) {
      e.printStackTrace();
    } finally {
      if (read) {
        reader.close();
      }
    }
    return line;
  }

  String catchClosesOnlyTheOtherReader(File file, BufferedReader other) throws IOException {
    BufferedReader reader = null;
    try {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      String line = reader.readLine();
      reader.close();
      return line;
    } catch (IOException e) {
      other.close();
      return null;
    }
  }
}
