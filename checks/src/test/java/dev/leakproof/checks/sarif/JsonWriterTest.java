package dev.leakproof.checks.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void writesNestedValuesIndentedInTheOrderGiven() {
    String json =
        new JsonWriter()
            .beginObject()
            .field("z", "last letter first")
            .field("n", 42)
            .field("ok", false)
            .name("empty").beginObject().endObject()
            .name("none").beginArray().endArray()
            .name("list").beginArray().value(1).value("two").beginObject().field("k", true).endObject().endArray()
            .endObject()
            .finish();

    assertEquals(
        """
        {
          "z": "last letter first",
          "n": 42,
          "ok": false,
          "empty": {},
          "none": [],
          "list": [
            1,
            "two",
            {
              "k": true
            }
          ]
        }
        """,
        json);
  }

  @Test
  void escapesEveryCharacterOutsidePrintableAscii() {
    String json = new JsonWriter().value("a\"\\\b\f\n\r\t\u0001\u007f\u00e9\u2029\ud83d\ude00\ud83d").finish();

    assertEquals(
        "\"a\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u007f\\u00e9\\u2029\\ud83d\\ude00\\ufffd\"\n", json);
  }

  @Test
  void refusesMalformedDocuments() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().finish());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().name("a"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject().endArray().finish());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().finish());
  }
}
