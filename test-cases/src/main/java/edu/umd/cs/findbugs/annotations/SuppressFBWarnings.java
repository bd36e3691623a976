package edu.umd.cs.findbugs.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A stand-in with the real annotation's qualified name and retention (spotbugs-annotations), so
 * that the corpus compiles without it: SpotBugs reads it from the class file, where
 * {@code @SuppressWarnings} (source retention) is gone. A corpus case silenced for every engine
 * carries both.
 */
@Retention(RetentionPolicy.CLASS)
public @interface SuppressFBWarnings {
  String[] value() default {};

  String justification() default "";
}
