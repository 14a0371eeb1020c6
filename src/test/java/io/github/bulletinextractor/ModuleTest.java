package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library is a named module that exports its API and hides {@code internal}: started on the
 * module path in a JVM of its own, as a program that uses modules would start it.
 */
class ModuleTest {

    private static final String MODULE = "io.github.bulletinextractor";

    /**
     * The module path: the library's classes and its run-time dependencies. RapidOCR's two jars
     * both hold the package io.github.mymonstercat, which two automatic modules may not share, so
     * they stay on the class path, where the OCR models are found as resources.
     */
    private static List<String> javaWith(String... arguments) throws IOException {
        List<String> jars = Arrays.asList(Files.readString(Path.of("target", "runtime-class-path.txt"))
                .strip()
                .split(File.pathSeparator));
        String modulePath = "target/classes" + File.pathSeparator
                + jars.stream()
                        .filter(jar -> !jar.contains("rapidocr"))
                        .collect(Collectors.joining(File.pathSeparator));
        String classPath =
                jars.stream().filter(jar -> jar.contains("rapidocr")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "--class-path",
                classPath));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void exportsTheApiAndHidesTheInternals() throws Exception {
        List<String> exports = run(javaWith("--describe-module", MODULE))
                .lines()
                .filter(line -> line.startsWith("exports "))
                .map(line -> line.substring("exports ".length()))
                .toList();

        assertThat(exports).containsExactlyInAnyOrder(MODULE, MODULE + ".model", MODULE + ".archive");
    }

    @Test
    void readsTextAndWordAsANamedModule() throws Exception {
        for (String file : List.of("testdata/bulletins/weekly-2024-12.txt", "testdata/forms/weekly-2024-12.docx")) {
            String json = run(javaWith(
                    "--add-modules",
                    "ALL-MODULE-PATH",
                    "--module",
                    MODULE + "/" + MODULE + ".cli.Main",
                    "extract",
                    file));

            assertThat(json).as(file).contains("\"number\" : 12", "屈洪斌");
        }
    }
}
