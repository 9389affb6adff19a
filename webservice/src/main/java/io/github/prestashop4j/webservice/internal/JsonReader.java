package io.github.prestashop4j.webservice.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Webservice JSON with Jackson's streaming parser (core's limits) into the same {@link
 * Document} as {@link XmlReader}: numbers and booleans become the text XML would carry, {@code
 * null} becomes {@code ""}, {@code [{"id","value"}]} arrays become {@link LocalizedText}, and a
 * bare {@code []} is an empty list.
 */
public final class JsonReader {
  private static final JsonFactory FACTORY = JsonMappers.create().getFactory();

  private JsonReader() {}

  /**
   * Reads a Webservice JSON document.
   *
   * @param in the body
   * @param languageHint the single language the request selected, 0 if none
   * @return the document
   * @throws IOException if reading fails; Jackson's parse errors are mapped to {@link
   *     DecodeException} by the pipeline
   */
  public static Document read(InputStream in, int languageHint) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DecodeException("JSON document is empty", null);
      }
      List<Document.Section> sections = new ArrayList<>();
      List<ApiError> errors = new ArrayList<>();
      if (first == JsonToken.START_ARRAY) {
        sections.add(new Document.Section("", true, items(parser, "", languageHint)));
        return new Document(sections, errors);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new DecodeException("JSON document is neither an object nor an array", null);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("errors") && value == JsonToken.START_ARRAY) {
          readErrors(parser, errors);
        } else if (value == JsonToken.START_ARRAY) {
          sections.add(new Document.Section(name, true, items(parser, "", languageHint)));
        } else if (value == JsonToken.START_OBJECT) {
          sections.add(
              new Document.Section(name, false, List.of(entity(parser, name, languageHint))));
        } else {
          throw new DecodeException(
              "JSON document: \"" + name + "\" holds " + value + ", not an object or a list", null);
        }
      }
      return new Document(sections, errors);
    } catch (CharConversionException e) {
      // Jackson's decoders for UTF-32 (detected from the first bytes) report bad bytes this way, as
      // a plain IOException: a bad body, not a broken connection.
      throw new DecodeException("JSON document is not valid in its encoding: " + e.getMessage(), e);
    }
  }

  private static void readErrors(JsonParser parser, List<ApiError> errors) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String code = null;
      String message = "";
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        if (token.isStructStart()) {
          parser.skipChildren();
        } else if (field.equals("code")) {
          code = token == JsonToken.VALUE_NULL ? null : parser.getText();
        } else if (field.equals("message")) {
          message = token == JsonToken.VALUE_NULL ? "" : parser.getText();
        }
      }
      errors.add(ApiError.of(code, message));
    }
  }

  // Parser is on START_ARRAY; returns after its END_ARRAY.
  private static List<Entity> items(JsonParser parser, String type, int languageHint)
      throws IOException {
    List<Entity> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new DecodeException("JSON document: a list holds " + token + ", not an object", null);
      }
      items.add(entity(parser, type, languageHint));
    }
    return items;
  }

  // Parser is on START_OBJECT; returns after its END_OBJECT.
  private static Entity entity(JsonParser parser, String type, int languageHint)
      throws IOException {
    Entity.Builder builder = Entity.builder(type).languageHint(languageHint);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        if (field.equals("associations")) {
          readAssociations(parser, builder, languageHint);
        } else {
          builder.association(field, List.of(entity(parser, field, languageHint)));
        }
      } else if (token == JsonToken.START_ARRAY) {
        readArrayField(parser, builder, field, languageHint);
      } else {
        builder.set(field, scalar(parser, token));
      }
    }
    return builder.build();
  }

  private static void readAssociations(JsonParser parser, Entity.Builder builder, int languageHint)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        throw new DecodeException(
            "JSON document: association \"" + name + "\" is " + token + ", not a list", null);
      }
      builder.association(name, items(parser, "", languageHint));
    }
  }

  // A [{"id":1,"value":"..."}] array is a multilingual value; any other array of objects is a
  // list of inline objects, kept like an association.
  private static void readArrayField(
      JsonParser parser, Entity.Builder builder, String field, int languageHint)
      throws IOException {
    LocalizedText localized = LocalizedText.empty();
    List<Entity> objects = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new DecodeException(
            "JSON document: field \"" + field + "\" holds " + token + " in a list", null);
      }
      objects.add(entity(parser, "", languageHint));
    }
    boolean languages =
        !objects.isEmpty()
            && objects.stream()
                .allMatch(o -> o.fieldNames().size() == 2 && o.has("id") && o.has("value"));
    if (languages) {
      for (Entity language : objects) {
        String id = language.text("id").orElse("");
        int languageId;
        try {
          languageId = Integer.parseInt(id.trim());
        } catch (NumberFormatException e) {
          throw new DecodeException(
              "field " + field + ": language value without a numeric id (got " + id + ")", e);
        }
        if (languageId < 1) {
          throw new DecodeException(
              "field " + field + ": language id must be 1 or more (got " + id + ")", null);
        }
        localized = localized.with(languageId, language.text("value").orElse(""));
      }
      builder.set(field, localized);
    } else {
      builder.association(field, objects);
    }
  }

  private static String scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return "";
      case VALUE_TRUE:
        return "1";
      case VALUE_FALSE:
        return "0";
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getText();
      default:
        throw new DecodeException("JSON document: unexpected " + token, null);
    }
  }
}
