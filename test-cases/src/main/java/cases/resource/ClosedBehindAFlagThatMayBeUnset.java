package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reported look-alikes of {@code ClosedBehindAFlagSetWhereItOpens}: the {@code finally} closes the
 * reader behind a local {@code boolean}, but on some path that opens the file the flag is not
 * set: set on the other branch, cleared again before the read, given a value that is no constant,
 * or another flag tested.
 */
class ClosedBehindAFlagThatMayBeUnset {
  String setOnTheBranchThatDoesNotOpen(Object source) throws IOException {
    BufferedReader reader = null;
    boolean close = false;
    if (source instanceof File) {
      InputStream in = new FileInputStream((File) source); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    } else {
      close = true;
      reader = new BufferedReader((Reader) source);
    }
    try {
      return reader.readLine();
    } finally {
      if (close) {
        reader.close();
      }
    }
  }

  String clearedWhenQuick(File file, boolean quick) throws IOException {
    BufferedReader reader = null;
    boolean close = false;
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    close = true;
    reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    if (quick) {
      close = false;
    }
    try {
      return reader.readLine();
    } finally {
      if (close) {
        reader.close();
      }
    }
  }

  String setFromACall(File file) throws IOException {
    BufferedReader reader = null;
    boolean close = false;
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    close = file.isFile();
    reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      return reader.readLine();
    } finally {
      if (close) {
        reader.close();
      }
    }
  }

  String anotherFlagTested(File file, boolean keep) throws IOException {
    BufferedReader reader = null;
    boolean close = false;
    boolean owned = keep;
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    close = true;
    reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      return reader.readLine();
    } finally {
      if (owned) {
        reader.close();
      }
    }
  }
}
