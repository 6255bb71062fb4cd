package com.capacityworkbench.formats.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** Highlights the best value of a comparison row: the cell's own number format, on a green fill, in bold. */
final class BestValueMarker {

    private final Workbook workbook;
    private final Map<Short, CellStyle> highlighted = new HashMap<>();
    private final Font bold;

    BestValueMarker(Workbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createFont();
        bold.setBold(true);
    }

    void mark(Cell cell) {
        CellStyle style = highlighted.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(cell.getCellStyle());
            s.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFont(bold);
            return s;
        });
        cell.setCellStyle(style);
    }
}
