package cases.concat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Silent: every loop that carries the string runs once per element of a structure written in
 * code: a method's parameter types, a constructor's, a class's fields, an enum's constants, the
 * dimensions of an array type (Commons BeanUtils 1.9.4 {@code PropertyUtilsBean}'s signature
 * messages, {@code AbstractConverter}'s {@code "[]"} per dimension). Its size is fixed when the
 * code is compiled, and no data the program reads makes it longer. Look-alikes over data (a list
 * of methods the caller gives, an argument array, a structure loop inside a loop over data, a
 * local also given a caller's array) are reported.
 */
class StringBoundedByCodeStructure {
  enum Colour { RED, GREEN, BLUE }

  static String signature(Method method) {
    String signature = method.getName() + "(";
    for (Class<?> type : method.getParameterTypes()) {
      signature += type.getSimpleName() + ",";
    }
    return signature + ")";
  }

  static String constructorTypes(Constructor<?> constructor) {
    String names = "";
    Class<?>[] types = constructor.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      names += types[i].getName();
    }
    return names;
  }

  static String fieldNames(Class<?> type) {
    String names = "";
    for (Field field : type.getDeclaredFields()) {
      names += field.getName() + " ";
    }
    return names;
  }

  static String colours() {
    String all = "";
    for (Colour colour : Colour.values()) {
      all += colour.name().toLowerCase();
    }
    return all;
  }

  static String arrayTypeName(Class<?> type) {
    String suffix = "";
    Class<?> component = type;
    while (component.isArray()) {
      suffix += "[]";
      component = component.getComponentType();
    }
    return component.getName() + suffix;
  }

  static String methodNames(List<Method> methods) {
    String names = "";
    for (Method method : methods) {
      names += method.getName(); // expect: StringConcatInLoop
    }
    return names;
  }

  static String argumentTypes(Object[] arguments) {
    String types = "";
    for (int i = 0; i < arguments.length; i++) {
      types += arguments[i].getClass().getName(); // expect: StringConcatInLoop
    }
    return types;
  }

  static String everyFieldOfEveryClass(List<Class<?>> types) {
    String names = "";
    for (Class<?> type : types) {
      for (Field field : type.getDeclaredFields()) {
        names += field.getName(); // expect: StringConcatInLoop
      }
    }
    return names;
  }

  static String typesOrArguments(Method method, Class<?>[] given) {
    Class<?>[] types = method.getParameterTypes();
    if (given != null) {
      types = given;
    }
    String names = "";
    for (Class<?> type : types) {
      names += type.getName(); // expect: StringConcatInLoop
    }
    return names;
  }
}
