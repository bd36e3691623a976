package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Silent: the prepared statements are made from the connection the class owns, and stop()
 * closes that connection, which closes every statement it made (JDBC).
 */
class OwningFieldStatementsOfOwnedConnection {
  private Connection management;
  private PreparedStatement add;
  private PreparedStatement remove;

  void start(String url) throws SQLException {
    Connection conn = DriverManager.getConnection(url);
    management = conn;
    add = conn.prepareStatement("INSERT INTO SESSIONS VALUES(?)");
    remove = conn.prepareStatement("DELETE FROM SESSIONS WHERE ID=?");
  }

  void added(int id) throws SQLException {
    add.setInt(1, id);
    add.execute();
  }

  void removed(int id) throws SQLException {
    remove.setInt(1, id);
    remove.execute();
  }

  public void stop() throws SQLException {
    if (management != null) {
      management.close();
      management = null;
    }
  }
}
