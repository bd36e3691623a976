package cases.resource;

import android.content.ContentResolver;
import android.database.Cursor;
import android.net.Uri;
import java.io.IOException;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import okhttp3.Call;
import okhttp3.Response;
import org.apache.http.client.ResponseHandler;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * Silent: look-alikes of {@link LibraryResourcesNeverClosed}. Each resource is closed in a
 * {@code finally} or try-with-resources, returned to the caller, or kept in a field of an object
 * that closes it; and Hibernate's {@code getCurrentSession()} hands out the session bound to the
 * current transaction, which the context closes, not the caller; HttpClient's {@code
 * execute(request, handler)} closes the response itself and returns the handler's value.
 */
class LibraryResourcesClosedOrHandedBack {
  private Session kept;

  String jedisInTryWithResources(JedisPool pool, String key) {
    try (Jedis jedis = pool.getResource()) {
      return jedis.get(key);
    }
  }

  Jedis jedisLentToTheCaller(JedisPool pool) {
    return pool.getResource();
  }

  Object currentSessionIsTheContexts(SessionFactory sessions, Object id) {
    Session session = sessions.getCurrentSession();
    return session.get("Order", id);
  }

  void sessionKeptUntilClose(SessionFactory sessions) {
    kept = sessions.openSession();
  }

  void close() {
    kept.close();
  }

  Object entityManagerClosedInFinally(EntityManagerFactory factory, Object id) {
    EntityManager manager = factory.createEntityManager();
    try {
      return manager.find(Object.class, id);
    } finally {
      manager.close();
    }
  }

  int okHttpResponseInTryWithResources(Call call) throws IOException {
    try (Response response = call.execute()) {
      return response.code();
    }
  }

  boolean providerCursorClosedInFinally(ContentResolver resolver, Uri uri) {
    Cursor cursor = resolver.query(uri, null, null, null, null);
    if (cursor == null) {
      return false;
    }
    try {
      return cursor.moveToFirst();
    } finally {
      cursor.close();
    }
  }

  String httpClientHandlerClosesTheResponse(CloseableHttpClient client, HttpUriRequest request,
      ResponseHandler<String> handler) throws IOException {
    String body = client.execute(request, handler);
    return body;
  }

  int luceneReaderInTryWithResources(Directory index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(index)) {
      return reader.numDocs();
    }
  }

  DirectoryReader luceneReaderLentToTheCaller(Directory index) throws IOException {
    DirectoryReader reader = DirectoryReader.open(index);
    return reader;
  }
}
