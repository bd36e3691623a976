package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Silent: the finally block closes the connection unless it is null or already closed. */
class ClosedInFinallyUnlessAlreadyClosed {
  void disableAutoCommit(String url) throws SQLException {
    Connection connection = null;
    try {
      connection = DriverManager.getConnection(url);
      connection.setAutoCommit(false);
    } finally {
      if (connection != null && !connection.isClosed()) {
        connection.close();
      }
    }
  }
}
