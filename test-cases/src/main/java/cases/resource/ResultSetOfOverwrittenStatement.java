package cases.resource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Flagged at each statement, not at the result set: the first statement is overwritten while
 * its result set is still read, and neither statement is closed. Closing the first statement
 * would close the result set too, so its finding covers both.
 */
class ResultSetOfOverwrittenStatement {
  int deleteById(Connection connection, String name) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("SELECT ID FROM T WHERE N=?"); // expect: UnclosedResource
    statement.setString(1, name);
    ResultSet results = statement.executeQuery();
    if (!results.next()) {
      return 0;
    }
    int id = results.getInt(1);
    statement = connection.prepareStatement("DELETE FROM T WHERE ID=?"); // expect: UnclosedResource
    statement.setInt(1, id);
    return statement.executeUpdate();
  }
}
