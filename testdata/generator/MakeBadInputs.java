import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The bad inputs that need PDFBox or POI to make: see make-bad-inputs.sh. */
public class MakeBadInputs {
    public static void main(String[] args) throws Exception {
        Path bad = Path.of(args[0]);
        // A PDF that opens only with a password.
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(bad.resolve("encrypted.pdf").toFile());
        }
        // A PDF with drawings and no text at all, as a scan is to a text extractor.
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(72, 72 + i * 100, 300, 400);
                    content.fill();
                }
            }
            document.save(bad.resolve("no-text-layer.pdf").toFile());
        }
        // A Word file protected by a password: an OLE2 container holding the encrypted package.
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage docx = OPCPackage.open(Path.of(args[1]).toFile());
                 OutputStream out = encryptor.getDataStream(fs)) {
                docx.save(out);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            Files.write(bad.resolve("password.docx"), bytes.toByteArray());
        }
    }
}
