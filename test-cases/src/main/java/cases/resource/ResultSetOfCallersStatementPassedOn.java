package cases.resource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Silent: the result set of the caller's statement is passed to a function on every row, and a
 * hand-over anywhere in the method counts, although the method closes it on the normal path
 * (precision first; the caller's statement closes it too).
 */
class ResultSetOfCallersStatementPassedOn {
  <T> List<T> readAll(PreparedStatement query, Function<ResultSet, T> reader) throws SQLException {
    ResultSet results = query.executeQuery();
    List<T> rows = new ArrayList<>();
    while (results.next()) {
      rows.add(reader.apply(results));
    }
    results.close();
    return rows;
  }
}
