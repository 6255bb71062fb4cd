package com.capacityworkbench.formats.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.capacityworkbench.model.validation.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ranges the validator applies are the ones the docs print: each figure's row in docs/scenario-json.md,
 * and each column's and setting's row in docs/spreadsheet-contract.md (the contract other people's workbooks
 * follow), as the template's Instructions sheet writes them.
 */
class RangesDocumentedTest {

    private static String doc(String name) throws Exception {
        return Files.readString(Path.of("..", "docs", name));
    }

    @Test
    void theScenarioFileDocsListEveryRange() throws Exception {
        String doc = doc("scenario-json.md");
        for (Figure figure : Figure.values()) {
            assertThat(doc).as(figure.name()).contains("| `" + figure.jsonPath() + "` | " + figure.describe() + " |");
        }
    }

    @Test
    void theSpreadsheetContractListsEveryColumnAndSettingWithARange() throws Exception {
        String doc = doc("spreadsheet-contract.md");
        Set<Figure> listed = EnumSet.noneOf(Figure.class);
        for (SettingsKey key : SettingsKey.values()) {
            String range = RangeText.ofSetting(key);
            if (!range.isEmpty()) {
                assertThat(doc).contains("| Settings | `" + key.key() + "` | " + range + " |");
                int dot = key.path().indexOf('.');
                listed.add(Figure.of(key.path().substring(0, dot), key.path().substring(dot + 1)).orElseThrow());
            }
        }
        for (ContractSheet sheet : ContractSheet.values()) {
            for (ContractColumn column : sheet.columns()) {
                String range = RangeText.of(sheet.component(), column.component());
                if (!range.isEmpty()) {
                    assertThat(doc).contains("| " + sheet.sheetName() + " | `" + column.header() + "` | " + range + " |");
                    listed.add(Figure.of(sheet.component(), column.component()).orElseThrow());
                }
            }
        }
        assertThat(listed).containsExactlyInAnyOrder(Figure.values());
    }
}
