package org.tahaluf.text;

import org.tahaluf.core.Language;
import org.tahaluf.core.TextLayer;
import org.tahaluf.text.ar.ArabicTextLayer;
import org.tahaluf.text.en.EnglishTextLayer;

/** The text layer for a language. Text in a language without its own layer is read as English (Latin script). */
public final class TextLayers {

    private static final TextLayer ARABIC = new ArabicTextLayer();
    private static final TextLayer ENGLISH = new EnglishTextLayer();

    private TextLayers() {
    }

    public static TextLayer forLanguage(Language language) {
        return language == Language.AR ? ARABIC : ENGLISH;
    }
}
