package com.capacityworkbench.formats.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Greys out a comparison's difference that is within solver noise (no larger than the spread of the plans'
 * seeds): the cell keeps its number format, in grey italics, so a reader does not take it for an effect.
 */
final class NoiseMarker {

    private final Workbook workbook;
    private final Map<Short, CellStyle> muted = new HashMap<>();
    private final Font grey;

    NoiseMarker(Workbook workbook) {
        this.workbook = workbook;
        this.grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }

    void mark(Cell cell) {
        CellStyle style = muted.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(cell.getCellStyle());
            s.setFont(grey);
            return s;
        });
        cell.setCellStyle(style);
    }
}
