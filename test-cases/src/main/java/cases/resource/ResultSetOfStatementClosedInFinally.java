package cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Silent: the result set is never closed itself, but the statement that made it is closed in
 * {@code finally}, and closing a statement closes its current result set (JDBC).
 */
class ResultSetOfStatementClosedInFinally {
  int rowCount(Connection connection, String table) throws SQLException {
    Statement statement = connection.createStatement();
    try {
      ResultSet results = statement.executeQuery("SELECT COUNT(*) FROM " + table);
      results.next();
      return results.getInt(1);
    } finally {
      statement.close();
    }
  }
}
