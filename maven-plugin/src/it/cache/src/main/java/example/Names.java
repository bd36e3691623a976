package example;

public class Names {
  public String first(String[] names) {
    return names.length == 0 ? "" : names[0];
  }
}
