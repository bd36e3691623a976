package cases.resource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Flagged: the result set is passed to a function on every row, but the method closes it itself
 * afterwards, so the function only borrowed it; an exception from next() or apply() leaks it (issue #10:
 * a call into unknown code is a hand-over only when the method does not close the resource).
 */
class ResultSetOfCallersStatementPassedOn {
  <T> List<T> readAll(PreparedStatement query, Function<ResultSet, T> reader) throws SQLException {
    ResultSet results = query.executeQuery(); // expect: UnclosedResource "closed, but not if `next()` throws"
    List<T> rows = new ArrayList<>();
    while (results.next()) {
      rows.add(reader.apply(results));
    }
    results.close();
    return rows;
  }
}
