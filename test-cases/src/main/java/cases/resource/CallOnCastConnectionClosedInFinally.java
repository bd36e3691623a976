package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Silent: a call on the connection as its driver's own type, then closed on every path. */
class CallOnCastConnectionClosedInFinally {
  /** A driver's connection type with a call of its own. */
  interface TokenIssuingConnection extends Connection {
    String delegationToken(String user) throws SQLException;
  }

  String token(String url, String user) throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try {
      return ((TokenIssuingConnection) connection).delegationToken(user);
    } finally {
      connection.close();
    }
  }
}
