package cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Silent: the statement is passed to a method the engine does not look into, which may keep it;
 * that it happens only on some iterations does not matter, a hand-over anywhere in the method
 * counts (precision first).
 */
class PassedToBinderOnSomeIterations {
  int insert(Connection connection, String sql, Object[] row) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) {
        Binder.bind(statement, i + 1, row[i]);
      }
    }
    return statement.executeUpdate();
  }

  /** Stands for a helper in another class. */
  interface Binder {
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
      statement.setObject(index, value);
    }
  }
}
