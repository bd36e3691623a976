package jakarta.enterprise.context;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stand-in with the real annotation's qualified name, so that the corpus compiles without the
 * dependency-injection library; the engines match the name (SingletonBeans), nothing else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequestScoped {}
