package cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flagged: each branch makes a statement before the loop and closes only the result sets it
 * reads, never the statement. The two result sets share a name in sibling blocks; that must not
 * make either statement look handed over.
 */
class StatementLeakedAcrossLoopOfQueries {
  void repeat(Connection connection, String sql, int count, boolean prepared) throws SQLException {
    if (!prepared) {
      Statement statement = connection.createStatement(); // expect: UnclosedResource
      for (int i = 0; i < count; i++) {
        if (statement.execute(sql)) {
          ResultSet results = statement.getResultSet();
          while (results.next()) {
            results.getString(1);
          }
          results.close();
        }
      }
    } else {
      PreparedStatement repeated = connection.prepareStatement(sql); // expect: UnclosedResource
      for (int i = 0; i < count; i++) {
        repeated.setInt(1, i);
        if (repeated.execute()) {
          ResultSet results = repeated.getResultSet();
          while (results.next()) {
            results.getString(1);
          }
          results.close();
        }
      }
    }
  }
}
