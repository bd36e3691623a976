package consumer;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.util.List;

public class Lines {
  public String firstLine(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new FileReader(file))) {
      String line = reader.readLine();
      return line == null ? "" : line.trim();
    }
  }

  public String joined(List<String> lines) {
    StringBuilder all = new StringBuilder();
    for (String line : lines) {
      all.append(line + "\n");
    }
    return all.toString();
  }

  public String joinedWithBuilder(List<String> lines) {
    StringBuilder all = new StringBuilder();
    for (String line : lines) {
      all.append(line).append('\n');
    }
    return all.toString();
  }
}
