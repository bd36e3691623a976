package example;

public class Report {
  public String join(String[] parts) {
    String s = "";
    for (String p : parts) {
      s += p;
    }
    return s;
  }

  public String joinFast(String[] parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      s.append(p);
    }
    return s.toString();
  }
}
