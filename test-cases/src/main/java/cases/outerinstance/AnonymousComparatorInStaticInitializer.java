package cases.outerinstance;

import java.util.Comparator;

/** Silent: an anonymous class in a static field initialiser is created in a static context and has no outer instance. */
class AnonymousComparatorInStaticInitializer {
  private static final Comparator<String> BY_LENGTH = new Comparator<String>() {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(a.length(), b.length());
    }
  };

  static Comparator<String> byLength() {
    return BY_LENGTH;
  }
}
