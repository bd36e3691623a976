package cases.resource;

import android.content.ContentResolver;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.net.Uri;
import java.io.IOException;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
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
 * Flagged: the library resources issue #10 names, each taken from the factory that hands it to
 * the caller and never closed: a pooled Jedis connection never returned, a Hibernate session and
 * a JPA entity manager (not {@code AutoCloseable} before JPA 3.1) holding a connection, an OkHttp
 * response and an Apache HttpClient response holding their connections, Android cursors holding
 * a database window, a Lucene reader holding the index's files. Look-alikes:
 * {@link LibraryResourcesClosedOrHandedBack}.
 */
class LibraryResourcesNeverClosed {
  String jedisNeverReturned(JedisPool pool, String key) {
    Jedis jedis = pool.getResource(); // expect: UnclosedResource
    return jedis.get(key);
  }

  Object sessionNeverClosed(SessionFactory sessions, Object id) {
    Session session = sessions.openSession(); // expect: UnclosedResource
    return session.get("Order", id);
  }

  Object entityManagerNeverClosed(EntityManagerFactory factory, Object id) {
    EntityManager manager = factory.createEntityManager(); // expect: UnclosedResource
    return manager.find(Object.class, id);
  }

  int okHttpResponseNeverClosed(Call call) throws IOException {
    Response response = call.execute(); // expect: UnclosedResource
    return response.code();
  }

  boolean cursorNeverClosed(SQLiteDatabase database) {
    Cursor cursor = database.query("t", null, null, null, null, null, null); // expect: UnclosedResource
    return cursor.moveToFirst();
  }

  boolean providerCursorNeverClosed(ContentResolver resolver, Uri uri) {
    Cursor cursor = resolver.query(uri, null, null, null, null); // expect: UnclosedResource
    return cursor != null && cursor.moveToFirst();
  }

  boolean httpClientResponseNeverClosed(CloseableHttpClient client, HttpUriRequest request)
      throws IOException {
    CloseableHttpResponse response = client.execute(request); // expect: UnclosedResource
    return response != null;
  }

  int luceneReaderNeverClosed(Directory index) throws IOException {
    DirectoryReader reader = DirectoryReader.open(index); // expect: UnclosedResource
    return reader.numDocs();
  }
}
