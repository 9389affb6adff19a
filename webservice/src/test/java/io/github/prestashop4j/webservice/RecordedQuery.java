package io.github.prestashop4j.webservice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds, through the public query builder, the query whose parameters a recorded request sent.
 * Each recorded parameter is translated to the builder call a user would write; the replay then
 * checks that the builder's output equals what was recorded.
 */
final class RecordedQuery {
  private RecordedQuery() {}

  static Query toQuery(List<Map.Entry<String, String>> params) {
    Query.Builder query = Query.builder();
    Map<String, List<PriceOption>> prices = new LinkedHashMap<>();
    for (Map.Entry<String, String> param : params) {
      String name = param.getKey();
      String value = param.getValue();
      if (name.equals("display")) {
        query.display(display(value));
      } else if (name.startsWith("filter[")) {
        query.filter(name.substring(7, name.length() - 1), filter(value));
      } else if (name.equals("sort")) {
        List<Sort> sorts = new ArrayList<>();
        for (String part : value.substring(1, value.length() - 1).split(",")) {
          int cut = part.lastIndexOf('_');
          String field = part.substring(0, cut);
          sorts.add(part.substring(cut + 1).equals("ASC") ? Sort.asc(field) : Sort.desc(field));
        }
        query.sort(sorts.toArray(Sort[]::new));
      } else if (name.equals("limit")) {
        String[] parts = value.split(",");
        if (parts.length == 1) {
          query.limit(Integer.parseInt(parts[0]));
        } else {
          query.limit(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        }
      } else if (name.equals("language")) {
        if (value.startsWith("[") && value.contains(",")) {
          String[] ends = value.substring(1, value.length() - 1).split(",");
          query.languageRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
        } else if (value.startsWith("[")) {
          query.language(
              java.util.Arrays.stream(value.substring(1, value.length() - 1).split("\\|"))
                  .mapToInt(Integer::parseInt)
                  .toArray());
        } else {
          query.language(Integer.parseInt(value));
        }
      } else if (name.equals("id_shop")) {
        if (value.equals("all")) {
          query.allShops();
        } else {
          query.shop(Integer.parseInt(value));
        }
      } else if (name.equals("id_group_shop")) {
        query.shopGroup(Integer.parseInt(value));
      } else if (name.startsWith("price[")) {
        String alias = name.substring(6, name.indexOf(']'));
        String option = name.substring(name.indexOf('[', 6) + 1, name.length() - 1);
        prices.computeIfAbsent(alias, a -> new ArrayList<>()).add(priceOption(option, value));
      } else if (name.equals("date")) {
        // Added by the builder from the date fields filtered or sorted.
        continue;
      } else {
        query.raw(name, value);
      }
    }
    prices.forEach((alias, options) -> query.price(alias, options.toArray(PriceOption[]::new)));
    return query.build();
  }

  private static Display display(String value) {
    if (value.equals("full")) {
      return Display.full();
    }
    List<String> fields = new ArrayList<>();
    Map<String, List<String>> associations = new LinkedHashMap<>();
    String inner = value.substring(1, value.length() - 1);
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= inner.length(); i++) {
      char c = i < inner.length() ? inner.charAt(i) : ',';
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = inner.substring(start, i);
        int open = part.indexOf('[');
        if (open < 0) {
          fields.add(part);
        } else {
          associations.put(
              part.substring(0, open),
              List.of(part.substring(open + 1, part.length() - 1).split(",")));
        }
        start = i + 1;
      }
    }
    Display display = Display.fields(fields.toArray(String[]::new));
    for (Map.Entry<String, List<String>> association : associations.entrySet()) {
      display =
          display.association(association.getKey(), association.getValue().toArray(String[]::new));
    }
    return display;
  }

  private static Filter filter(String value) {
    if (value.startsWith("![")) {
      String[] values = inner(value.substring(1)).split("\\|");
      return values.length == 1 ? Filter.notEqualTo(values[0]) : Filter.notIn((Object[]) values);
    }
    if (value.startsWith(">[")) {
      return Filter.greaterThan(inner(value.substring(1)));
    }
    if (value.startsWith("<[")) {
      return Filter.lessThan(inner(value.substring(1)));
    }
    if (value.startsWith("%[") && value.endsWith("]%")) {
      return Filter.contains(value.substring(2, value.length() - 2));
    }
    if (value.startsWith("%[")) {
      return Filter.endsWith(inner(value.substring(1)));
    }
    if (value.endsWith("]%")) {
      return Filter.beginsWith(inner(value.substring(0, value.length() - 1)));
    }
    String inner = inner(value);
    if (inner.contains("|")) {
      return Filter.in((Object[]) inner.split("\\|"));
    }
    if (inner.matches("[\\d.:\\- ]+,[\\d.:\\- ]+")) {
      String[] ends = inner.split(",");
      return Filter.between(ends[0], ends[1]);
    }
    return Filter.equalTo(inner);
  }

  private static String inner(String bracketed) {
    if (bracketed.length() < 2 || !bracketed.startsWith("[") || !bracketed.endsWith("]")) {
      return bracketed;
    }
    return bracketed.substring(1, bracketed.length() - 1);
  }

  private static PriceOption priceOption(String option, String value) {
    return switch (option) {
      case "use_tax" -> PriceOption.useTax(value.equals("1"));
      case "product_attribute" -> PriceOption.productAttribute(Integer.parseInt(value));
      case "quantity" -> PriceOption.quantity(Integer.parseInt(value));
      case "use_reduction" -> PriceOption.useReduction(value.equals("1"));
      default -> throw new IllegalArgumentException("no translation for price option " + option);
    };
  }
}
