package com.capacityworkbench.app.report;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Slides 8 and 9: the flow diagram and the map, pictures drawn by the app's own charts. */
final class PictureSlides {

    private PictureSlides() {
    }

    static void add(DeckTemplate deck, ReportContent content) {
        PlanPictures pictures = content.pictures();
        if (pictures == null) {
            return;
        }
        picture(deck, content, "Where the work runs", "Accelerator-hours from workload kinds to providers to sites",
                pictures.flowPng(), " Band width: placed accelerator-hours over the horizon.");
        picture(deck, content, "Sites on the map", "Sites sized by peak accelerators and coloured by provider; arcs "
                + "for datasets moved", pictures.mapPng(), " Bubble area: peak placed accelerators at the site.");
    }

    private static void picture(DeckTemplate deck, ReportContent content, String title, String subtitle, byte[] png,
            String units) {
        XSLFSlide slide = deck.slide(title, subtitle, content.source() + units);
        XSLFPictureData data = deck.show().addPicture(png, PictureType.PNG);
        XSLFPictureShape shape = slide.createPicture(data);
        double boxWidth = DeckTemplate.WIDTH - 2 * DeckTemplate.MARGIN;
        double boxHeight = DeckTemplate.BODY_BOTTOM - DeckTemplate.BODY_TOP;
        BufferedImage image = read(png);
        double scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        shape.setAnchor(new Rectangle2D.Double(DeckTemplate.MARGIN + (boxWidth - w) / 2, DeckTemplate.BODY_TOP, w, h));
    }

    private static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("the picture is not a PNG image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
