package org.constitutionkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A Wikidata item as the reconciler sees it: English label, description and aliases, the item values of its
 * claims (P31 and others) and the time values of its claims (P571, P576, P580, P582, P585, ...).
 */
public record Candidate(String id, String label, String description, List<String> aliases,
        Map<String, List<String>> items, Map<String, List<Time>> times) {

    /** Wikidata's Julian calendar model. */
    static final String JULIAN = "http://www.wikidata.org/entity/Q1985786";

    /**
     * A Wikidata time value: {@code time} like {@code +1922-12-30T00:00:00Z}, {@code precision} 9 year, 10 month,
     * 11 day (less is coarser), and the calendar model.
     */
    public record Time(String time, int precision, String calendar) {

        /** Year, month, day (month and day may be 0). */
        int[] ymd() {
            String t = time.startsWith("+") || time.startsWith("-") ? time.substring(1) : time;
            String[] p = t.split("[-T]");
            int sign = time.startsWith("-") ? -1 : 1;
            return new int[] {sign * Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
        }

        boolean julian() {
            return JULIAN.equals(calendar);
        }
    }

    /** English label, or the id when there is none. */
    public String name() {
        return label == null || label.isEmpty() ? id : label;
    }

    /** The values of P31 (instance of). */
    public List<String> instanceOf() {
        return items.getOrDefault("P31", List.of());
    }

    /** Reads one entity of a {@code wbgetentities} answer. */
    static Candidate fromJson(String id, JsonObject e) {
        String label = langValue(e, "labels");
        String description = langValue(e, "descriptions");
        List<String> aliases = new ArrayList<>();
        JsonValue al = e.get("aliases");
        if (al != null && al.isObject()) {
            JsonValue en = al.getAsObject().get("en");
            if (en != null && en.isArray()) {
                for (JsonValue a : en.getAsArray()) {
                    if (a.isObject() && WikidataClient.str(a.getAsObject(), "value") != null) {
                        aliases.add(WikidataClient.str(a.getAsObject(), "value"));
                    }
                }
            }
        }
        Map<String, List<String>> items = new LinkedHashMap<>();
        Map<String, List<Time>> times = new LinkedHashMap<>();
        JsonValue claims = e.get("claims");
        if (claims != null && claims.isObject()) {
            for (String prop : claims.getAsObject().keys()) {
                JsonValue list = claims.getAsObject().get(prop);
                if (!list.isArray()) {
                    continue;
                }
                for (JsonValue c : list.getAsArray()) {
                    JsonValue dv = path(c, "mainsnak", "datavalue");
                    if (dv == null || !dv.isObject()) {
                        continue;
                    }
                    if (c.getAsObject().hasKey("rank") && "deprecated".equals(
                            WikidataClient.str(c.getAsObject(), "rank"))) {
                        continue;
                    }
                    JsonValue v = dv.getAsObject().get("value");
                    if (v == null || !v.isObject()) {
                        continue;
                    }
                    JsonObject vo = v.getAsObject();
                    String itemId = WikidataClient.str(vo, "id");
                    if (itemId == null && vo.get("numeric-id") != null && vo.get("numeric-id").isNumber()) {
                        itemId = "Q" + vo.get("numeric-id").getAsNumber().value();
                    }
                    String time = WikidataClient.str(vo, "time");
                    if (time != null && vo.get("precision") != null && vo.get("precision").isNumber()
                            && time.matches("[+-]?[0-9]+-[0-9]{2}-[0-9]{2}T.*")) {
                        times.computeIfAbsent(prop, k -> new ArrayList<>()).add(new Time(time,
                                vo.get("precision").getAsNumber().value().intValue(),
                                WikidataClient.str(vo, "calendarmodel")));
                    } else if (itemId != null) {
                        items.computeIfAbsent(prop, k -> new ArrayList<>()).add(itemId);
                    }
                }
            }
        }
        return new Candidate(id, label, description, List.copyOf(aliases), items, times);
    }

    private static String langValue(JsonObject e, String key) {
        JsonValue v = path(e, key, "en");
        return v != null && v.isObject() ? WikidataClient.str(v.getAsObject(), "value") : null;
    }

    private static JsonValue path(JsonValue v, String... keys) {
        JsonValue cur = v;
        for (String k : keys) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = cur.getAsObject().get(k);
        }
        return cur;
    }
}
