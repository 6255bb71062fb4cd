package com.capacityworkbench.formats.excel;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a large workbook the way it was written, row by row (POI's event API), so a test under a small heap can
 * check it: per sheet, its row count and the shown text of the cells in its first rows.
 */
final class StreamedSheets {

    /** What a test sees of one sheet. */
    record SheetSummary(int rows, Map<String, String> firstCells) {
        String cell(String address) {
            return firstCells.get(address);
        }
    }

    private StreamedSheets() {
    }

    /** @param firstRows how many rows from the top of each sheet to keep the cells of */
    static Map<String, SheetSummary> read(Path file, int firstRows) throws Exception {
        Map<String, SheetSummary> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    Collector collector = new Collector(firstRows);
                    SAXParserFactory factory = SAXParserFactory.newInstance();
                    factory.setNamespaceAware(true);
                    XMLReader xml = factory.newSAXParser().getXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                            new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                    sheets.put(it.getSheetName(), new SheetSummary(collector.rows, collector.cells));
                }
            }
        }
        return sheets;
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int firstRows;
        private final Map<String, String> cells = new HashMap<>();
        private int rows;
        private int row;

        Collector(int firstRows) {
            this.firstRows = firstRows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            rows++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (row < firstRows) {
                cells.put(reference, formattedValue);
            }
        }
    }
}
