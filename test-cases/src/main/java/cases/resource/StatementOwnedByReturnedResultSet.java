package cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Silent: the statement cannot be closed here, because the result set it returns reads through
 * it; whoever receives the result set owns the statement too ({@code getStatement().close()}).
 */
class StatementOwnedByReturnedResultSet {
  ResultSet runAll(Connection connection, List<String> script) throws SQLException {
    Statement statement = connection.createStatement();
    ResultSet last = null;
    for (String sql : script) {
      if (statement.execute(sql)) {
        if (last != null) {
          last.close();
        }
        last = statement.getResultSet();
      }
    }
    return last;
  }
}
