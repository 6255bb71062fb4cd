package com.capacityworkbench.app.report;

import com.capacityworkbench.formats.io.AtomicFileWriter;
import com.capacityworkbench.formats.io.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * The planner's deck: a PowerPoint file of the plan (and its what-ifs) with native, editable charts. Slides in
 * order: title, summary, cost, capacity, power, first refusal, unplaced work, flow and map (when drawn), then the
 * comparison and the sweep's futures (when given). The file is written atomically: a failed write leaves any
 * earlier deck as it was.
 */
public final class PlanDeck {

    /** One part of the deck and what it is called while it is being made. */
    private record Part(String doing, BiConsumer<DeckTemplate, ReportContent> slides) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("Writing the summary", SummarySlides::add),
            new Part("Drawing the cost charts", CostSlide::add),
            new Part("Drawing the capacity charts", CapacitySlide::add),
            new Part("Drawing power against caps", PowerSlide::add),
            new Part("Writing first refusal", FirstRefusalSlide::add),
            new Part("Writing unplaced work", UnplacedSlide::add),
            new Part("Adding the flow and the map", PictureSlides::add),
            new Part("Writing the comparison", ComparisonSlides::add),
            new Part("Drawing the futures", SweepSlides::add));

    /** Told before each part: what is being done, parts done so far and how many there are. */
    @FunctionalInterface
    public interface Progress {
        void step(String doing, int done, int total);

        Progress NONE = (doing, done, total) -> { };
    }

    private PlanDeck() {
    }

    public static void write(ReportContent content, Path file, Progress progress) throws ScenarioFileException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            DeckTemplate deck = new DeckTemplate(show);
            for (int i = 0; i < PARTS.size(); i++) {
                progress.step(PARTS.get(i).doing(), i, PARTS.size() + 1);
                PARTS.get(i).slides().accept(deck, content);
            }
            progress.step("Saving " + file.getFileName(), PARTS.size(), PARTS.size() + 1);
            AtomicFileWriter.write(file, show::write);
        } catch (java.io.IOException e) {
            throw new ScenarioFileException(file, "cannot write the deck: " + e.getMessage());
        }
    }
}
