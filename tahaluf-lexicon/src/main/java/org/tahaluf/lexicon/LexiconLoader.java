package org.tahaluf.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Language;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sector;

/**
 * Reads and validates the lexicon files and compiles their matchers. Any defect stops the load
 * with {@code file:line: reason}; a lexicon that loads is consistent.
 */
public final class LexiconLoader {

    /** The files of the bundled lexicon, relative to {@link #BASE}. */
    public static final List<String> ACTOR_FILES = List.of("actors/states.tsv", "actors/groups.tsv", "actors/persons.tsv",
            "actors/peoples.tsv");
    public static final String BASE = "/org/tahaluf/lexicon/";

    private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Set<String> CUE_CATEGORIES = Set.of("speech", "modality", "trend", "threat", "allegiance",
            "leadership", "mediation", "time", "coref", "clause", "location", "group", "title", "speaker", "group_head", "function", "reference",
            "counterpart", "scene", "number", "consequence", "circumstance", "occurrence", "attack", "accident", "asset", "homograph");

    private final Function<String, InputStream> opener;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, ActorEntry> entries = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Gentilic> gentilics = new LinkedHashMap<>();
    private final List<Organ> organs = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<EventPattern> arPatterns = new ArrayList<>();
    private final List<EventPattern> enPatterns = new ArrayList<>();
    private final List<Cue> arCues = new ArrayList<>();
    private final List<Cue> enCues = new ArrayList<>();

    private LexiconLoader(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    /** The lexicon bundled with Tahaluf. */
    public static Lexicon loadDefault() {
        return new LexiconLoader(name -> LexiconLoader.class.getResourceAsStream(BASE + name)).load();
    }

    /** A lexicon laid out as the bundled one in a folder (for a user's own, extended copy). */
    public static Lexicon load(Path folder) {
        return new LexiconLoader(name -> {
            try {
                return Files.newInputStream(folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open lexicon file " + folder.resolve(name), e);
            }
        }).load();
    }

    private Lexicon load() {
        for (String file : ACTOR_FILES) {
            readActors(file);
        }
        readGentilics("gentilics.tsv");
        readOrgans("organs.tsv");
        buildStateOrgans();
        readPlaces("places.tsv");
        readFacts("facts.tsv");
        readPatterns("events/ar.tsv", arPatterns);
        readPatterns("events/en.tsv", enPatterns);
        readCues("cues/ar.tsv", arCues);
        readCues("cues/en.tsv", enCues);
        Map<Language, Lexicon.Matchers> matchers = new EnumMap<>(Language.class);
        matchers.put(Language.AR, compile(Language.AR, arPatterns, arCues));
        matchers.put(Language.EN, compile(Language.EN, enPatterns, enCues));
        return new Lexicon(actors, entries, places, gentilics, organs, facts, matchers);
    }

    private TsvFile open(String name, int columns) {
        return TsvFile.read(name, opener.apply(name), columns);
    }

    private void readActors(String file) {
        for (TsvFile.Row row : open(file, 9).rows()) {
            String id = row.require(0, "id");
            if (!id.matches("[A-Z0-9_]+")) {
                throw row.error("actor id must be upper-case [A-Z0-9_]: " + id);
            }
            if (actors.containsKey(id)) {
                throw row.error("actor id " + id + " is defined twice");
            }
            ActorKind kind = parse(row, () -> ActorKind.fromCode(row.require(1, "kind")));
            String country = country(row, 2);
            Sector sector = row.get(3) == null ? null : parse(row, () -> Sector.fromCode(row.get(3)));
            String wikidata = row.get(4);
            if (wikidata != null && !wikidata.matches("Q[0-9]+")) {
                throw row.error("wikidata id must look like Q123: " + wikidata);
            }
            Actor actor = new Actor(id, row.require(5, "name_en"), row.require(6, "name_ar"), kind, country, sector,
                    wikidata, true);
            Set<String> ambiguous = new HashSet<>();
            List<String> en = parse(row, () -> aliases(row.list(7), ambiguous));
            List<String> ar = parse(row, () -> aliases(row.list(8), ambiguous));
            actors.put(id, actor);
            entries.put(id, new ActorEntry(actor, en, ar, ambiguous));
        }
    }

    /** The names as written; those with a leading ~ (an actor's ambiguous alias, a place's guarded name) go to marked. */
    private static List<String> aliases(List<String> raw, Set<String> marked) {
        List<String> out = new ArrayList<>();
        for (String a : raw) {
            if (a.startsWith("~")) {
                a = a.substring(1).trim();
                if (a.isEmpty()) {
                    throw new IllegalArgumentException("a ~ stands before no name");
                }
                marked.add(a);
            }
            out.add(a);
        }
        return out;
    }

    private String country(TsvFile.Row row, int column) {
        String c = row.get(column);
        if (c != null && !ISO3.contains(c)) {
            throw row.error("not an ISO 3166-1 alpha-3 country code: " + c);
        }
        return c;
    }

    private void readGentilics(String file) {
        for (TsvFile.Row row : open(file, 5).rows()) {
            String id = row.require(0, "actor");
            if (!actors.containsKey(id)) {
                throw row.error("gentilic for unknown actor " + id);
            }
            if (gentilics.containsKey(id)) {
                throw row.error("second gentilic row for " + id);
            }
            gentilics.put(id, new Gentilic(id, row.list(1), row.list(2), row.list(3), row.list(4)));
        }
    }

    private void readOrgans(String file) {
        for (TsvFile.Row row : open(file, 7).rows()) {
            String sectorCode = row.require(0, "sector");
            Sector sector = sectorCode.equals("STATE") ? null : parse(row, () -> Sector.fromCode(sectorCode));
            ActorKind kind = parse(row, () -> ActorKind.fromCode(row.require(1, "kind")));
            Organ.Role role = parse(row, () -> Organ.Role.valueOf(row.require(2, "role").toUpperCase(Locale.ROOT)));
            organs.add(new Organ(sector, kind, role, row.list(3), row.list(4), row.require(5, "en_label"),
                    row.require(6, "ar_label")));
        }
    }

    /** Every state and people with a gentilic gets its organs (IRQ_GOV, IRQ_MIL …) unless a file defines them. */
    private void buildStateOrgans() {
        Map<Sector, Organ> bySector = new LinkedHashMap<>();
        for (Organ o : organs) {
            if (o.sector() != null && o.role() == Organ.Role.BODY) {
                bySector.putIfAbsent(o.sector(), o);
            }
        }
        for (Gentilic g : gentilics.values()) {
            Actor owner = actors.get(g.actorId());
            for (Organ o : bySector.values()) {
                String id = owner.id() + o.idSuffix();
                if (actors.containsKey(id)) {
                    continue;
                }
                String adjective = g.enAdjectives().isEmpty() ? owner.nameEn() : g.enAdjectives().get(0);
                String nameAr = o.arLabel() + " " + ArabicAgreement.adjective(o.arLabel(), g.arStems().isEmpty()
                        ? owner.nameAr() : g.arStems().get(0));
                String country = owner.kind() == ActorKind.STATE ? owner.id() : owner.country();
                actors.put(id, new Actor(id, adjective + " " + o.enLabel(), nameAr, o.kind(), country, o.sector(),
                        null, true));
            }
        }
    }

    private void readPlaces(String file) {
        List<TsvFile.Row> rows = open(file, 11).rows();
        for (TsvFile.Row row : rows) {
            String id = row.require(0, "id");
            if (!id.matches("[A-Z0-9-]+")) {
                throw row.error("place id must be upper-case [A-Z0-9-]: " + id);
            }
            if (places.containsKey(id)) {
                throw row.error("place id " + id + " is defined twice");
            }
            String kind = row.require(1, "kind");
            if (!Place.KINDS.contains(kind)) {
                throw row.error("unknown place kind " + kind);
            }
            if (kind.equals("country") != (actors.containsKey(id) && actors.get(id).kind() == ActorKind.STATE)) {
                throw row.error("a country's id must be the ISO3 id of a state actor, and only a country's: " + id);
            }
            double lat = parse(row, () -> Double.parseDouble(row.require(4, "lat")));
            double lon = parse(row, () -> Double.parseDouble(row.require(5, "lon")));
            Set<String> guarded = new HashSet<>();
            List<String> nameEn = parse(row, () -> aliases(List.of(row.require(7, "name_en")), guarded));
            List<String> nameAr = parse(row, () -> aliases(List.of(row.require(8, "name_ar")), guarded));
            List<String> aliasesEn = parse(row, () -> aliases(row.list(9), guarded));
            List<String> aliasesAr = parse(row, () -> aliases(row.list(10), guarded));
            if (!guarded.isEmpty() && kind.equals("country")) {
                throw row.error("a country's name is its state's and cannot be guarded with ~: " + guarded);
            }
            Place place = parse(row, () -> new Place(id, kind, country(row, 2), row.get(3), lat, lon, row.get(6),
                    nameEn.get(0), nameAr.get(0), aliasesEn, aliasesAr, guarded));
            places.put(id, place);
        }
        for (TsvFile.Row row : rows) {
            String parent = row.get(3);
            if (parent != null && !places.containsKey(parent)) {
                throw row.error("unknown parent place " + parent);
            }
        }
    }

    private void readFacts(String file) {
        for (TsvFile.Row row : open(file, 6).rows()) {
            String subject = row.require(0, "subject");
            String object = row.require(2, "object");
            for (String id : List.of(subject, object)) {
                if (!actors.containsKey(id) && !places.containsKey(id)) {
                    throw row.error("unknown actor or place " + id);
                }
            }
            RelationKind relation = parse(row, () -> RelationKind.fromCode(row.require(1, "relation")));
            PartialDate from = row.get(3) == null ? null : parse(row, () -> PartialDate.parse(row.get(3)));
            PartialDate to = row.get(4) == null ? null : parse(row, () -> PartialDate.parse(row.get(4)));
            facts.add(parse(row, () -> new Fact(subject, relation, object, from, to, row.get(5))));
        }
    }

    private void readPatterns(String file, List<EventPattern> out) {
        Set<String> seen = new HashSet<>();
        for (TsvFile.Row row : open(file, 6).rows()) {
            EventType type = parse(row, () -> EventType.fromCode(row.require(0, "type")));
            int sign = parse(row, () -> Integer.parseInt(row.require(1, "sign")));
            if (sign < -1 || sign > 1) {
                throw row.error("sign must be -1, 0 or 1");
            }
            Voice voice = parse(row, () -> Voice.fromCode(row.require(4, "voice")));
            String pattern = row.require(5, "pattern");
            if (!seen.add(pattern)) {
                throw row.error("pattern listed twice: " + pattern);
            }
            out.add(new EventPattern(type, sign, row.get(2), row.get(3), voice, pattern, file + ":" + row.line()));
        }
    }

    private void readCues(String file, List<Cue> out) {
        for (TsvFile.Row row : open(file, 3).rows()) {
            String category = row.require(0, "category");
            if (!CUE_CATEGORIES.contains(category)) {
                throw row.error("unknown cue category " + category + "; known: " + CUE_CATEGORIES);
            }
            out.add(new Cue(category, row.require(1, "value"), row.require(2, "pattern"), file + ":" + row.line()));
        }
    }

    private Lexicon.Matchers compile(Language language, List<EventPattern> patterns, List<Cue> cues) {
        return new Lexicon.Matchers(compileNames(language), compileGentilics(language), compileOrgans(language),
                compilePatterns(language, patterns, EventPattern::pattern, EventPattern::origin),
                compileCues(language, cues));
    }

    private PhraseMatcher<Lexicon.NameRef> compileNames(Language language) {
        PhraseMatcher.Builder<Lexicon.NameRef> names = PhraseMatcher.builder();
        Map<String, String> owner = new HashMap<>();
        for (ActorEntry e : entries.values()) {
            List<String> all = new ArrayList<>(language == Language.AR ? e.aliasesAr() : e.aliasesEn());
            all.add(0, language == Language.AR ? e.actor().nameAr() : e.actor().nameEn());
            for (String alias : all) {
                List<String> words = PhraseCompiler.words(language, alias);
                if (words.isEmpty()) {
                    continue;
                }
                boolean ambiguous = e.ambiguous().contains(alias);
                String key = String.join(" ", words);
                String previous = owner.putIfAbsent(key, e.actor().id());
                if (previous != null && !previous.equals(e.actor().id())
                        && !(ambiguous && isAmbiguous(entries.get(previous), language, key))) {
                    throw new LexiconFormatException("actors", "alias '" + alias + "' names both " + previous + " and "
                            + e.actor().id() + "; mark it ~ambiguous in both or remove one");
                }
                names.addWords(words, new Lexicon.NameRef(e.actor().id(), false, ambiguous, false));
            }
        }
        Map<String, String> placeOwner = new HashMap<>();
        Map<String, Boolean> placeGuarded = new HashMap<>();
        for (Place p : places.values()) {
            List<String> all = new ArrayList<>(language == Language.AR ? p.aliasesAr() : p.aliasesEn());
            all.add(0, language == Language.AR ? p.nameAr() : p.nameEn());
            for (String alias : all) {
                List<String> words = PhraseCompiler.words(language, alias);
                if (words.isEmpty()) {
                    continue;
                }
                String key = String.join(" ", words);
                String previous = placeOwner.putIfAbsent(key, p.id());
                if (previous != null && !previous.equals(p.id())) {
                    throw new LexiconFormatException("places.tsv", "name '" + alias + "' names both " + previous
                            + " and " + p.id());
                }
                boolean guarded = p.guarded().contains(alias);
                if (placeGuarded.getOrDefault(key, guarded) != guarded) {
                    throw new LexiconFormatException("places.tsv", "name '" + alias + "' of " + p.id()
                            + " is written both with and without ~; a guard holds only if every spelling has it");
                }
                placeGuarded.put(key, guarded);
                if (!actors.containsKey(p.id()) && previous == null) {
                    names.addWords(words, new Lexicon.NameRef(p.id(), true, false, guarded));
                }
            }
        }
        return names.build();
    }

    /** True when the entry marks as ambiguous an alias with these normalized words. */
    private static boolean isAmbiguous(ActorEntry entry, Language language, String key) {
        for (String alias : entry.ambiguous()) {
            if (String.join(" ", PhraseCompiler.words(language, alias)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private PhraseMatcher<Lexicon.GentilicForm> compileGentilics(Language language) {
        PhraseMatcher.Builder<Lexicon.GentilicForm> b = PhraseMatcher.builder();
        for (Gentilic g : gentilics.values()) {
            if (language == Language.AR) {
                for (String stem : g.arStems()) {
                    for (String form : ArabicAgreement.nisbaForms(PhraseCompiler.normalizeWord(Language.AR, stem))) {
                        boolean plural = ArabicAgreement.isPluralNisba(form);
                        b.addWords(List.of(form), new Lexicon.GentilicForm(g.actorId(), plural,
                                Lexicon.CaseEnding.of(form)));
                    }
                }
                for (String plural : g.arPlurals()) {
                    String form = PhraseCompiler.normalizeWord(Language.AR, plural);
                    b.addWords(List.of(form), new Lexicon.GentilicForm(g.actorId(), true, Lexicon.CaseEnding.NONE));
                    b.addWords(List.of("ال" + form), new Lexicon.GentilicForm(g.actorId(), true, Lexicon.CaseEnding.NONE));
                }
            } else {
                for (String adjective : g.enAdjectives()) {
                    b.addWords(PhraseCompiler.words(language, adjective),
                            new Lexicon.GentilicForm(g.actorId(), false, Lexicon.CaseEnding.NONE));
                }
                for (String plural : g.enPlurals()) {
                    b.addWords(PhraseCompiler.words(language, plural),
                            new Lexicon.GentilicForm(g.actorId(), true, Lexicon.CaseEnding.NONE));
                }
            }
        }
        return b.build();
    }

    private PhraseMatcher<Lexicon.OrganForm> compileOrgans(Language language) {
        PhraseMatcher.Builder<Lexicon.OrganForm> b = PhraseMatcher.builder();
        for (Organ o : organs) {
            for (String form : language == Language.AR ? o.arForms() : o.enForms()) {
                List<String> words = PhraseCompiler.words(language, form);
                String last = words.get(words.size() - 1);
                b.addWords(words, new Lexicon.OrganForm(o, language == Language.AR ? Lexicon.CaseEnding.of(last)
                        : Lexicon.CaseEnding.NONE));
            }
        }
        return b.build();
    }

    private static <T> PhraseMatcher<T> compilePatterns(Language language, List<T> items, Function<T, String> pattern,
                                                        Function<T, String> origin) {
        PhraseMatcher.Builder<T> b = PhraseMatcher.builder();
        for (T item : items) {
            try {
                b.add(PhraseCompiler.pattern(language, pattern.apply(item)), item);
            } catch (IllegalArgumentException e) {
                throw new LexiconFormatException(origin.apply(item), e.getMessage());
            }
        }
        return b.build();
    }

    /** A cue's pattern lists whole phrases separated by |, since cue phrases vary more than single words. */
    private static PhraseMatcher<Cue> compileCues(Language language, List<Cue> cues) {
        PhraseMatcher.Builder<Cue> b = PhraseMatcher.builder();
        for (Cue cue : cues) {
            for (String phrase : cue.pattern().split("\\|")) {
                if (phrase.isBlank()) {
                    continue;
                }
                try {
                    b.add(PhraseCompiler.pattern(language, phrase.trim()), cue);
                } catch (IllegalArgumentException e) {
                    throw new LexiconFormatException(cue.origin(), e.getMessage());
                }
            }
        }
        return b.build();
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(TsvFile.Row row, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
