package cases.concat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Silent: the loop runs once per row that describes ONE table (its foreign keys, primary key,
 * indexes: {@code DatabaseMetaData.getImportedKeys}, {@code getPrimaryKeys}, {@code
 * getIndexInfo} take a table's name) or once per column of a query ({@code
 * ResultSetMetaData.getColumnCount()}): hsqldb 2.7.3's {@code TransferDb} builds one table's DDL
 * so. The schema's structure bounds it, not the data in the tables. Look-alikes are reported: a
 * query's rows ({@code while (rs.next())}) grow with the data even when they describe a schema,
 * and {@code getTables}/{@code getColumns} take name patterns and may list a whole database.
 */
class DdlBuiltFromSchemaMetadata {
  static String foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
    String alter = "";
    ResultSet keys = null;
    try {
      keys = meta.getImportedKeys(null, null, table);
      while (keys.next()) {
        alter += "ALTER TABLE " + table + " ADD FOREIGN KEY (" + keys.getString(8) + ");";
      }
    } finally {
      if (keys != null) {
        keys.close();
      }
    }
    return alter;
  }

  static String primaryKey(DatabaseMetaData meta, String table) throws SQLException {
    String key = "";
    try (ResultSet columns = meta.getPrimaryKeys(null, null, table)) {
      while (columns.next()) {
        key += columns.getString(4) + ",";
      }
    }
    return key;
  }

  static String header(ResultSet rows) throws SQLException {
    String header = "";
    ResultSetMetaData columns = rows.getMetaData();
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      header += columns.getColumnLabel(i) + "\t";
    }
    return header;
  }

  static String placeholders(ResultSetMetaData columns) throws SQLException {
    String marks = "";
    int count = columns.getColumnCount();
    for (int i = 0; i < count; i++) {
      marks += "?,";
    }
    return marks;
  }

  static String names(Connection connection) throws SQLException {
    String names = "";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT NAME FROM CUSTOMERS")) {
      while (rows.next()) {
        names += rows.getString(1) + ","; // expect: StringConcatInLoop
      }
    }
    return names;
  }

  static String everyTable(DatabaseMetaData meta) throws SQLException {
    String tables = "";
    try (ResultSet found = meta.getTables(null, null, "%", null)) {
      while (found.next()) {
        tables += found.getString(3) + ","; // expect: StringConcatInLoop
      }
    }
    return tables;
  }

  static String everyColumn(DatabaseMetaData meta, String table) throws SQLException {
    String columns = "";
    try (ResultSet found = meta.getColumns(null, null, table, "%")) {
      while (found.next()) {
        columns += found.getString(4) + ","; // expect: StringConcatInLoop
      }
    }
    return columns;
  }

  static String givenRows(ResultSet rows) throws SQLException {
    String values = "";
    while (rows.next()) {
      values += rows.getString(1); // expect: StringConcatInLoop
    }
    return values;
  }
}
