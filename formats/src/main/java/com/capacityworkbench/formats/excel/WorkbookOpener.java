package com.capacityworkbench.formats.excel;

import com.capacityworkbench.formats.io.ScenarioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Opens a file as a workbook or says in a planner's words why it cannot: missing, too big, empty, a CSV,
 * password-protected, a zip bomb, or not a spreadsheet at all. .xlsx is the contract; an old .xls
 * workbook is read too.
 */
final class WorkbookOpener {

    /** Larger files are refused before parsing: a 5,000-workload scenario is well under 1 MB. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** No part of an .xlsx may unpack to more than this (POI's default is 4 GB). */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** A part that unpacks to more than 100 times its packed size is treated as a zip bomb (POI's default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookOpener() {
    }

    static Workbook open(Path file) throws ScenarioFileException {
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioFileException(file, String.format(Locale.ROOT,
                        "the file is %.0f MB; workbooks over %d MB are refused", size / 1048576.0,
                        MAX_FILE_BYTES / 1048576));
            }
            if (size == 0) {
                throw new ScenarioFileException(file, "the file is empty: it is not an Excel workbook");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, "file not found");
        } catch (IOException e) {
            throw new ScenarioFileException(file, "cannot read the file: " + e.getMessage());
        }
        return switch (magic) {
            case OOXML -> openWith(file, "an .xlsx workbook");
            case OLE2 -> openOle2(file);
            default -> throw new ScenarioFileException(file, notAWorkbook(file, magic));
        };
    }

    private static Workbook openOle2(Path file) throws ScenarioFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ScenarioFileException(file, passwordProtected());
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new ScenarioFileException(file,
                        "not an Excel workbook: an Office file of another kind (a Word or PowerPoint file?)");
            }
        } catch (IOException | RuntimeException e) {
            throw new ScenarioFileException(file, "not a readable workbook: " + describe(e));
        }
        return openWith(file, "an .xls workbook");
    }

    private static Workbook openWith(Path file, String what) throws ScenarioFileException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new ScenarioFileException(file, passwordProtected());
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ScenarioFileException(file, "refused: a part of the file unpacks to more than "
                        + Math.round(1 / MIN_INFLATE_RATIO) + " times its packed size or more than "
                        + MAX_ENTRY_BYTES / 1048576 + " MB (a zip bomb?)");
            }
            throw new ScenarioFileException(file, "not a readable workbook: the file looks like " + what
                    + " but is damaged (" + describe(e) + ")");
        }
    }

    private static String passwordProtected() {
        return "the workbook is password-protected: remove the password (Excel: File → Info → Protect Workbook → "
                + "Encrypt with Password, empty it) and save it again";
    }

    private static String notAWorkbook(Path file, FileMagic magic) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return "a CSV file holds one sheet, but a scenario workbook needs seven (Settings, Providers, Sites, "
                    + "Accelerators, Pools, Datasets, Workloads): open the template (./workbench template), "
                    + "paste the rows in and save it as .xlsx";
        }
        if (name.endsWith(".ods")) {
            return "an OpenDocument spreadsheet: save it as Excel 2007-365 (.xlsx) first";
        }
        return "not an Excel workbook (.xlsx); the file's content is " + switch (magic) {
            case PDF -> "a PDF document";
            case HTML -> "an HTML page";
            case XML -> "XML, perhaps an Excel 2003 XML sheet: save it as .xlsx";
            case UNKNOWN -> "not a spreadsheet format";
            default -> magic.name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
