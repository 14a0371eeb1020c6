package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A library must not choose its users' logging: an application on Log4j 2 with
 * {@code log4j-slf4j2-impl} cannot load a library that brings {@code log4j-to-slf4j}. Bridges and
 * providers may be dependencies of the command-line tool only, that is optional or for tests.
 */
class LoggingBridgesTest {

    private static final Set<String> BRIDGES_AND_PROVIDERS = Set.of(
            "log4j-to-slf4j",
            "log4j-slf4j-impl",
            "log4j-slf4j2-impl",
            "log4j-core",
            "log4j-jcl",
            "log4j-jul",
            "slf4j-simple",
            "slf4j-jdk14",
            "slf4j-reload4j",
            "slf4j-nop",
            "logback-classic",
            "jcl-over-slf4j",
            "jul-to-slf4j",
            "log4j-over-slf4j");

    @Test
    void noLoggingBridgeOrProviderReachesTheLibrarysUsers() throws Exception {
        Element project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Pom.text().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        Element dependencies = directChild(project, "dependencies");
        List<String> passedOn = new ArrayList<>();
        NodeList list = dependencies.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            Element dependency = (Element) list.item(i);
            String artifact = text(dependency, "artifactId");
            boolean optional = "true".equals(text(dependency, "optional"));
            boolean forTests = "test".equals(text(dependency, "scope"));
            if (BRIDGES_AND_PROVIDERS.contains(artifact) && !optional && !forTests) {
                passedOn.add(artifact);
            }
        }
        assertThat(list.getLength()).as("dependencies read from the pom").isGreaterThan(5);
        assertThat(passedOn)
                .as("logging bridges or providers passed on to the library's users")
                .isEmpty();
    }

    /** The project's own {@code <dependencies>}, not those under dependencyManagement or a profile. */
    private static Element directChild(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("pom.xml has no " + name);
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
