package cases.concat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Silent inside a type annotated {@code @Generated} (any annotation of that simple name:
 * {@code javax.annotation.Generated}, {@code javax.annotation.processing.Generated},
 * {@code lombok.Generated}, …) and the types nested in it; reported in the hand-written class
 * beside it. The annotation here has class retention, like {@code lombok.Generated}, so bytecode
 * sees it too.
 */
class GeneratedAnnotatedBuilder {
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Generated {
    String value();
  }

  @Generated("an annotation processor")
  static final class Joiner {
    String join(List<String> parts) {
      String joined = "";
      for (String part : parts) {
        joined += part;
      }
      return joined;
    }

    static final class Nested {
      String join(List<String> parts) {
        String joined = "";
        for (String part : parts) {
          joined += part;
        }
        return joined;
      }
    }
  }

  static final class HandWritten {
    String join(List<String> parts) {
      String joined = "";
      for (String part : parts) {
        joined += part; // expect: StringConcatInLoop
      }
      return joined;
    }
  }
}
