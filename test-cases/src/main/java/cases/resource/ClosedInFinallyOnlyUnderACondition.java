package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Flagged: the finally block closes the connection only when it is in auto-commit mode. */
class ClosedInFinallyOnlyUnderACondition {
  void disableAutoCommit(String url) throws SQLException {
    Connection connection = null;
    try {
      connection = DriverManager.getConnection(url); // expect: UnclosedResource
      connection.setAutoCommit(false);
    } finally {
      if (connection != null && connection.getAutoCommit()) {
        connection.close();
      }
    }
  }
}
