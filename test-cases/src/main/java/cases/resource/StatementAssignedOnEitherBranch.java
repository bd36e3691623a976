package cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flagged at both acquisitions: whichever branch makes the statement, it is never closed.
 */
class StatementAssignedOnEitherBranch {
  boolean run(Connection connection, String sql, boolean updatable) throws SQLException {
    Statement statement;
    if (updatable) {
      statement = connection.createStatement( // expect: UnclosedResource
          ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
    } else {
      statement = connection.createStatement(); // expect: UnclosedResource
    }
    return statement.execute(sql);
  }
}
