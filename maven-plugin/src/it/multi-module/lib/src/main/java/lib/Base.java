package lib;

public class Base {
  protected String text = "";
}
