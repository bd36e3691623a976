package consumer;

import java.util.List;

public class Report {
  public String render(List<String> lines) {
    String report = "";
    for (String line : lines) {
      report += line + "\n"; // leak: StringConcatInLoop
    }
    return report;
  }

  @SuppressWarnings("StringConcatInLoop")
  public String renderQuietly(List<String> lines) {
    String report = "";
    for (String line : lines) {
      report += line + "\n";
    }
    return report;
  }

  public String renderWithBuilder(List<String> lines) {
    StringBuilder report = new StringBuilder();
    for (String line : lines) {
      report.append(line).append('\n');
    }
    return report.toString();
  }
}
