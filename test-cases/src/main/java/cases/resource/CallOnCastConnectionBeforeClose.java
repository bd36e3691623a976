package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Flagged: the connection is used as its driver's own type (a cast receiver), and closed only when
 * that call succeeds (Oozie's Hive 2 credentials shipped this with HiveConnection).
 */
class CallOnCastConnectionBeforeClose {
  /** A driver's connection type with a call of its own. */
  interface TokenIssuingConnection extends Connection {
    String delegationToken(String user) throws SQLException;
  }

  String token(String url, String user) throws SQLException {
    Connection connection = DriverManager.getConnection(url); // expect: UnclosedResource "closed, but not if `delegationToken()` throws"
    String token = ((TokenIssuingConnection) connection).delegationToken(user);
    connection.close();
    return token;
  }
}
