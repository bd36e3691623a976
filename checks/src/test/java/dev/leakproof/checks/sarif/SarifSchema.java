package dev.leakproof.checks.sarif;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates SARIF logs against the official SARIF 2.1.0 JSON schema, for any module's tests.
 *
 * <p>The schema is the OASIS one (draft-07 edition, oasis-tcs/sarif-spec
 * {@code Schemata/sarif-schema-2.1.0.json}); the build unpacks it from a Maven Central jar into
 * the test classpath (see checks/pom.xml), so it travels in this module's test-jar. A module that
 * uses this class needs, in test scope, {@code dev.leakproof:leakproof-checks:test-jar:tests}
 * and {@code com.networknt:json-schema-validator} (version from the parent).
 *
 * <p>Formats ({@code uri}, {@code uri-reference}, …) are asserted, not just annotated.
 */
public final class SarifSchema {
  /** The schema's place on the classpath. */
  public static final String RESOURCE = "dev/leakproof/checks/sarif/sarif-schema-2.1.0.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** The schema violations of {@code json}, one line each; empty when it is valid SARIF. */
  public static List<String> violations(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /**
   * Fails the test, listing every violation, unless {@code json} is valid SARIF 2.1.0; returns
   * the parsed log for further assertions.
   */
  public static JsonNode assertValid(String json) {
    List<String> violations = violations(json);
    if (!violations.isEmpty()) {
      fail("SARIF is not valid against the 2.1.0 schema:\n  "
          + String.join("\n  ", violations) + "\n--- log ---\n" + json);
    }
    return MAPPER.readTree(json);
  }

  /** {@link #assertValid(String)} for a SARIF file (UTF-8). */
  public static JsonNode assertValid(Path sarifFile) {
    try {
      return assertValid(Files.readString(sarifFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    ClassLoader loader = SarifSchema.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not on the test classpath: build the checks module"
          + " (its generate-test-resources phase unpacks it) or add its test-jar");
      String schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistryConfig config =
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      // The schema declares draft-07 itself; the default dialect only matters if it did not.
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config));
      return registry.getSchema(schemaText, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
