package app.generated;

/** Generated code, excluded by the parent's configuration. */
public class Gen {
  public String all(String[] parts) {
    String s = "";
    for (String p : parts) {
      s += p;
    }
    return s;
  }
}
