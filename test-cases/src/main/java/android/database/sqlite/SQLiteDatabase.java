package android.database.sqlite;

import android.database.Cursor;

/** Stand-in for Android's {@code SQLiteDatabase}: {@code rawQuery} returns a cursor to close. */
public interface SQLiteDatabase {
  Cursor rawQuery(String sql, String[] selectionArgs);
}
