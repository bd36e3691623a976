package android.database.sqlite;

import android.database.Cursor;

/**
 * Stand-in for Android's {@code SQLiteDatabase}: {@code rawQuery} and {@code query} return a
 * cursor to close.
 */
public interface SQLiteDatabase {
  Cursor rawQuery(String sql, String[] selectionArgs);

  Cursor query(String table, String[] columns, String selection, String[] selectionArgs,
      String groupBy, String having, String orderBy);
}
