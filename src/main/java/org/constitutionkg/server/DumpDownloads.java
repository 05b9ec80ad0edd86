package org.constitutionkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.Site;

/**
 * {@code /dumps/}: the list of the dump files and each file, with its SHA-256 as {@code ETag} ({@code If-None-Match},
 * {@code If-Match}), one byte range ({@code Range}, {@code If-Range}: a download resumes) and
 * {@code Content-Disposition}; the files are streamed as written, never compressed again.
 */
final class DumpDownloads {

    private final DumpFiles dumps;

    DumpDownloads(DumpFiles dumps) {
        this.dumps = dumps;
    }

    /** {@code /dumps/NAME}, or the list of the files for an empty name. */
    void serve(HttpServletRequest req, HttpServletResponse resp, String name, boolean head)
            throws IOException {
        if (name.isEmpty()) {
            Answers.send(resp, 200, "text/html; charset=utf-8", dumpIndex().getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        DumpFiles.File f = dumps == null ? null : dumps.find(name);
        if (f == null) {
            Answers.send(resp, 404, "text/html; charset=utf-8", Site.notFound("No dump file called '" + name + "'.")
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        String etag = "\"" + f.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("Accept-Ranges", "bytes");
        String im = req.getHeader("If-Match");
        if (im != null && !im.trim().equals("*") && !im.contains(etag)) {
            Answers.send(resp, 412, "text/plain; charset=utf-8", "the file is another version now\n"
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        String inm = req.getHeader("If-None-Match");
        if (inm != null && (inm.contains(etag) || inm.trim().equals("*"))) {
            resp.setStatus(304);
            return;
        }
        // a resumed download: one byte range, unless If-Range names another version of the file
        String ifRange = req.getHeader("If-Range");
        long[] range = ifRange == null || ifRange.trim().equals(etag) ? Ranges.parse(req.getHeader("Range"), f.size())
                : null;
        if (range == Ranges.UNSATISFIABLE) {
            resp.setHeader("Content-Range", "bytes */" + f.size());
            Answers.send(resp, 416, "text/plain; charset=utf-8", ("the file has " + f.size() + " bytes\n")
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        resp.setContentType(f.gzip() ? "application/gzip" : f.mediaType()
                + (f.mediaType().startsWith("text/") || f.mediaType().endsWith("json") ? "; charset=utf-8" : ""));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + f.name() + "\"");
        long from = range == null ? 0 : range[0];
        long length = range == null ? f.size() : range[1] - range[0] + 1;
        if (range != null) {
            resp.setStatus(206);
            resp.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + f.size());
        } else {
            resp.setStatus(200);
        }
        resp.setContentLengthLong(length);
        if (head) {
            return;
        }
        try (InputStream in = Files.newInputStream(f.path()); OutputStream out = resp.getOutputStream()) {
            in.skipNBytes(from);
            long left = length;
            byte[] buf = new byte[64 * 1024];
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    private String dumpIndex() {
        StringBuilder b = new StringBuilder("<h1>Downloads</h1>\n<p>Made once when the server started, from the same "
                + "code as <code>ckg dump</code>. Licence: CC BY-SA 4.0. Check with <code>sha256sum -c SHA256SUMS</code>."
                + "</p>\n<table><thead><tr><th>file</th><th>what</th><th class=\"num\">bytes</th><th>SHA-256</th>"
                + "</tr></thead><tbody>\n");
        if (dumps != null) {
            for (DumpFiles.File f : dumps.files()) {
                b.append("<tr><td><a href=\"/dumps/").append(Html.esc(f.name())).append("\">")
                        .append(Html.esc(f.name())).append("</a></td><td>").append(Html.esc(f.description()))
                        .append("</td><td class=\"num\">").append(f.size()).append("</td><td><code>")
                        .append(Html.esc(f.sha256())).append("</code></td></tr>\n");
            }
        }
        b.append("</tbody></table>\n");
        return Html.page("Downloads", b.toString());
    }
}
