package com.capacityworkbench.app.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The deck's one look: 16:9, white, a title with a thin accent rule, body text no smaller than 14 pt (readable at a
 * projector's distance) and a source line at the foot of every slide. Positions are in points.
 */
final class DeckTemplate {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    /** Where a slide's content starts, below its title. */
    static final double BODY_TOP = 104;
    /** Where a slide's content ends, above its source line. */
    static final double BODY_BOTTOM = HEIGHT - 40;
    static final String FONT = "Arial";
    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color ACCENT = new Color(0x00, 0x72, 0xB2);
    private static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    private static final Color HEADER_FILL = new Color(0xEE, 0xF3, 0xFB);

    private final XMLSlideShow show;

    DeckTemplate(XMLSlideShow show) {
        this.show = show;
        show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
    }

    XMLSlideShow show() {
        return show;
    }

    /** A slide with its title, a one-line subtitle (the slide's message) and its source line. */
    XSLFSlide slide(String title, String subtitle, String source) {
        XSLFSlide slide = show.createSlide();
        text(slide, new Rectangle2D.Double(MARGIN, 22, WIDTH - 2 * MARGIN, 40), title, 28, INK, true);
        XSLFAutoShape rule = slide.createAutoShape();
        rule.setAnchor(new Rectangle2D.Double(MARGIN, 64, 80, 3));
        rule.setFillColor(ACCENT);
        rule.setLineColor(ACCENT);
        text(slide, new Rectangle2D.Double(MARGIN, 70, WIDTH - 2 * MARGIN, 30), subtitle, 16, MUTED, false);
        text(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 32, WIDTH - 2 * MARGIN, 22), source, 10, MUTED, false);
        return slide;
    }

    /** One paragraph of text in a box. */
    static XSLFTextBox text(XSLFSlide slide, Rectangle2D at, String text, double size, Color color, boolean bold) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(at);
        box.setWordWrap(true);
        box.clearText();
        run(box.addNewTextParagraph(), text, size, color, bold);
        return box;
    }

    /** Bullet points, one paragraph each; a line may start with its bold lead-in, "Cost: " in "Cost: $1.2B". */
    static XSLFTextBox bullets(XSLFSlide slide, Rectangle2D at, List<Bullet> lines, double size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(at);
        box.setWordWrap(true);
        box.clearText();
        for (Bullet line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setBullet(true);
            p.setBulletCharacter("•");
            p.setLeftMargin(18.0);
            p.setIndent(-14.0);
            p.setSpaceAfter(6.0);
            if (!line.lead().isEmpty()) {
                run(p, line.lead() + " ", size, INK, true);
            }
            run(p, line.text(), size, INK, false);
        }
        return box;
    }

    /** A bullet: a bold lead-in (may be empty) and its text. */
    record Bullet(String lead, String text) {
    }

    private static void run(XSLFTextParagraph p, String text, double size, Color color, boolean bold) {
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setFontColor(color);
        run.setBold(bold);
    }

    /**
     * A table with a shaded header row; columns after the first are right-aligned when {@code numeric} says so.
     * Widths are in points and should add up to the table's width.
     */
    static XSLFTable table(XSLFSlide slide, double x, double y, double[] widths, List<String> header,
            List<List<String>> rows, boolean[] numeric, double size) {
        XSLFTable table = slide.createTable();
        addRow(table, header, numeric, size, true);
        rows.forEach(r -> addRow(table, r, numeric, size, false));
        double width = 0;
        for (int i = 0; i < widths.length; i++) {
            table.setColumnWidth(i, widths[i]);
            width += widths[i];
        }
        table.setAnchor(new Rectangle2D.Double(x, y, width, (rows.size() + 1) * (size * 1.9)));
        return table;
    }

    private static void addRow(XSLFTable table, List<String> cells, boolean[] numeric, double size, boolean header) {
        XSLFTableRow row = table.addRow();
        row.setHeight(size * 1.9);
        for (int i = 0; i < cells.size(); i++) {
            XSLFTableCell cell = row.addCell();
            cell.clearText();
            XSLFTextParagraph p = cell.addNewTextParagraph();
            p.setTextAlign(numeric[i] && i > 0 ? TextAlign.RIGHT : TextAlign.LEFT);
            run(p, cells.get(i), size, INK, header);
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            cell.setTopInset(2.0);
            cell.setBottomInset(2.0);
            cell.setBorderColor(BorderEdge.bottom, RULE);
            cell.setBorderWidth(BorderEdge.bottom, 0.75);
            if (header) {
                cell.setFillColor(HEADER_FILL);
            }
        }
    }
}
