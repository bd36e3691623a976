package cases.resource;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Call;
import okhttp3.Response;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * Silent look-alikes of {@link LibraryResourcesClosedOnlyOnNormalPath}: the same library
 * resources closed on every path, by try-with-resources or in {@code finally}.
 */
class LibraryResourcesClosedInFinally {
  int httpClientResponse(CloseableHttpClient client, HttpUriRequest request, InputStream body)
      throws IOException {
    try (CloseableHttpResponse response = client.execute(request)) {
      return body.read();
    }
  }

  int okHttpResponse(Call call, InputStream body) throws IOException {
    Response response = call.execute();
    try {
      return body.read();
    } finally {
      response.close();
    }
  }

  int jedisConnection(JedisPool pool, InputStream body) throws IOException {
    try (Jedis jedis = pool.getResource()) {
      return body.read();
    }
  }

  int hibernateSession(SessionFactory sessions, InputStream body) throws IOException {
    Session session = sessions.openSession();
    try {
      return body.read();
    } finally {
      session.close();
    }
  }

  int luceneReader(Directory index, InputStream body) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index)) {
      return body.read();
    }
  }

  int androidCursor(SQLiteDatabase database, InputStream body) throws IOException {
    Cursor cursor = database.rawQuery("select 1", null);
    try {
      return body.read();
    } finally {
      cursor.close();
    }
  }
}
