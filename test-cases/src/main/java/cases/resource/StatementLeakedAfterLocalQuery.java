package cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flagged: the result set is only read here, so nothing takes the statement over; neither is
 * closed and the statement keeps its server cursor open.
 */
class StatementLeakedAfterLocalQuery {
  int firstCount(Connection connection, String sql) throws SQLException {
    Statement statement = connection.createStatement(); // expect: UnclosedResource
    statement.execute(sql);
    ResultSet results = statement.getResultSet();
    results.next();
    return results.getInt(1);
  }
}
