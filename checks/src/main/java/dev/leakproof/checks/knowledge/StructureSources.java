package dev.leakproof.checks.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calls whose result is sized by the STRUCTURE of code or of a database schema, not by data the
 * program processes: a loop over one of them runs once per parameter of a method, per field of a
 * class, per dimension of an array type, per key column of one table. StringConcatInLoop's
 * {@code LoopCarriedString.boundedByStructure} asks this table about the expression a loop
 * iterates or tests.
 *
 * <p>Three kinds ({@link Kind}): an array of members ({@code for (Class<?> t :
 * m.getParameterTypes())}, {@code i < fields.length}), the rows of a metadata result set ({@code
 * while (keys.next())}), and a count ({@code i <= meta.getColumnCount()}). Read from the JDK's
 * javadoc (Java SE 8 to 21):
 *
 * <ul>
 *   <li>{@code java.lang.reflect.Method}, {@code Constructor} (and their supertype {@code
 *       Executable}, Java 8+) {@code getParameterTypes()}: "Returns an array of Class objects that
 *       represent the formal parameter types, in declaration order, of the executable represented
 *       by this object"; {@code getGenericParameterTypes()}, {@code getParameters()} ("an array of
 *       Parameter objects representing all the parameters to the executable"), {@code
 *       getParameterAnnotations()}, {@code getExceptionTypes()} ("the exception types declared as
 *       being thrown by the executable"), {@code getGenericExceptionTypes()}, {@code
 *       getTypeParameters()}. A method descriptor holds at most 255 parameter slots (JVMS 4.3.3).
 *   <li>{@code java.lang.Class.getDeclaredFields()} ("all the fields declared by the class or
 *       interface represented by this Class object"), {@code getFields()}, {@code getMethods()},
 *       {@code getDeclaredMethods()}, {@code getConstructors()}, {@code
 *       getDeclaredConstructors()}, {@code getInterfaces()} ("the interfaces directly implemented
 *       by the class or interface"), {@code getGenericInterfaces()}, {@code getTypeParameters()},
 *       {@code getEnumConstants()}, {@code getDeclaredClasses()}, {@code getClasses()}: members
 *       written in one class's source.
 *   <li>An enum's {@code values()}: "Returns an array containing the constants of this enum type,
 *       in the order they are declared" (JLS 8.9.3, implicitly declared {@code public static E[]
 *       values()}); the engines recognise it by its shape, a static {@code values()} without
 *       parameters returning an array of its own class ({@link #isEnumValues}).
 *   <li>{@code java.sql.DatabaseMetaData.getPrimaryKeys(catalog, schema, table)}: "Retrieves a
 *       description of the given table's primary key columns"; {@code getImportedKeys}: "the
 *       primary key columns that are referenced by the given table's foreign key columns"; {@code
 *       getExportedKeys}: "the foreign key columns that reference the given table's primary key
 *       columns"; {@code getIndexInfo}: "the given table's indices and statistics". Each takes a
 *       table NAME ("must match the table name as it is stored in the database"), so its rows
 *       describe one table. Not {@code getColumns}, {@code getTables} or {@code getProcedures}:
 *       they take name PATTERNS ({@code "%"}) and may list a whole database, which grows with
 *       what the users created.
 *   <li>{@code java.sql.ResultSetMetaData.getColumnCount()}: "Returns the number of columns in
 *       this ResultSet object": fixed by the query's select list, whatever the rows hold.
 *   <li>{@code java.lang.Class.isArray()} as a loop's test ({@code while (c.isArray()) { … c =
 *       c.getComponentType(); }}): "Determines if this Class object represents an array class";
 *       an array type has at most 255 dimensions (JVMS 4.4.1).
 * </ul>
 */
public final class StructureSources {

  /** What a loop over the call's result runs once per. */
  public enum Kind {
    /** An array of members (parameters, fields, methods, enum constants): iterated or indexed. */
    MEMBERS,
    /** A {@code ResultSet} whose rows describe one table ({@code while (rs.next())}). */
    ROWS,
    /** A count ({@code i < meta.getColumnCount()}). */
    COUNT,
    /** A test that holds once per dimension of an array type ({@code c.isArray()}). */
    ARRAY_DIMENSIONS
  }

  private static final Set<String> EXECUTABLE_MEMBERS = Set.of("getParameterTypes",
      "getGenericParameterTypes", "getParameters", "getParameterAnnotations",
      "getExceptionTypes", "getGenericExceptionTypes", "getTypeParameters");

  private static final Map<String, Map<String, Kind>> TABLE = Map.of(
      "java.lang.reflect.Method", members(EXECUTABLE_MEMBERS),
      "java.lang.reflect.Constructor", members(EXECUTABLE_MEMBERS),
      "java.lang.reflect.Executable", members(EXECUTABLE_MEMBERS),
      "java.lang.Class", withIsArray(members(Set.of("getDeclaredFields", "getFields",
          "getMethods", "getDeclaredMethods", "getConstructors", "getDeclaredConstructors",
          "getInterfaces", "getGenericInterfaces", "getTypeParameters", "getEnumConstants",
          "getDeclaredClasses", "getClasses"))),
      "java.sql.DatabaseMetaData", Map.of("getPrimaryKeys", Kind.ROWS,
          "getImportedKeys", Kind.ROWS, "getExportedKeys", Kind.ROWS, "getIndexInfo", Kind.ROWS),
      "java.sql.ResultSetMetaData", Map.of("getColumnCount", Kind.COUNT));

  private StructureSources() {}

  /**
   * What a call of {@code owner.method} (the class or interface that declares it, dotted or with
   * slashes) enumerates, or empty when it is no structure source.
   */
  public static Optional<Kind> of(String owner, String method) {
    return Optional.ofNullable(TABLE.getOrDefault(owner.replace('/', '.'), Map.of()).get(method));
  }

  /**
   * Whether a call is an enum's implicit {@code values()}: static, named {@code values}, without
   * parameters, returning an array whose element type is the class that declares it.
   */
  public static boolean isEnumValues(boolean isStatic, String method, int parameters,
      String owner, String returnedElementType) {
    return isStatic && method.equals("values") && parameters == 0
        && owner.replace('/', '.').equals(returnedElementType.replace('/', '.'));
  }

  /** Whether some listed method has this name: a cheap filter before an engine resolves a call. */
  public static boolean mayBeSource(String method) {
    return method.equals("values")
        || TABLE.values().stream().anyMatch(methods -> methods.containsKey(method));
  }

  private static Map<String, Kind> members(Set<String> methods) {
    return methods.stream().collect(Collectors.toUnmodifiableMap(
        method -> method, method -> Kind.MEMBERS));
  }

  private static Map<String, Kind> withIsArray(Map<String, Kind> methods) {
    Map<String, Kind> all = new HashMap<>(methods);
    all.put("isArray", Kind.ARRAY_DIMENSIONS);
    return Map.copyOf(all);
  }
}
