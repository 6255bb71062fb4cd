package com.capacityworkbench.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * Jackson's pretty printer with two-space indents, one array element per line, {@code "key": value},
 * "\n" on every platform, and empty lists and maps written as {@code []} and {@code {}}.
 */
final class CompactEmptyPrettyPrinter extends DefaultPrettyPrinter {

    CompactEmptyPrettyPrinter() {
        super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private CompactEmptyPrettyPrinter(CompactEmptyPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CompactEmptyPrettyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (nrOfValues > 0) {
            super.writeEndArray(g, nrOfValues);
            return;
        }
        if (!_arrayIndenter.isInline()) {
            --_nesting;
        }
        g.writeRaw(']');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (nrOfEntries > 0) {
            super.writeEndObject(g, nrOfEntries);
            return;
        }
        if (!_objectIndenter.isInline()) {
            --_nesting;
        }
        g.writeRaw('}');
    }
}
