package cases.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Silent: the statement is handed to an owner (a field others use to cancel it) on one path;
 * the engines judge a hand-over for the whole method, so the early return before it is not
 * reported. Precision first: which paths the owner covers cannot be seen.
 */
class HandedOverOnOnePath {
  private Statement executing;

  String run(Connection connection, String sql) throws SQLException {
    Statement statement = connection.createStatement();
    if (sql.isEmpty()) {
      return "nothing to run";
    }
    executing = statement;
    statement.execute(sql);
    return "ok";
  }
}
