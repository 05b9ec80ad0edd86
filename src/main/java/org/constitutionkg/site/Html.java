package org.constitutionkg.site;

import java.nio.charset.StandardCharsets;

import org.constitutionkg.dump.Dumps;
import org.constitutionkg.site.timeline.Timeline;

/** HTML helpers: escaping, the page frame and its small stylesheet (no external assets). */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Percent-encodes a path segment sequence (keeps {@code /} and the RFC 3986 path characters). */
    public static String encPath(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** Percent-encodes a query parameter value. */
    static String encQuery(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Decodes percent escapes (UTF-8); {@code +} stays a plus. Null when the escapes are malformed. */
    public static String decodePath(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%') {
                if (i + 2 >= in.length) {
                    return null;
                }
                int hi = Character.digit(in[i + 1], 16);
                int lo = Character.digit(in[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static final String CSS = """
            :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--mut:#5a5a5a;--line:#d8d8d8;--acc:#0b57a4;--hl:#fff4c2}
            @media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--mut:#a8a8a8;--line:#3a3a3a;--acc:#7fb4ff;--hl:#3b3400}}
            *{box-sizing:border-box}
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid var(--line);display:flex;gap:1.25rem;align-items:baseline;flex-wrap:wrap;padding-top:.6rem;padding-bottom:.6rem}
            header .brand{font-weight:700;color:var(--fg);text-decoration:none}
            footer{border-top:1px solid var(--line);color:var(--mut);font-size:.85rem;margin-top:2rem;padding-top:.6rem;padding-bottom:1rem}
            a{color:var(--acc)}
            h1{font-size:1.7rem;margin:1rem 0 .25rem}
            h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
            .iri{color:var(--mut);font-size:.85rem;word-break:break-all}
            .types a,.tag{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;margin:.1rem .2rem .1rem 0;font-size:.85rem;text-decoration:none}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .src{color:var(--mut);font-size:.85rem}
            blockquote{margin:.15rem 0;padding-left:.6rem;border-left:3px solid var(--line);font-style:italic}
            .dt{color:var(--mut);font-size:.8rem}
            textarea{width:100%;font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.5rem}
            pre{overflow:auto;background:rgba(127,127,127,.08);padding:.6rem;font-size:.85rem}
            .err{border:1px solid #c62828;padding:.5rem;color:#c62828;white-space:pre-wrap}
            .svgwrap{overflow-x:auto}
            svg .node rect{fill:var(--bg);stroke:var(--acc);stroke-width:1.2}
            svg .node.self rect{fill:var(--hl);stroke-width:2.4}
            svg text{fill:var(--fg);font:13px system-ui,sans-serif}
            svg text.d{fill:var(--mut);font-size:11px}
            svg line,svg path{stroke:var(--mut);stroke-width:1.4;fill:none}
            svg.timeline .polity{font-weight:600}
            svg.timeline .bar,svg.timeline rect.session,svg.timeline circle.session{fill:var(--acc);fill-opacity:.8}
            svg.timeline .bar.taken{fill-opacity:.35;stroke:var(--acc);stroke-dasharray:4 2}
            svg.timeline .band{fill:var(--bg);fill-opacity:.55}
            svg.timeline .open-r{fill:url(#tl-fade-r)}
            svg.timeline .open-l{fill:url(#tl-fade-l)}
            svg.timeline .solid{stop-color:var(--acc);stop-opacity:.8}
            svg.timeline .clear{stop-color:var(--acc);stop-opacity:0}
            svg.timeline line.grid{stroke:var(--line);stroke-width:1}
            svg.timeline a:hover text{text-decoration:underline}
            details{margin:.2rem 0}
            summary{cursor:pointer}
            .q{border:1px solid var(--line);border-radius:.4rem;padding:.3rem .8rem;margin:.6rem 0}
            .q h3{margin:.3rem 0;font-size:1.05rem}
            header form.search{margin-left:auto}
            header form.search input{font:inherit;padding:.15rem .4rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
            ol.hits li{margin:.3rem 0}
            .CodeMirror{border:1px solid var(--line);height:auto;min-height:12rem;font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .cm-error-line{background:rgba(198,40,40,.15)}
            .cm-error-mark{border-bottom:2px solid #c62828}
            table.sortable th{cursor:pointer}
            th[aria-sort=ascending]::after{content:" ▲"}
            th[aria-sort=descending]::after{content:" ▼"}
            """;

    /**
     * The search box of every page: a plain form to {@code /search} (it works without JavaScript), with names
     * suggested as one types, from {@code /search} in JSON.
     */
    public static final String SEARCH_BOX = "<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">"
            + "<input type=\"search\" name=\"q\" aria-label=\"Search names\" placeholder=\"Search names\" "
            + "list=\"search-suggestions\" autocomplete=\"off\"><datalist id=\"search-suggestions\"></datalist>"
            + "</form><script>(function(){var f=document.querySelector('form.search'),i=f.q,l=document.getElementById("
            + "'search-suggestions'),t;i.addEventListener('input',function(){clearTimeout(t);var v=i.value.trim();"
            + "if(v.length<2){return;}t=setTimeout(function(){fetch('/search?limit=8&q='+encodeURIComponent(v),"
            + "{headers:{Accept:'application/json'}}).then(function(r){return r.json();}).then(function(hits){"
            + "l.innerHTML='';hits.forEach(function(h){var o=document.createElement('option');o.value=h.label;"
            + "o.label=h.class?h.label+' ('+h.class+')':h.label;l.appendChild(o);});}).catch(function(){});},150);});"
            + "})();</script>";

    /** A whole page. {@code title} is text (escaped here); {@code body} is HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " — Constitution Knowledge Graph</title>\n"
                + "<style>" + CSS + "</style>\n</head>\n<body>\n"
                + "<header><a class=\"brand\" href=\"/\">Constitution Knowledge Graph</a>"
                + "<nav aria-label=\"site\"><a href=\"/\">Home</a> · <a href=\"/query\">Query</a> · "
                + "<a href=\"/timeline\">Timeline</a> · "
                + "<a href=\"/dumps/\">Dumps</a> · <a href=\"/.well-known/void\">VoID</a> · "
                + "<a href=\"/sparql\">SPARQL endpoint</a></nav>"
                + SEARCH_BOX + "</header>\n"
                + "<main>\n" + body + "\n</main>\n"
                + "<footer>Data: CC BY-SA 4.0, derived from the encyclopedia articles listed as sources. "
                + "Every fact links to the article line it came from.</footer>\n</body>\n</html>\n";
    }
}
