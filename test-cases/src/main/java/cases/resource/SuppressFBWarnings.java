package cases.resource;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * SpotBugs' suppression annotation, declared here as projects often do instead of depending on
 * spotbugs-annotations: SpotBugs honours any annotation of this simple name kept in the class
 * file. {@code @SuppressWarnings} is not (source retention), so a corpus case suppresses a
 * finding for every engine with both.
 */
@Retention(RetentionPolicy.CLASS)
@interface SuppressFBWarnings {
  String[] value() default {};

  String justification() default "";
}
