package org.tahaluf.coder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.TimeRef;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Time expressions of a sentence, resolved against the publication date:
 * <ul>
 *   <li>full dates: "3 يناير 2020", "3 كانون الثاني 2020", "January 3, 2020", "3 January 2020";</li>
 *   <li>months and years: "يناير 2020", "عام 2002", "in 2014";</li>
 *   <li>relative words from the cue list: أمس، اليوم، الأسبوع الماضي، الاثنين (the last such day on
 *       or before publication), yesterday, last month.</li>
 * </ul>
 */
final class TimeResolver {

    /** A time expression at tokens {@code first..last}. */
    record When(int first, int last, TimeRef time) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12), Map.entry("شباط", 2), Map.entry("اذار", 3),
            Map.entry("نيسان", 4), Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7),
            Map.entry("اب", 8), Map.entry("ايلول", 9),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    /** Levantine two-word months: كانون الثاني (January), تشرين الأول (October) … */
    private static final Map<String, Integer> TWO_WORD_MONTHS = Map.of(
            "كانون الثاني", 1, "تشرين الاول", 10, "تشرين الثاني", 11, "كانون الاول", 12);

    private static final List<String> YEAR_WORDS = List.of("عام", "العام", "سنه", "في", "منذ", "in", "since", "year");

    List<When> find(Sentence sentence, SentenceCues cues, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        List<When> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] month = monthAt(tokens, i);
            if (month != null) {
                int m = month[0];
                int after = month[1] + 1;
                Integer day = i > 0 ? dayNumber(tokens.get(i - 1)) : null;
                Integer dayAfter = after < tokens.size() ? dayNumber(tokens.get(after)) : null;
                int yearAt = dayAfter != null ? skipComma(tokens, after + 1) : after;
                Integer year = yearAt < tokens.size() ? yearNumber(tokens.get(yearAt)) : null;
                if (day == null && dayAfter != null) {
                    day = dayAfter;
                }
                if (year == null && published != null && day != null) {
                    year = published.getYear();
                    yearAt = month[1];
                }
                if (year != null) {
                    int first = day != null && dayAfter == null ? i - 1 : i;
                    out.add(new When(first, yearAt, range(tokens, first, yearAt, year, m, day)));
                    i = yearAt;
                    continue;
                }
            }
            Integer year = yearNumber(tokens.get(i));
            if (year != null && i > 0 && YEAR_WORDS.contains(tokens.get(i - 1).forms().get(
                    tokens.get(i - 1).forms().size() - 1).text())) {
                LocalDate first = LocalDate.of(year, 1, 1);
                out.add(new When(i - 1, i, new TimeRef(text(tokens, i - 1, i), first, first.withDayOfYear(first.lengthOfYear()))));
            }
        }
        if (published != null) {
            for (Match<Cue> c : cues.of("time")) {
                TimeRef t = relative(c.value().value(), published, text(tokens, c.first(), c.last()));
                if (t != null) {
                    out.add(new When(c.first(), c.last(), t));
                }
            }
        }
        return out;
    }

    /** The expression nearest to token {@code at}, or null. */
    static When nearest(List<When> whens, int at) {
        When best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (When w : whens) {
            int d = w.first() > at ? w.first() - at : at - w.last();
            if (d < bestDistance) {
                best = w;
                bestDistance = d;
            }
        }
        return best;
    }

    private static TimeRef range(List<Token> tokens, int first, int last, int year, int month, Integer day) {
        try {
            if (day != null) {
                LocalDate d = LocalDate.of(year, month, day);
                return new TimeRef(text(tokens, first, last), d, d);
            }
        } catch (java.time.DateTimeException e) {
            // "31 فبراير": keep the month
        }
        YearMonth ym = YearMonth.of(year, month);
        return new TimeRef(text(tokens, first, last), ym.atDay(1), ym.atEndOfMonth());
    }

    private static TimeRef relative(String value, LocalDate published, String text) {
        String[] parts = value.split(":");
        int n = Integer.parseInt(parts[1]);
        return switch (parts[0]) {
            case "day" -> new TimeRef(text, published.plusDays(n), published.plusDays(n));
            case "week" -> {
                LocalDate monday = published.plusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new TimeRef(text, monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(published).plusMonths(n);
                yield new TimeRef(text, ym.atDay(1), ym.atEndOfMonth());
            }
            case "year" -> {
                LocalDate first = LocalDate.of(published.getYear() + n, 1, 1);
                yield new TimeRef(text, first, first.withDayOfYear(first.lengthOfYear()));
            }
            case "weekday" -> {
                LocalDate d = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(n)));
                yield new TimeRef(text, d, d);
            }
            default -> null;
        };
    }

    /** {month, last token index} for a month name at token i. */
    private static int[] monthAt(List<Token> tokens, int i) {
        if (i + 1 < tokens.size()) {
            Integer two = TWO_WORD_MONTHS.get(stem(tokens.get(i)) + " " + stem(tokens.get(i + 1)));
            if (two != null) {
                return new int[] {two, i + 1};
            }
        }
        Integer one = MONTHS.get(stem(tokens.get(i)));
        return one == null ? null : new int[] {one, i};
    }

    private static String stem(Token t) {
        return t.forms().get(t.forms().size() - 1).text();
    }

    private static int skipComma(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).punctuation() ? i + 1 : i;
    }

    private static Integer dayNumber(Token t) {
        String w = t.normalized();
        if (w.length() <= 2 && !w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(w);
            return d >= 1 && d <= 31 ? d : null;
        }
        return null;
    }

    private static Integer yearNumber(Token t) {
        String w = t.normalized();
        boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
        return year ? Integer.parseInt(w) : null;
    }

    private static String text(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).surface());
        }
        return b.toString();
    }
}
