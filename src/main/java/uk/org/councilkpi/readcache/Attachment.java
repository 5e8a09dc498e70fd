package uk.org.councilkpi.readcache;

import jakarta.ws.rs.core.Response;

/** A read sent as a file to save (CSV, PDF): {@code Content-Disposition: attachment} with a safe file name. */
public final class Attachment {

    private Attachment() {
    }

    /**
     * The answer as an attachment named {@code stem.extension}, the stem made safe for a file name (letters, digits,
     * dots, hyphens and underscores; anything else becomes {@code _}); any answer but 200 (a 304) is left as it is.
     */
    public static Response of(Response answer, String stem, String extension) {
        if (answer.getStatus() != Response.Status.OK.getStatusCode()) {
            return answer;
        }
        return Response.fromResponse(answer).header("Content-Disposition", "attachment; filename=\""
                + filename(stem, extension) + "\"").build();
    }

    /** The file name: the stem made safe, then the extension. */
    public static String filename(String stem, String extension) {
        return stem.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
    }
}
