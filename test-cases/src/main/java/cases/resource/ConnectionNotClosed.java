package cases.resource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Flagged: the JDBC connection (a socket and a server session) is opened and never closed. */
class ConnectionNotClosed {
  String productName(String url) throws SQLException {
    Connection connection = DriverManager.getConnection(url); // expect: UnclosedResource
    return connection.getMetaData().getDatabaseProductName();
  }
}
