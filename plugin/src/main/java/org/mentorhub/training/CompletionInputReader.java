package org.mentorhub.training;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of a step completion, where an empty body means "no answer": completing a lesson
 * needs nothing, and clients should not have to send {@code {}} for it, which the JSON-B reader
 * would otherwise refuse as unreadable.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CompletionInputReader implements MessageBodyReader<CompletionInput> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == CompletionInput.class;
  }

  @Override
  public CompletionInput readFrom(
      Class<CompletionInput> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    return json.isBlank() ? new CompletionInput(null) : JSONB.fromJson(json, CompletionInput.class);
  }
}
