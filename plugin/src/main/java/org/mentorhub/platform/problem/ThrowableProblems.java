package org.mentorhub.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any failure into the response the client should see: the case it names, or a 500 whose
 * details stay in the log under an incident id.
 *
 * <p>Frameworks wrap exceptions (JSON-B in Jersey's ProcessingException, JPA in JTA's
 * TransactionalException), so the cause chain is searched for the first failure we recognise.
 */
final class ThrowableProblems {

  private static final Logger LOG = Logger.getLogger(ThrowableProblems.class.getName());

  /** Yasson names the property it could not read in its message; that is the field at fault. */
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  private ThrowableProblems() {}

  static Response toResponse(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<Response> known = recognise(t);
      if (known.isPresent()) {
        return known.get();
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled failure, incident " + incident, thrown);
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Quote incident " + incident + " when reporting it.")
        .toResponse();
  }

  private static Optional<Response> recognise(Throwable t) {
    if (t instanceof ApiException api) {
      return Optional.of(api.toResponse());
    }
    if (t instanceof ConstraintViolationException cve) {
      return Optional.of(fromViolations(cve));
    }
    if (t instanceof JsonParsingException parsing) {
      return Optional.of(malformedJson(parsing));
    }
    if (t instanceof JsonbException jsonb) {
      return Optional.of(unreadableJson(jsonb));
    }
    if (t instanceof OptimisticLockException
        || t.getClass().getName().endsWith(".OptimisticLockException")) {
      // Expected under contention, but worth knowing which record: logged briefly, no stack.
      LOG.info("Concurrent write refused with 409: " + t.getMessage());
      return Optional.of(
          Problem.of(
                  Status.CONFLICT,
                  "Someone else changed this record at the same time. Reload it and try again.")
              .toResponse());
    }
    if (t instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23")) {
      // Integrity constraint violations here come from concurrent writes of the same record
      // (two first saves of one profile); validation catches everything a client could fix.
      return Optional.of(
          Problem.of(
                  Status.CONFLICT,
                  "This conflicts with a change made at the same time. Reload and try again.")
              .toResponse());
    }
    if (t instanceof WebApplicationException wae) {
      return Optional.of(fromWebApplicationException(wae));
    }
    return Optional.empty();
  }

  private static Response fromWebApplicationException(WebApplicationException wae) {
    // A reader failure arrives as a 400 whose cause says what was wrong with the JSON.
    if (wae.getCause() != null && wae.getResponse().getStatus() == 400) {
      for (Throwable c = wae.getCause(); c != null; c = c.getCause()) {
        Optional<Response> known = recognise(c);
        if (known.isPresent()) {
          return known.get();
        }
      }
    }
    Response original = wae.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that method.";
          case 406 -> "This address cannot answer in the media type asked for.";
          case 415 -> "This address does not accept that media type; send application/json.";
          case 400 -> "The request could not be read.";
          default -> wae.getMessage();
        };
    Response.ResponseBuilder builder = Problem.of(status, detail).toResponseBuilder();
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }

  private static Response malformedJson(JsonParsingException parsing) {
    String where =
        parsing.getLocation() == null
            ? ""
            : " at line "
                + parsing.getLocation().getLineNumber()
                + ", column "
                + parsing.getLocation().getColumnNumber();
    return Problem.invalid(
            Status.BAD_REQUEST,
            "The body is not valid JSON" + where + ".",
            List.of(new Violation("body", "not valid JSON" + where)))
        .toResponse();
  }

  private static Response unreadableJson(JsonbException jsonb) {
    for (Throwable c = jsonb.getCause(); c != null; c = c.getCause()) {
      if (c instanceof JsonParsingException parsing) {
        return malformedJson(parsing);
      }
    }
    String field = "body";
    String message = "not valid JSON or not of the expected shape";
    for (Throwable c = jsonb; c != null; c = c.getCause()) {
      Matcher m = c.getMessage() == null ? null : JSONB_PROPERTY.matcher(c.getMessage());
      if (m != null && m.find()) {
        field = m.group(1);
        message = "has the wrong type";
        break;
      }
    }
    return Problem.invalid(
            Status.BAD_REQUEST,
            "The body could not be read: " + field + " " + message + ".",
            List.of(new Violation(field, message)))
        .toResponse();
  }

  private static Response fromViolations(ConstraintViolationException cve) {
    List<Violation> violations =
        cve.getConstraintViolations().stream()
            .map(v -> new Violation(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    return Problem.invalid(
            Status.BAD_REQUEST,
            violations.size() == 1
                ? "The field '" + violations.get(0).field() + "' is invalid."
                : violations.size() + " fields are invalid.",
            violations)
        .toResponse();
  }

  /**
   * The field as the client named it: the path below the method parameter, so {@code
   * put.input.expertise[2].<list element>} becomes {@code expertise[2]}.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    boolean belowParameter = false;
    boolean sawParameter = false;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        sawParameter = true;
        belowParameter = true;
        continue;
      }
      if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
        continue;
      }
      // A property of an element of a list (List<@Valid Step>): its index belongs to the list,
      // so nextSteps[0].owner, not nextSteps.owner[0].
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.isInIterable() && node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    if (field.length() == 0) {
      return sawParameter && belowParameter ? "body" : "request";
    }
    return field.toString();
  }
}
