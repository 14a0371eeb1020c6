package io.github.bulletinextractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's pom.xml, so that versions written into the code are held to it. */
public final class Pom {

    private Pom() {}

    public static String text() {
        try {
            return Files.readString(Path.of("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a property of the pom, such as {@code tika.version}. */
    public static String property(String name) {
        String pom = text();
        String start = "<" + name + ">";
        int from = pom.indexOf(start);
        if (from < 0) {
            throw new IllegalArgumentException("pom.xml has no property " + name);
        }
        from += start.length();
        return pom.substring(from, pom.indexOf("</" + name + ">", from));
    }
}
