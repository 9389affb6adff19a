package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes entities as the Webservice's input XML: {@code <prestashop>} holding one element per
 * entity, every value in CDATA (a {@code ]]>} inside a value is split across two sections),
 * multilingual values as {@code <language id>} children and associations under {@code
 * <associations>}. Values are written verbatim: no indentation inside values, since the store reads
 * them with string casts.
 */
public final class XmlWriter {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private XmlWriter() {}

  /**
   * Writes entities into one document.
   *
   * @param entities the entities, in order
   * @param fallbackType the element name for entities whose type is unknown (decoded from JSON)
   * @return the UTF-8 document
   * @throws IllegalArgumentException if a name is not a valid XML name or a value holds a character
   *     XML 1.0 cannot carry; the message names the field
   */
  public static byte[] write(List<Entity> entities, String fallbackType) {
    StringBuilder xml =
        new StringBuilder(256)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append("<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">");
    for (Entity entity : entities) {
      writeEntity(xml, entity, entity.type().isEmpty() ? fallbackType : entity.type());
    }
    return xml.append("</prestashop>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void writeEntity(StringBuilder xml, Entity entity, String type) {
    String element = name(type, "entity type");
    xml.append('<').append(element).append('>');
    for (Map.Entry<String, Object> field : entity.fields().entrySet()) {
      String name = name(field.getKey(), "field name");
      xml.append('<').append(name).append('>');
      if (field.getValue() instanceof LocalizedText localized) {
        for (Map.Entry<Integer, String> language : localized.asMap().entrySet()) {
          if (language.getKey() == 0) {
            // A text of unknown language: the store then sets it for every language.
            cdata(xml, language.getValue(), name);
          } else {
            xml.append("<language id=\"").append(language.getKey()).append("\">");
            cdata(xml, language.getValue(), name);
            xml.append("</language>");
          }
        }
      } else {
        cdata(xml, (String) field.getValue(), name);
      }
      xml.append("</").append(name).append('>');
    }
    if (!entity.associations().isEmpty()) {
      xml.append("<associations>");
      for (Map.Entry<String, List<Entity>> association : entity.associations().entrySet()) {
        String name = name(association.getKey(), "association name");
        xml.append('<').append(name).append('>');
        for (Entity item : association.getValue()) {
          writeEntity(xml, item, item.type().isEmpty() ? singular(name) : item.type());
        }
        xml.append("</").append(name).append('>');
      }
      xml.append("</associations>");
    }
    xml.append("</").append(element).append('>');
  }

  private static void cdata(StringBuilder xml, String value, String field) {
    if (value.isEmpty()) {
      return;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!isXmlChar(c)) {
        throw new IllegalArgumentException(
            "field "
                + field
                + ": holds character U+"
                + String.format("%04X", c)
                + ", which XML 1.0 cannot carry");
      }
      i += Character.charCount(c);
    }
    // A parser turns CR LF and lone CR into LF, inside CDATA too: a CR survives only as &#13;.
    String cdata = "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    xml.append(cdata.replace("\r", "]]>&#13;<![CDATA["));
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String name(String name, String what) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " \"" + name + "\": must be a letter or _ followed by letters, digits, _ . -");
    }
    return name;
  }

  /**
   * Guesses the element name of one item of an association, for items decoded from JSON, which does
   * not name them. The store does not check these names.
   *
   * @param plural the association name
   * @return a singular form
   */
  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
