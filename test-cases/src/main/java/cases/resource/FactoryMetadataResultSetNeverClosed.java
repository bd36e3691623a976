package cases.resource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Flagged: a {@code DatabaseMetaData} catalog query returns a result set the caller must close
 * (the driver runs a statement of its own for it); asking only for its first row leaves it open.
 * The look-alike closes it.
 */
class FactoryMetadataResultSetNeverClosed {
  boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    ResultSet tables = metadata.getTables(null, null, table, null); // expect: UnclosedResource "not closed on every path"
    return tables.next();
  }

  boolean columnExists(Connection connection, String table, String column) throws SQLException {
    try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
      return columns.next();
    }
  }
}
