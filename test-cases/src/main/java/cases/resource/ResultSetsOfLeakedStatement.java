package cases.resource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flagged once, at the statement: neither it nor its result sets are closed, but closing the
 * statement would close them too (JDBC), so the statement's finding is the one fix to make.
 */
class ResultSetsOfLeakedStatement {
  List<String> namesAndWords(Connection connection) throws SQLException {
    Statement statement = connection.createStatement(); // expect: UnclosedResource
    List<String> found = new ArrayList<>();
    ResultSet results = statement.executeQuery("SELECT NAME FROM NAMES");
    while (results.next()) {
      found.add(results.getString(1));
    }
    results = statement.executeQuery("SELECT WORD FROM WORDS");
    while (results.next()) {
      found.add(results.getString(1));
    }
    return found;
  }
}
