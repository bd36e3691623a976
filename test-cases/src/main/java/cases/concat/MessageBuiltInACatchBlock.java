package cases.concat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Silent: the string and every loop that carries it are inside a {@code catch} block, so it is
 * built once per failure, off the path the method is written for (Commons BeanUtils 1.9.4
 * {@code PropertyUtilsBean.invokeMethod}: the "Cannot invoke ... with arguments" message lists
 * the given values' classes and the method's parameter types). A reviewer does not rewrite an
 * error message; a retry loop around the {@code catch} that carries the string on is reported
 * ({@code MessageBuiltAroundACatchBlock}).
 */
class MessageBuiltInACatchBlock {
  Object invoke(Method method, Object bean, Object[] values)
      throws IllegalAccessException, InvocationTargetException {
    try {
      return method.invoke(bean, values);
    } catch (IllegalArgumentException cause) {
      String valueString = "";
      if (values != null) {
        for (int i = 0; i < values.length; i++) {
          if (i > 0) {
            valueString += ", ";
          }
          if (values[i] == null) {
            valueString += "<null>";
          } else {
            valueString += values[i].getClass().getName();
          }
        }
      }
      String expectedString = "";
      Class<?>[] parTypes = method.getParameterTypes();
      for (int i = 0; i < parTypes.length; i++) {
        if (i > 0) {
          expectedString += ", ";
        }
        expectedString += parTypes[i].getName();
      }
      throw new IllegalArgumentException("Cannot invoke " + method.getName() + " on bean "
          + bean + " - " + cause.getMessage() + " - had objects of type \"" + valueString
          + "\" but expected signature \"" + expectedString + "\"", cause);
    }
  }

  /** Declared before the {@code try}, extended only in the {@code catch}'s loop. */
  int parse(List<String> parts) {
    String problem = "";
    try {
      return Integer.parseInt(parts.get(0));
    } catch (NumberFormatException e) {
      for (String part : parts) {
        problem += part + " ";
      }
      throw new IllegalArgumentException(problem, e);
    }
  }

  /** A {@code finally} or a nested {@code try} inside the {@code catch} is still the failure path. */
  void close(List<AutoCloseable> resources) {
    try {
      resources.get(0).close();
    } catch (Exception first) {
      String names = "";
      try {
        for (AutoCloseable resource : resources) {
          names += resource;
        }
      } finally {
        System.err.println(names);
      }
    }
  }
}
