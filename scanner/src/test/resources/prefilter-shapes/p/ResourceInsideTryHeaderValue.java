package p;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;

class ResourceInsideTryHeaderValue {
  String first(String name, String charset) throws IOException {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new FileInputStream(name), charset))) {
      return reader.readLine();
    }
  }
}
