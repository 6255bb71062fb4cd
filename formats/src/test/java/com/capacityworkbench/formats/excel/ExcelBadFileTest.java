package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not the workbook they claim to be fail with one clear message, never an exception. */
class ExcelBadFileTest {

    @TempDir
    Path dir;

    @Test
    void missingFile() {
        assertThat(TestWorkbooks.problems(dir.resolve("nope.xlsx"))).containsExactly("file not found");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThat(TestWorkbooks.problems(file)).containsExactly("the file is empty: it is not an Excel workbook");
    }

    @Test
    void notAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "just some notes, not a spreadsheet\n");
        assertThat(TestWorkbooks.problems(file))
                .containsExactly("not an Excel workbook (.xlsx); the file's content is not a spreadsheet format");
    }

    @Test
    void pdfRenamedToXlsx() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
        assertThat(TestWorkbooks.problems(file))
                .containsExactly("not an Excel workbook (.xlsx); the file's content is a PDF document");
    }

    @Test
    void csvGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("workloads.csv"), "Workload,Kind,Demand\npretrain,training,1000\n");
        assertThat(TestWorkbooks.problems(file)).singleElement().asString()
                .startsWith("a CSV file holds one sheet, but a scenario workbook needs seven");
    }

    @Test
    void oldXlsWorkbookIsReadToo() throws Exception {
        Scenario scenario = TestScenarios.rich();
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            new ScenarioSheetsWriter(workbook, new WorkbookStyles(workbook)).write(scenario);
            TestWorkbooks.save(workbook, file);
        }
        assertThat(TestWorkbooks.READER.readFile(file)).isEqualTo(scenario);
    }

    @Test
    void passwordProtected() throws Exception {
        Path plain = TestWorkbooks.save(TestWorkbooks.of(TestScenarios.rich()), dir.resolve("plain.xlsx"));
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(TestWorkbooks.problems(file)).singleElement().asString()
                .startsWith("the workbook is password-protected: remove the password");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path good = TestWorkbooks.save(TestWorkbooks.of(TestScenarios.rich()), dir.resolve("good.xlsx"));
        Path bomb = dir.resolve("bomb.xlsx");
        // The same workbook with 60 MB of spaces in one part: it packs to a few hundred kB (ratio < 1 %).
        rewriteZip(good, bomb, "xl/worksheets/sheet1.xml", xml -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            return text.replace("<sheetData>", "<sheetData>" + " ".repeat(60_000_000)).getBytes(StandardCharsets.UTF_8);
        });
        assertThat(Files.size(bomb)).isLessThan(WorkbookOpener.MAX_FILE_BYTES);
        assertThat(TestWorkbooks.problems(bomb)).singleElement().asString()
                .startsWith("refused: a part of the file unpacks to more than 100 times its packed size");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(WorkbookOpener.MAX_FILE_BYTES + 1024 * 1024);
        }
        assertThat(TestWorkbooks.problems(file)).containsExactly("the file is 51 MB; workbooks over 50 MB are refused");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        Path good = TestWorkbooks.save(TestWorkbooks.of(TestScenarios.rich()), dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(TestWorkbooks.problems(file)).singleElement().asString()
                .startsWith("not a readable workbook: the file looks like an .xlsx workbook but is damaged");
    }

    @Test
    void wordDocumentRenamed() throws Exception {
        Path file = dir.resolve("memo.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(TestWorkbooks.problems(file)).singleElement().asString()
                .isEqualTo("not an Excel workbook: an Office file of another kind (a Word or PowerPoint file?)");
    }

    private static void rewriteZip(Path from, Path to, String entryName,
                                   java.util.function.UnaryOperator<byte[]> change) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                byte[] content = entry.getName().equals(entryName) ? change.apply(buffer.toByteArray()) : buffer.toByteArray();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
