package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.StructureSources.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructureSourcesTest {
  @Test
  void reflectionListsMembersWrittenInCode() {
    assertEquals(Optional.of(Kind.MEMBERS), StructureSources.of("java.lang.reflect.Method", "getParameterTypes"));
    assertEquals(Optional.of(Kind.MEMBERS), StructureSources.of("java/lang/Class", "getDeclaredFields"));
    assertEquals(Optional.of(Kind.ARRAY_DIMENSIONS), StructureSources.of("java.lang.Class", "isArray"));
    assertEquals(Optional.empty(), StructureSources.of("java.lang.Class", "getName"));
  }

  @Test
  void oneTablesKeysAreRowsButPatternSearchesAreNot() {
    assertEquals(Optional.of(Kind.ROWS), StructureSources.of("java.sql.DatabaseMetaData", "getImportedKeys"));
    assertEquals(Optional.of(Kind.COUNT), StructureSources.of("java.sql.ResultSetMetaData", "getColumnCount"));
    assertEquals(Optional.empty(), StructureSources.of("java.sql.DatabaseMetaData", "getColumns"),
        "a column pattern may list the whole database");
    assertEquals(Optional.empty(), StructureSources.of("java.sql.Statement", "executeQuery"));
  }

  @Test
  void anEnumsValuesIsKnownByItsShape() {
    assertTrue(StructureSources.isEnumValues(true, "values", 0, "java/util/concurrent/TimeUnit",
        "java.util.concurrent.TimeUnit"));
    assertFalse(StructureSources.isEnumValues(false, "values", 0, "a.Map", "a.Map"));
    assertFalse(StructureSources.isEnumValues(true, "values", 0, "a.Registry", "a.Entry"));
    assertTrue(StructureSources.mayBeSource("values"));
    assertFalse(StructureSources.mayBeSource("next"));
  }
}
