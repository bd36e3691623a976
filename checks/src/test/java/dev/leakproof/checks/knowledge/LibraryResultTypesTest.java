package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryResultTypesTest {
  @Test
  void okHttpsNewCallIsACallWhoseExecuteOpensAResponse() {
    assertEquals(Optional.of("okhttp3.Call"),
        LibraryResultTypes.resultOf("okhttp3.OkHttpClient", "newCall", 1));
    assertEquals(Optional.of("okhttp3.Call"),
        LibraryResultTypes.resultOf("okhttp3.Call.Factory", "newCall", 1));
    assertTrue(ResourceApis.acquires("okhttp3.Call", "execute"));
    assertTrue(LibraryResultTypes.knowsReceiver("okhttp3.OkHttpClient"));
  }

  @Test
  void otherArityOrOkHttp2IsNotKnown() {
    assertEquals(Optional.empty(), LibraryResultTypes.resultOf("okhttp3.OkHttpClient", "newCall", 2));
    assertEquals(Optional.empty(),
        LibraryResultTypes.resultOf("com.squareup.okhttp.OkHttpClient", "newCall", 1));
    assertFalse(LibraryResultTypes.knowsReceiver("com.squareup.okhttp.OkHttpClient"));
  }
}
