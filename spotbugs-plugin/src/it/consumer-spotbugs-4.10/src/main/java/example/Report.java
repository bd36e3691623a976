package example;

import java.util.List;

/** Renders a report the slow way: the string is copied on every iteration. */
public class Report {
  public String render(List<String> lines) {
    String report = "";
    for (String line : lines) {
      report += line + "\n"; // the finding
    }
    return report;
  }

  /** The compliant way: nothing to report. */
  public String renderWithBuilder(List<String> lines) {
    StringBuilder report = new StringBuilder();
    for (String line : lines) {
      report.append(line).append('\n');
    }
    return report.toString();
  }
}
