package example;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Leaks that SpotBugs' own detectors and Leakproof's both report. */
public class Leaks {
  public int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    return in.read();
  }

  public int count(Connection connection) throws SQLException {
    Statement statement = connection.createStatement();
    ResultSet rows = statement.executeQuery("select count(*) from t");
    return rows.next() ? rows.getInt(1) : 0;
  }

  public String joined(List<String> parts) {
    String all = "";
    for (String part : parts) {
      all += part;
    }
    return all;
  }
}
