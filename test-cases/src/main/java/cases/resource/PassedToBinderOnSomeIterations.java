package cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Flagged: the statement is passed to a helper whose body is in view and only binds a parameter
 * (it borrows the statement), so nothing ever closes it (issue #10's ownership summaries; a
 * helper out of view would be unknown code, which may keep it: PassedToUnknownConsumer).
 */
class PassedToBinderOnSomeIterations {
  int insert(Connection connection, String sql, Object[] row) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql); // expect: UnclosedResource "not closed on every path"
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) {
        Binder.bind(statement, i + 1, row[i]);
      }
    }
    return statement.executeUpdate();
  }

  /** A helper that only uses the statement. */
  interface Binder {
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
      statement.setObject(index, value);
    }
  }
}
