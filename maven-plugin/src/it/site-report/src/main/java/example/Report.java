package example;

public class Report {
  public String join(String[] parts) {
    String s = "";
    for (String p : parts) {
      s += p;
    }
    return s;
  }
}
