package android.content;

import android.database.Cursor;
import android.net.Uri;

/**
 * Stand-in for Android's {@code ContentResolver}: {@code query} returns a new cursor over the
 * provider's result (or null), which the caller closes.
 */
public interface ContentResolver {
  Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs,
      String sortOrder);
}
