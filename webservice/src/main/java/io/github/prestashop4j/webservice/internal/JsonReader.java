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
        sections.add(new Document.Section("", true, items(parser, "", languageHint, 0)));
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
          sections.add(new Document.Section(name, true, items(parser, "", languageHint, 0)));
        } else if (value == JsonToken.START_OBJECT) {
          sections.add(
              new Document.Section(name, false, List.of(entity(parser, name, languageHint, 0))));
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
  private static List<Entity> items(
      JsonParser parser, String type, int languageHint, int expectedFields) throws IOException {
    List<Entity> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new DecodeException("JSON document: a list holds " + token + ", not an object", null);
      }
      Entity item = entity(parser, type, languageHint, expectedFields);
      // The items of a list look alike: size the next one like this one.
      expectedFields = item.fieldNames().size();
      items.add(item);
    }
    return items;
  }

  // Parser is on START_OBJECT; returns after its END_OBJECT.
  private static Entity entity(JsonParser parser, String type, int languageHint, int expectedFields)
      throws IOException {
    Entity.Builder builder = Entity.builder(type, expectedFields).languageHint(languageHint);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      readField(parser, builder, parser.currentName(), parser.nextToken(), languageHint);
    }
    return builder.build();
  }

  // Parser is on the field's first value token.
  private static void readField(
      JsonParser parser, Entity.Builder builder, String field, JsonToken token, int languageHint)
      throws IOException {
    if (token == JsonToken.START_OBJECT) {
      if (field.equals("associations")) {
        readAssociations(parser, builder, languageHint);
      } else {
        builder.association(field, List.of(entity(parser, field, languageHint, 0)));
      }
    } else if (token == JsonToken.START_ARRAY) {
      readArrayField(parser, builder, field, languageHint);
    } else {
      builder.set(field, scalar(parser, token));
    }
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
      // Association items are mostly one or two ids: the first one gets room for two.
      builder.association(name, items(parser, "", languageHint, 2));
    }
  }

  // A [{"id":1,"value":"..."}] array is a multilingual value; any other array of objects is a
  // list of inline objects, kept like an association. Language values are read without an
  // entity each: a product has a dozen such fields per language.
  private static void readArrayField(
      JsonParser parser, Entity.Builder builder, String field, int languageHint)
      throws IOException {
    List<Object> items = new ArrayList<>(4);
    boolean languages = true;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw new DecodeException(
            "JSON document: field \"" + field + "\" holds " + token + " in a list", null);
      }
      Object item = languageValueOrEntity(parser, languageHint);
      languages &= item instanceof LanguageValue;
      items.add(item);
    }
    if (languages && !items.isEmpty()) {
      builder.set(field, localized(field, items));
      return;
    }
    List<Entity> objects = new ArrayList<>(items.size());
    for (Object item : items) {
      objects.add(
          item instanceof LanguageValue value ? value.toEntity(languageHint) : (Entity) item);
    }
    builder.association(field, objects);
  }

  // Built a language at a time: stores have one to three, and this makes a single map for two.
  private static LocalizedText localized(String field, List<Object> values) {
    LocalizedText text = null;
    for (Object value : values) {
      LanguageValue language = (LanguageValue) value;
      int languageId = language.languageId(field);
      text =
          text == null
              ? LocalizedText.of(languageId, language.value())
              : text.with(languageId, language.value());
    }
    return text;
  }

  // Parser is on START_OBJECT; returns after its END_OBJECT. An object of exactly two scalar
  // fields "id" and "value" is a language value; anything else an entity (of no type: JSON does
  // not name list items).
  private static Object languageValueOrEntity(JsonParser parser, int languageHint)
      throws IOException {
    // The first two scalar fields are held until the object proves to be a language value or not.
    String firstName = null;
    String firstText = null;
    String secondName = null;
    String secondText = null;
    Entity.Builder entity = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (entity == null) {
        if (secondName == null && !token.isStructStart()) {
          if (firstName == null) {
            firstName = name;
            firstText = scalar(parser, token);
          } else {
            secondName = name;
            secondText = scalar(parser, token);
          }
          continue;
        }
        entity = held(firstName, firstText, secondName, secondText, languageHint);
      }
      readField(parser, entity, name, token, languageHint);
    }
    if (entity == null && secondName != null) {
      if (firstName.equals("id") && secondName.equals("value")) {
        return new LanguageValue(firstText, secondText, true);
      }
      if (firstName.equals("value") && secondName.equals("id")) {
        return new LanguageValue(secondText, firstText, false);
      }
    }
    return (entity == null
            ? held(firstName, firstText, secondName, secondText, languageHint)
            : entity)
        .build();
  }

  private static Entity.Builder held(
      String firstName, String firstText, String secondName, String secondText, int languageHint) {
    Entity.Builder builder = Entity.builder("", 2).languageHint(languageHint);
    if (firstName != null) {
      builder.set(firstName, firstText);
    }
    if (secondName != null) {
      builder.set(secondName, secondText);
    }
    return builder;
  }

  /** One {@code {"id": ..., "value": ...}} object of a multilingual field, in its field order. */
  private record LanguageValue(String id, String value, boolean idFirst) {
    int languageId(String field) {
      return Documents.languageId(id, field);
    }

    // In a list that is not all language values, the object is kept as it came.
    Entity toEntity(int languageHint) {
      Entity.Builder builder = Entity.builder("", 2).languageHint(languageHint);
      return (idFirst
              ? builder.set("id", id).set("value", value)
              : builder.set("value", value).set("id", id))
          .build();
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
