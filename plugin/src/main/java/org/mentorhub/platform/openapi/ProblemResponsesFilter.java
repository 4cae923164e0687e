package org.mentorhub.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json errors on every operation, so each endpoint's page lists what bad
 * input, a missing token, a wrong role or a stale write gets, without repeating annotations.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM = "Problem";

  private static final Map<String, String> COMMON = new LinkedHashMap<>();

  static {
    COMMON.put(
        "401", "No bearer token, or one that is forged, expired or from an untrusted issuer");
    COMMON.put("403", "The caller's roles do not allow this");
    COMMON.put("500", "An unexpected failure; details are logged under the incident id given");
  }

  private static final Map<String, String> WITH_BODY = new LinkedHashMap<>();

  static {
    WITH_BODY.put("400", "A field is invalid; 'violations' names each one");
    WITH_BODY.put("409", "The record changed since it was read, or its state does not allow this");
    WITH_BODY.put("413", "The body is larger than mentorhub.http.max-body-bytes");
    WITH_BODY.put("415", "The body is not application/json");
  }

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    add(responses, COMMON);
    add(responses, Map.of("404", "Something the request names does not exist"));
    if (operation.getRequestBody() != null) {
      add(responses, WITH_BODY);
    }
    return operation;
  }

  private static void add(APIResponses responses, Map<String, String> codes) {
    for (Map.Entry<String, String> code : codes.entrySet()) {
      if (responses.getAPIResponse(code.getKey()) == null) {
        responses.addAPIResponse(
            code.getKey(),
            OASFactory.createAPIResponse().description(code.getValue()).content(problemContent()));
      }
    }
  }

  /** Registers the Problem schema once, so every error response can refer to it. */
  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema violation =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", string)
            .addProperty("message", string);
    openApi
        .getComponents()
        .addSchema(
            PROBLEM,
            OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty(
                    "violations",
                    OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation)));
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            "application/problem+json",
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
  }
}
