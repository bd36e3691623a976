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
 * Flagged: the library resources issue #10 names (Apache HttpClient's response, OkHttp's
 * response, a Jedis connection, a Hibernate session, a Lucene reader, an Android cursor), each
 * closed by the method, but not when a read between throws. Their types are {@code
 * AutoCloseable} and the method closes them, so it owns them, whether or not a table names their factories
 * (stand-ins under the libraries' real names). Look-alikes: {@link LibraryResourcesClosedInFinally}.
 */
class LibraryResourcesClosedOnlyOnNormalPath {
  int httpClientResponse(CloseableHttpClient client, HttpUriRequest request, InputStream body)
      throws IOException {
    CloseableHttpResponse response = client.execute(request); // expect: UnclosedResource
    int first = body.read();
    response.close();
    return first;
  }

  int okHttpResponse(Call call, InputStream body) throws IOException {
    Response response = call.execute(); // expect: UnclosedResource
    int first = body.read();
    response.close();
    return first;
  }

  int jedisConnection(JedisPool pool, InputStream body) throws IOException {
    Jedis jedis = pool.getResource(); // expect: UnclosedResource
    int first = body.read();
    jedis.close();
    return first;
  }

  int hibernateSession(SessionFactory sessions, InputStream body) throws IOException {
    Session session = sessions.openSession(); // expect: UnclosedResource
    int first = body.read();
    session.close();
    return first;
  }

  int luceneReader(Directory index, InputStream body) throws IOException {
    DirectoryReader reader = DirectoryReader.open(index); // expect: UnclosedResource
    int first = body.read();
    reader.close();
    return first;
  }

  int androidCursor(SQLiteDatabase database, InputStream body) throws IOException {
    Cursor cursor = database.rawQuery("select 1", null); // expect: UnclosedResource
    int first = body.read();
    cursor.close();
    return first;
  }
}
