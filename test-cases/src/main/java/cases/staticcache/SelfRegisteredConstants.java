package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent by the letter, but reported by every engine (a known gap; Thymeleaf's
 * {@code ElementDefinitions.HTMLElementDefinitionSpec.ALL_SPECS}): the constructor of a private
 * nested class adds the new instance to a static list, and the class's only {@code new}s
 * initialise static final fields of the enclosing class, so the list holds those few instances,
 * made once while the class initialises. No engine yet follows an add of {@code this} in a
 * constructor to the places that call the constructor. The flagged look-alike, the same class
 * made from a method with its caller's data, is {@link SelfRegisteredFromAMethod}.
 */
class SelfRegisteredConstants {
  static final Spec HTML = new Spec("html");
  static final Spec HEAD = new Spec("head");
  static final Spec BODY = new Spec("body");

  static int specs() {
    return Spec.ALL.size();
  }

  private static final class Spec {
    static final List<Spec> ALL = new ArrayList<Spec>();

    final String name;

    Spec(String name) {
      this.name = name;
      ALL.add(this);
    }
  }
}
