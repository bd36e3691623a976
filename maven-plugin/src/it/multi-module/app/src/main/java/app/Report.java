package app;

public class Report extends lib.Base {
  public void add(String[] parts) {
    for (String p : parts) {
      text += p;
    }
  }
}
