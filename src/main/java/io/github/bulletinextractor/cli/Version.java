package io.github.bulletinextractor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/io/github/bulletinextractor/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"bulletin-extractor " + properties.getProperty("version", "unknown")};
    }
}
