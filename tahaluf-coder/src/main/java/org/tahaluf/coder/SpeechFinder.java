package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Actor;
import org.tahaluf.core.ActorKind;
import org.tahaluf.core.Language;
import org.tahaluf.core.Sector;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.Cue;
import org.tahaluf.lexicon.PhraseMatcher.Match;

/**
 * Reported speech: a speech cue, its speaker and what was said.
 *
 * <ul>
 *   <li>a verb cue takes the actor right after it as speaker (قال مسؤول أميركي), or right before it
 *       (the SDF said; المرصد أفاد), or, with neither, the document's last speaker (وأضاف);</li>
 *   <li>an actor after ل right after the cue is the addressee, not the speaker (قال لوكالة رويترز); a post followed
 *       at once by a name gives the name (رئيس الوزراء العراقي حيدر العبادي), and a name after a title may stand
 *       a few words further (المرشد الأعلى للثورة الإسلامية، آية الله علي خامنئي; محافظ نينوى العراقية المقال أثيل
 *       النجيفي); an official whose body was only guessed speaks for the body its post names (مسؤول العلاقات الإعلامية
 *       في حزب الله);</li>
 *   <li>a post naming no actor at its start right after the cue (a title or a speaker's head noun: موقع شبكة الإعلام
 *       العراقي، مجلس محافظة الأنبار، أحد سكان الحي) is the verb's subject: an unknown speaker, not the last one;</li>
 *   <li>Arabic: a verb joined by و/ف (واعتبرت) has no subject before it; the mention ending the clause before is none;</li>
 *   <li>a definite noun of a source right after the cue (وأشارت المصادر، وأضاف الدبلوماسيون) speaks as the source last
 *       introduced by that noun (مصادر عسكرية عراقية، دبلوماسيون غربيون), not as whoever spoke last;</li>
 *   <li>a definite noun of a medium right after the cue (وقالت الوكالة، وأضافت الصحيفة) speaks for the medium last named
 *       with that noun (وكالة الأناضول، صحيفة "صباح" التركية), not for whoever spoke last;</li>
 *   <li>a verb of address (دعا، طالب، حذر) joined by و/ف to a statement in its sentence keeps that statement's
 *       speaker, and a masculine one right before a feminine body (وطالب الحكومة التركية) names its object;</li>
 *   <li>اتهم with the charge right after it (اتهم بدعم، الذي اتهمت به) is passive and no speech;</li>
 *   <li>a participle (مؤكدا، adding) keeps the sentence's last speaker; with none, it speaks for the subject of the
 *       sentence's main verb (وتعليقا على الغارات الإسرائيلية، فقد أصدر الجيش اللبناني بيانا، محذرا), never for an
 *       actor behind a preposition, else for the document's last speaker;</li>
 *   <li>an "according to" cue (وفقا لـ، بحسب) takes the actor after it, with only words of a source between them
 *       (بحسب بيان صادر عن; not وفق استراتيجية, nor فحسب بل "only … but"), and the rest of the sentence as content;</li>
 *   <li>English: a mention right before the cue speaks before any after it; a noun phrase naming no actor right before
 *       it ("a monitoring group said") is an unknown speaker, so neither the sentence's topic nor a name further on
 *       speaks, except a statement or report ("the statement said"), which goes on with the last speaker, and a
 *       phrase in apposition to a mention right before it ("the Observatory, a Britain-based monitor, said");</li>
 *   <li>an unnamed source right after the cue (شهود عيان، تقارير، ناشطون سوريون، مصادر محلية، سكان) speaks for no
 *       one: the speaker is null, its words the speaker's text, and neither the last speaker nor the state of a nisba
 *       takes its place; the same for an anaphoric noun (المجلس، الوزارة) when no actor with that head was named — when
 *       one was, coreference ({@code head:} in the coref cues) has already made it the speaker;</li>
 *   <li>an adjective of state is no speech (ويبقى الجيش حذراً), nor a verb of address after the relative ما (وهو ما دعا
 *       الحكومة إلى "which prompted");</li>
 *   <li>a cue word that is a noun heading a noun phrase is no speech: behind a preposition (لكشف، بذكر، في إعلان، إلى مطالبة), the
 *       subject of a verb of occurring (جاء كشف الاستعداد الإيراني), or a participle with a possessive (مطالبه);</li>
 *   <li>content runs from after the speaker (and a following أن/إن/that) to the next cue or the sentence's end.</li>
 * </ul>
 */
final class SpeechFinder {

    private final MentionFinder mentions;

    SpeechFinder(MentionFinder mentions) {
        this.mentions = mentions;
    }

    /** A statement found in a sentence, before it becomes a claim. */
    record Speech(String speaker, String speakerText, Match<Cue> cue, Span content, int speakerFirst,
                  int speakerLast, boolean pronounComplement, boolean bare, boolean denial) {

        /** True when what was said has no subject of its own but the speaker's: "أنه", "denied supplying". */
        boolean speakerIsSubject() {
            return pronounComplement || bare && denial;
        }
    }

    List<Speech> find(Sentence sentence, Language language, SentenceCues cues, List<Found> found, Discourse discourse,
                      Unknowns unknowns) {
        List<Token> tokens = sentence.tokens();
        List<Match<Cue>> speechCues = cues.of("speech");
        List<Speech> out = new ArrayList<>();
        if (language == Language.EN) {
            speechCues = speechCues.stream().filter(c -> !isCapitalisedMidSentence(tokens, c.first())).toList();
        }
        for (int k = 0; k < speechCues.size(); k++) {
            Match<Cue> cue = speechCues.get(k);
            int limit = k + 1 < speechCues.size() ? speechCues.get(k + 1).first() : tokens.size();
            String kind = cue.value().value();
            if (NoSpeech.at(cue, tokens, language)) {
                continue;
            }
            boolean addressed = kind.equals("address") || kind.equals("accuse");
            String[] again = null;
            int againFrom = -1;
            int introduced = -1;
            Found speaker = null;
            boolean nominalSubject = false;
            int nominalFrom = -1;
            String unnamed = null;
            int contentFrom;
            int contentTo = limit;
            if (kind.equals("noun")) {
                // "إعلان دمشق أن التحالف استهدف": a noun of speech, its speaker and what follows أن
                speaker = startingWithin(found, cue.last() + 1, cue.last() + 1);
                Match<Cue> that = speaker == null ? null : complementWithin(cues, speaker.last() + 1, speaker.last() + 2);
                if (that == null) {
                    continue;
                }
                contentFrom = speaker.last() + 1;
            } else if (kind.equals("source")) {
                speaker = startingWithin(found, cue.last() + 1, cue.last() + 4);
                int[] post = speaker == null && language == Language.AR
                        ? postAfter(found, tokens, cues, cue.last() + 1, limit) : null;
                if (post != null) {
                    // "بحسب حاكم منطقة سوروتش عبدالله جيفتشي": a post after the cue speaks for the person or body
                    // it names, else as someone unknown
                    speaker = withinPost(found, tokens, cues, post[0] + postHead(cues, post[0]) - 1, true, unknowns);
                    if (speaker == null) {
                        unnamed = sentence.text().substring(tokens.get(post[0]).start() - sentence.start(),
                                tokens.get(post[1]).end() - sentence.start());
                    }
                } else if (speaker == null || language == Language.AR
                        && !onlySourceWordsBetween(tokens, cues, cue.last() + 1, speaker.first())) {
                    continue;
                }
                int sourceEnd = post != null ? post[1] : speaker.last();
                boolean atStart = cue.first() <= 1;
                contentFrom = atStart ? sourceEnd + 1 : 0;
                contentTo = atStart ? limit : cue.first();
            } else if (kind.equals("continue")) {
                // "أصدرت الحكومة العراقية بيانا …، مؤكدة": the participle speaks for its sentence's subject,
                // or goes on with the last statement
                if (out.isEmpty()) {
                    speaker = mainSubject(found, tokens, cues, cue.first(), unknowns);
                }
                contentFrom = cue.last() + 1;
            } else {
                boolean coordinated = language == Language.EN && cue.first() > 0
                        && COORDINATORS.contains(tokens.get(cue.first() - 1).normalized());
                boolean pronoun = language == Language.EN && cue.first() > 0
                        && PRONOUNS.contains(tokens.get(cue.first() - 1).normalized());
                // "وأعربت روسيا عن قلقها … ودعت جميع الأطراف": a verb of address joined to a statement goes on with its speaker
                boolean goesOn = addressed && !out.isEmpty() && tokens.get(cue.first()).startsWithConjunction();
                // "وأشارت المصادر"، "وأضاف الدبلوماسيون": the source named so before speaks again
                again = language == Language.AR && !goesOn ? sameSourceAgain(tokens, found, cue.last() + 1, discourse)
                        : null;
                if (again == null && language == Language.AR && !goesOn) {
                    // "وقالت الوكالة"، "وأضافت الصحيفة": the agency or newspaper named last
                    again = sameMediumAgain(tokens, found, cue.last() + 1, discourse);
                }
                int[] generic = language == Language.AR && !goesOn && again == null
                        ? unnamedSource(tokens, cues, found, cue.last() + 1, limit) : null;
                int[] post = null;
                // English: the subject right before the verb speaks ("the Local Coordination Committees said dozens of
                // civilians …"); a noun phrase there that names no actor ("a monitoring group said", "the resident
                // said") is a speaker of its own, unknown: neither what follows nor the sentence's topic speaks
                Found subject = language == Language.EN && !coordinated && !pronoun
                        ? endingJustBefore(found, tokens, cue.first(), 1) : null;
                nominalFrom = language == Language.EN && !coordinated && !pronoun && subject == null
                        ? nominalSubjectBefore(found, tokens, cue.first()) : -1;
                Found apposed = nominalFrom > 0 ? endingJustBefore(found, tokens,
                        nominalFrom > 1 && isComma(tokens.get(nominalFrom - 1).surface()) ? nominalFrom - 1 : nominalFrom, 1)
                        : null;
                if (apposed != null && apposed.hasActor()) {
                    // "the Syrian Observatory for Human Rights, a Britain-based war monitor, said": an apposition
                    subject = apposed;
                    nominalFrom = -1;
                }
                nominalSubject = nominalFrom >= 0;
                if (again != null) {
                    againFrom = cue.last() + 1;
                } else if (generic != null) {
                    // "وقال شهود عيان إن"، "وأكدت الوزارة" with no ministry named: someone unnamed speaks
                    unnamed = sentence.text().substring(tokens.get(generic[0]).start() - sentence.start(),
                            tokens.get(generic[1]).end() - sentence.start());
                } else if (subject != null) {
                    speaker = subject;
                } else if (!coordinated && !pronoun && !goesOn && !nominalSubject) {
                    speaker = speakerAfter(found, tokens, cues, cue.last() + 1,
                            speakerWindowEnd(cues, tokens, cue.last() + 1, 3),
                            speakerWindowEnd(cues, tokens, cue.last() + 1, TITLED_WINDOW), unknowns);
                    if (speaker != null && addressed && objectByAgreement(cue, speaker, tokens)) {
                        speaker = null;
                    }
                    post = speaker == null && language == Language.AR ? postAfter(found, tokens, cues, cue.last() + 1, limit)
                            : null;
                    if (post != null) {
                        // "وقال موقع شبكة الإعلام العراقي"، "وقال المرشد الأعلى …، آية الله علي خامنئي": the post after the
                        // verb is its subject; it speaks for a person or body it names, else as someone unknown
                        speaker = withinPost(found, tokens, cues, post[0] + postHead(cues, post[0]) - 1, true,
                                unknowns);
                        if (speaker == null) {
                            unnamed = sentence.text().substring(tokens.get(post[0]).start() - sentence.start(),
                                    tokens.get(post[1]).end() - sentence.start());
                        }
                    }
                    if (speaker == null && post == null && (language == Language.EN || !joined(cue))) {
                        speaker = endingJustBefore(found, tokens, cue.first(), language == Language.EN ? 8 : 2);
                    }
                }
                if (speaker == null && out.isEmpty() && !pronoun && !nominalSubject && unnamed == null && again == null) {
                    speaker = sentenceTopic(found, cue.first());
                }
                int[] unnamedWords = generic != null ? generic : post;
                contentFrom = speaker != null && speaker.first() > cue.last() ? speaker.last() + 1
                        : unnamedWords != null ? unnamedWords[1] + 1 : againFrom >= 0 ? againFrom + 1 : cue.last() + 1;
                // a bare official whose body was only guessed ("وقال مسؤولون") introduces no source to refer back to
                introduced = speaker != null && speaker.first() > cue.last() && speaker.type() != Found.Type.TITLE
                        ? speaker.first() : unnamedWords != null ? unnamedWords[0] : -1;
            }
            String speakerId;
            String speakerText;
            if (again != null) {
                speakerId = again[0];
                speakerText = again[1];
            } else if (unnamed != null) {
                speakerId = null;
                speakerText = unnamed;
            } else if (speaker != null) {
                speakerId = speaker.actorId();
                speakerText = speaker.text();
            } else if (nominalSubject && !STATEMENT_NOUNS.contains(tokens.get(cue.first() - 1).normalized())) {
                speakerId = null;
                speakerText = null;
            } else if (!out.isEmpty()) {
                speakerId = out.get(out.size() - 1).speaker();
                speakerText = out.get(out.size() - 1).speakerText();
            } else {
                speakerId = discourse.lastSpeaker();
                speakerText = discourse.lastSpeakerText();
            }
            contentFrom = afterColon(tokens, contentFrom, contentTo);
            boolean pronoun = false;
            boolean bare = !kind.equals("source");
            Match<Cue> complement = complementWithin(cues, contentFrom, Math.min(contentTo, contentFrom + 8));
            if (complement != null) {
                contentFrom = complement.last() + 1;
                bare = false;
                String w = tokens.get(complement.first()).normalized();
                pronoun = w.length() > 2 && !w.equals("that");
            }
            if (language == Language.EN) {
                int quoteEnd = closingQuoteBefore(sentence, tokens, cue.first());
                int before = speaker != null && speaker.first() < cue.first() ? speaker.first()
                        : nominalSubject ? nominalFrom : cue.first();
                if (quoteEnd > 0) {
                    contentFrom = 0;
                    contentTo = quoteEnd;
                } else if (words(tokens, contentFrom, contentTo) <= 3 && before > 2) {
                    contentFrom = 0;
                    contentTo = before;
                }
            }
            if (contentTo == limit && limit < tokens.size()) {
                contentTo = beforeClauseOpener(cues, tokens, contentFrom, contentTo);
            }
            Span content = span(tokens, contentFrom, contentTo);
            if (content == null) {
                continue;
            }
            out.add(new Speech(speakerId, speakerText, cue, content, speaker == null ? -1 : speaker.first(),
                    speaker == null ? -1 : speaker.last(), pronoun, bare, kind.equals("deny")));
            if (speakerId != null || speakerText != null) {
                discourse.spoke(speakerId, speakerText, sentence.index());
            }
            String noun = introduced >= 0 ? indefiniteSourceNoun(tokens.get(introduced)) : null;
            if (noun != null) {
                discourse.spokeAs(noun, speakerId, speakerText);
            }
        }
        if (language == Language.AR) {
            rememberMedia(tokens, found, discourse, unknowns);
        }
        if (out.isEmpty()) {
            Speech more = Quotations.goingOn(sentence, discourse);
            if (more != null) {
                out.add(more);
                discourse.spoke(more.speaker(), more.speakerText(), sentence.index());
            }
        }
        return out;
    }

    /**
     * "وقال شهود عيان إن"، "وأشارت تقارير"، "وقالت مصادر محلية"، "وقال ناشطون سوريون": a speaker no one can name (a noun of
     * unnamed sources, or an anaphoric noun such as "المجلس" with no council named before) right after the cue. The first
     * and last token of its words (the noun and the adjectives after it, up to أن/إن, punctuation or a preposition), or null
     * when the words after the cue are no such noun, or when they go on to name a body ("مصادر في حزب الله"، "مصادر
     * عسكرية عراقية"), which then speaks.
     */
    private static int[] unnamedSource(List<Token> tokens, SentenceCues cues, List<Found> found, int from, int limit) {
        if (from >= limit || tokens.get(from).punctuation()) {
            return null;
        }
        Token t = tokens.get(from);
        boolean anaphor = cues.at(from, "coref") != null && found.stream().noneMatch(f -> f.first() == from);
        boolean unnamed = t.forms().stream().anyMatch(f -> UNNAMED_SOURCES.contains(f.text()));
        if (!anaphor && !unnamed) {
            return null;
        }
        int last = from;
        while (last + 1 < limit && last + 1 <= from + 2) {
            Token n = tokens.get(last + 1);
            Match<Cue> c = cues.at(last + 1, "clause");
            if (n.punctuation() || c != null || cues.at(last + 1, "location") != null || cues.at(last + 1, "speech") != null
                    || cues.at(last + 1, "time") != null || n.forms().size() > 1 && n.forms().get(1).text().startsWith("ال")
                    || PREPOSITIONS.contains(n.normalized()) || n.proclitics().endsWith("ب")) {
                break;
            }
            last++;
        }
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.hasActor() && f.first() >= from && ofSource(f, tokens, from, last)) {
                return null;
            }
        }
        return new int[] {from, last};
    }

    /**
     * "مصادر عسكرية عراقية"، "مصادر في حزب الله"، "مصادر بالمعارضة": a name, organ, group or official within the words of
     * an unnamed source, or right after them behind في/من or ب, tells whose source it is. A mention further on ("أفادت
     * مصادر مطلعة بمقتل عشرة جنود سوريين") is what was said.
     */
    private static boolean ofSource(Found f, List<Token> tokens, int from, int last) {
        boolean names = f.type() == Found.Type.NAME || f.type() == Found.Type.ORGAN || f.type() == Found.Type.GROUP
                || f.type() == Found.Type.OFFICIAL && f.last() > from;
        boolean within = f.first() <= last
                || f.first() == last + 1 && f.proclitics(tokens).endsWith("ب")
                || f.first() == last + 2 && PREPOSITIONS.contains(tokens.get(last + 1).normalized());
        return names && within;
    }

    /**
     * "وأشارت المصادر إلى"، "وأضاف الدبلوماسيون"، "وقالت المصادر ذاتها": a definite noun of a source right after the cue,
     * naming no body of its own, refers back to the last speaker introduced by the same noun without the article
     * ("مصادر عسكرية عراقية"، "دبلوماسيون غربيون"); that speaker's id and text, or null.
     */
    private static String[] sameSourceAgain(List<Token> tokens, List<Found> found, int from, Discourse discourse) {
        if (from >= tokens.size() || tokens.get(from).punctuation()) {
            return null;
        }
        String word = deepest(tokens.get(from));
        if (!word.startsWith("ال") || found.stream().anyMatch(f -> !f.nested() && f.first() == from
                && f.type() != Found.Type.TITLE && f.type() != Found.Type.COREF)) {
            return null;
        }
        return discourse.spokenAs(sourceNoun(word.substring(2)));
    }

    /**
     * "وقالت الوكالة"، "وأضافت الصحيفة"، "وذكر الموقع": a definite noun of a medium right after the cue, naming no actor
     * itself, refers back to the medium last named with that noun ("وكالة الأناضول"، "صحيفة "صباح" التركية"); its id and
     * the noun's text, or null when none was named so.
     */
    private static String[] sameMediumAgain(List<Token> tokens, List<Found> found, int from, Discourse discourse) {
        if (from >= tokens.size() || startingAt(found, from) != null && startingAt(found, from).type() != Found.Type.COREF) {
            return null;
        }
        String word = deepest(tokens.get(from));
        if (!word.startsWith("ال") || !MEDIUM_NOUNS.contains(word.substring(2))) {
            return null;
        }
        String[] medium = discourse.mediumNamedAs(word.substring(2));
        return medium == null ? null : new String[] {medium[0], tokens.get(from).surface()};
    }

    /** Remembers each medium the sentence names by the noun that heads it: "وكالة" for "وكالة الأنباء السورية". */
    private void rememberMedia(List<Token> tokens, List<Found> found, Discourse discourse, Unknowns unknowns) {
        for (Found f : found) {
            Actor a = !f.nested() && f.hasActor() ? mentions.actorOf(f.actorId(), unknowns) : null;
            String noun = a != null && a.sector() == Sector.MED ? mediumNoun(tokens, f) : null;
            if (noun != null) {
                discourse.mediumNamed(noun, f.actorId(), f.text());
            }
        }
    }

    /** The noun heading a medium's mention: its own first word ("وكالة الأناضول") or the word before it ("صحيفة "صباح""). */
    private static String mediumNoun(List<Token> tokens, Found f) {
        String first = mediumNoun(tokens.get(f.first()));
        if (first != null) {
            return first;
        }
        int k = f.first() - 1;
        while (k > 0 && isQuote(tokens.get(k).surface())) {
            k--;
        }
        return k >= 0 ? mediumNoun(tokens.get(k)) : null;
    }

    /** The noun of a medium a word is ("ووكالة" → "وكالة"), or null; any of its forms, as "وكالة" may read as و + كالة. */
    private static String mediumNoun(Token t) {
        for (Token.Form form : t.forms()) {
            if (MEDIUM_NOUNS.contains(form.text())) {
                return form.text();
            }
        }
        return null;
    }

    /** Nouns heading the name of a medium: agency, newspaper, website, channel, network, radio, magazine. */
    private static final java.util.Set<String> MEDIUM_NOUNS = java.util.stream.Stream.of("وكالة", "صحيفة", "موقع",
                    "قناة", "شبكة", "إذاعة", "مجلة")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The noun of a source that introduced a speaker ("مصادر" in "مصادر عسكرية عراقية"), or null for a definite or other word. */
    private static String indefiniteSourceNoun(Token t) {
        String word = deepest(t);
        if (word.startsWith("ال")) {
            return null;
        }
        String noun = sourceNoun(word);
        return SOURCE_NOUNS.contains(noun) ? noun : null;
    }

    /** The word without its clitics: "مصادر" in "ومصادر". */
    private static String deepest(Token t) {
        return t.forms().get(t.forms().size() - 1).text();
    }

    /** One form for a plural in every case: "دبلوماسيين" and "دبلوماسيون" are the same diplomats. */
    private static String sourceNoun(String word) {
        return word.endsWith("ين") && word.length() > 4 ? word.substring(0, word.length() - 2) + "ون" : word;
    }

    /** Nouns that introduce a source a definite form of them may refer back to. */
    private static final java.util.Set<String> SOURCE_NOUNS = java.util.stream.Stream.of("مصدر", "مصادر", "مسؤول",
                    "مسؤولون", "دبلوماسي", "دبلوماسيون", "شهود", "ناشطون", "سكان", "تقارير", "مراقبون", "خبراء")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns of sources that have no name: witnesses, residents, activists, observers, reports, unnamed sources. */
    private static final java.util.Set<String> UNNAMED_SOURCES = java.util.stream.Stream.of("تقارير", "التقارير", "شهود",
                    "الشهود", "شاهد", "سكان", "السكان", "أهالي", "الأهالي", "ناشطون", "ناشطين", "الناشطون", "نشطاء",
                    "مراقبون", "مراقبين", "المراقبون", "محللون", "محللين", "المحللون", "خبراء", "الخبراء", "مواطنون",
                    "المواطنون", "مصادر", "المصادر", "أنباء", "معلومات")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> PREPOSITIONS = java.util.stream.Stream.of("في", "من", "عن", "على", "إلى",
                    "لدى", "مع", "داخل", "قرب", "بين", "عبر")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "قال X، قائد العمليات: «…»": a colon soon after the speaker opens what was said. */
    private static int afterColon(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + 12); i++) {
            String s = tokens.get(i).surface();
            if (s.equals(":")) {
                return i + 1;
            }
            if (s.equals("«") || s.equals("\"") || s.equals("“")) {
                return from;
            }
        }
        return from;
    }

    /** Backs up over punctuation and clause openers (فيما، بينما) that introduce the next statement. */
    private static int beforeClauseOpener(SentenceCues cues, List<Token> tokens, int from, int to) {
        int end = to;
        boolean moved = true;
        while (moved && end > from) {
            moved = false;
            if (tokens.get(end - 1).punctuation()) {
                end--;
                moved = true;
                continue;
            }
            for (int k = Math.max(from, end - 3); k < end; k++) {
                Match<Cue> c = cues.at(k, "clause");
                if (c != null && c.last() == end - 1 && c.value().value().equals("boundary")) {
                    end = k;
                    moved = true;
                    break;
                }
            }
        }
        return end;
    }

    /**
     * The last token a speaker after a cue may start at: before أن/إن/that or punctuation, at most {@code max} words on;
     * a quotation mark opening a short quoted name does not end it ("وقالت «الخارجية» السورية"، "وأعلنت وزارة "الدفاع" التركية").
     */
    private static int speakerWindowEnd(SentenceCues cues, List<Token> tokens, int from, int max) {
        int end = from - 1;
        for (int i = from; i < Math.min(tokens.size(), from + max); i++) {
            Match<Cue> c = cues.at(i, "clause");
            boolean quoteOpening = quotedNameOpens(tokens, i);
            if (tokens.get(i).punctuation() && !quoteOpening || c != null && c.value().value().equals("complement")) {
                break;
            }
            end = i;
        }
        return end;
    }

    /**
     * A quotation mark closed again within a few words opens a quoted name ("«الخارجية» السورية"); one that is not
     * opens what was said ("وتابعت "قيادة العمليات المشتركة ترحب بأي جهود …").
     */
    private static boolean quotedNameOpens(List<Token> tokens, int at) {
        if (!isQuote(tokens.get(at).surface())) {
            return false;
        }
        for (int k = at + 2; k < Math.min(tokens.size(), at + 2 + QUOTED_NAME_WORDS); k++) {
            if (isQuote(tokens.get(k).surface())) {
                return true;
            }
        }
        return false;
    }

    /** How many words a name in quotation marks may have. */
    private static final int QUOTED_NAME_WORDS = 3;

    /** How far after a cue a titled speaker may start: a post of a few words, then the title and the name. */
    private static final int TITLED_WINDOW = 8;

    /**
     * The speaker after a cue: the first mention in {@code [from, to]} that is not an addressee ("قال لوكالة فرانس برس",
     * "قال لـ«الشرق الأوسط»"); after a noun, ل is "of" and names the speaker's body ("المكتب الإعلامي للتحالف"). A title or an organ followed at once by a name gives way to the name
     * ("رئيس الوزراء العراقي حيدر العبادي", "وزير الخارجية، فلان"). Past {@code to} and up to {@code titledTo}, only a
     * name right after a title speaks: a post of several words stands between the cue and the person
     * ("وقال المرشد الأعلى للثورة الإسلامية آية الله علي خامنئي").
     */
    private Found speakerAfter(List<Found> found, List<Token> tokens, SentenceCues cues, int from, int to, int titledTo,
                               Unknowns unknowns) {
        for (Found f : found) {
            if (f.nested() || f.isPlace() || f.first() < from || f.first() > titledTo || addressee(f, found, tokens, from)
                    || f.first() > to && (f.type() != Found.Type.NAME || !titleEndsAt(cues, f.first() - 1))) {
                continue;
            }
            if (f.type() == Found.Type.NAME) {
                return f;
            }
            Found name = nameRightAfter(found, tokens, f, unknowns);
            boolean noun = f.first() == from && (f.type() == Found.Type.GENTILIC || f.type() == Found.Type.PEOPLE);
            if (name == null && !noun) {
                // "وقال سوري تعرف على حسين": a nisba standing for a person opens no post
                name = withinPost(found, tokens, cues, f.last(), f.type() == Found.Type.TITLE, unknowns);
            }
            return name != null ? name : f;
        }
        return null;
    }

    /** How many words the rest of a post may run after its first noun, up to the person holding it. */
    private static final int POST_WORDS = 8;

    /**
     * The post right after a verb cue that names no actor by its first word: a title or a speaker's head noun (a body, a
     * medium, "one of") and the words after it, up to what was said, a comma, a clause opener, a time, a preposition
     * (في، على، بوقف، لرويترز), at most {@link #POST_TEXT_WORDS} words: "وقال موقع شبكة الإعلام العراقي الحكومي إن"، "وطالب مجلس
     * محافظة الأنبار بوقف القصف"، "وقال أحد سكان الحي لرويترز". Its first and last token, or null.
     */
    private static int[] postAfter(List<Found> found, List<Token> tokens, SentenceCues cues, int from, int limit) {
        if (from >= limit || startingAt(found, from) != null || postHead(cues, from) == 0) {
            return null;
        }
        int last = from + postHead(cues, from) - 1;
        int words = last - from + 1;
        if (words == 1 && tokens.get(from).normalized().startsWith("ال") && cues.at(from, "title") != null
                && !continuesPost(tokens, cues, from + 1, limit)) {
            // "وقال الجنرال الذي كان في البنتاغون": a definite title alone refers back to the last speaker
            return null;
        }
        while (last + 1 < limit && words < POST_TEXT_WORDS) {
            Token n = tokens.get(last + 1);
            if (n.punctuation() && quotedName(found, tokens, last + 1)) {
                last++;
                continue;
            }
            if (n.punctuation() || cues.at(last + 1, "clause") != null || cues.at(last + 1, "speech") != null
                    || cues.at(last + 1, "time") != null || n.surface().replace("ـ", "").equals("ل")
                    || n.proclitics().endsWith("ب") || n.proclitics().endsWith("ل") || PREPOSITIONS.contains(n.normalized())
                    || n.forms().stream().anyMatch(f -> POST_ENDS.contains(f.text()))) {
                break;
            }
            Found g = startingAt(found, last + 1);
            if (g != null && g.hasActor() && !g.isPlace() && addressee(g, found, tokens, from)) {
                break;
            }
            last++;
            words++;
        }
        return new int[] {from, last};
    }

    /** True when the word at {@code at} goes on with a post: no punctuation, opener, complement or function word. */
    private static boolean continuesPost(List<Token> tokens, SentenceCues cues, int at, int limit) {
        return at < limit && !tokens.get(at).punctuation() && cues.at(at, "clause") == null
                && cues.at(at, "function") == null && cues.at(at, "time") == null;
    }

    /** How many words the text of an unknown speaker's post may have. */
    private static final int POST_TEXT_WORDS = 7;

    /** The length of the title or speaker's head noun starting at {@code at}, or 0. */
    private static int postHead(SentenceCues cues, int at) {
        Match<Cue> head = cues.at(at, "title");
        if (head == null) {
            head = cues.at(at, "speaker");
        }
        return head == null ? 0 : head.last() - at + 1;
    }

    /**
     * The person or body the rest of a post names, when the post's first mention is a title, an organ or a nisba: "أكد
     * محافظ نينوى العراقية المقال أثيل النجيفي"، "قال السفير السوري في لبنان، علي عبدالكريم علي،" (the person holding
     * it speaks); "وقال مسؤول العلاقات الإعلامية في حزب الله" (a post whose body is unnamed or only guessed,
     * {@code unplaced}, speaks for the body after في، من، باسم or ب, or for the medium it names: "وكالة أنباء «الأناضول»"). The post ends at what was said, a clause opener, a circumstance (مع، بعد، خلال)
     * or whoever was spoken to ("لوكالة فرانس برس"). Null when it names neither.
     */
    private Found withinPost(List<Found> found, List<Token> tokens, SentenceCues cues, int headLast, boolean unplaced,
                             Unknowns unknowns) {
        Found body = null;
        int words = 0;
        for (int k = headLast + 1; k < tokens.size() && words < POST_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                if (isComma(t.surface()) || quotedName(found, tokens, k)) {
                    continue;
                }
                break;
            }
            if (cues.at(k, "clause") != null || cues.at(k, "speech") != null || cues.at(k, "counterpart") != null
                    || t.startsWithConjunction() || t.forms().stream().anyMatch(f -> POST_ENDS.contains(f.text()))) {
                break;
            }
            words++;
            Found g = startingAt(found, k);
            if (g == null) {
                continue;
            }
            if (g.hasActor() && !g.isPlace() && addressee(g, found, tokens, headLast + 1)) {
                break;
            }
            Actor a = g.hasActor() && !g.isPlace() ? mentions.actorOf(g.actorId(), unknowns) : null;
            if (a != null && a.kind() == ActorKind.PERSON && g.type() == Found.Type.NAME) {
                return g;
            }
            boolean medium = a != null && a.sector() == Sector.MED && k - headLast <= MEDIUM_NAME_GAP;
            if (a != null && body == null && unplaced && a.kind() != ActorKind.STATE && (ofBody(g, tokens) || medium)) {
                body = g;
            }
            k = g.last();
        }
        return body;
    }

    /** How far into a post the name of a medium may stand: "وكالة أنباء «الأناضول»", not "تقرير … اطلعت عليه رويترز". */
    private static final int MEDIUM_NAME_GAP = 3;

    /** A quotation mark around a name in a post: before a mention ("«الأناضول»") or right after one. */
    private static boolean quotedName(List<Found> found, List<Token> tokens, int k) {
        if (!isQuote(tokens.get(k).surface())) {
            return false;
        }
        return startingAt(found, k + 1) != null
                || found.stream().anyMatch(f -> !f.nested() && f.last() == k - 1 && f.first() > 0 && isQuote(tokens.get(f.first() - 1).surface()));
    }

    /** Words that end a post: a relative clause, a verb of being, and the circumstances of the statement. */
    private static final java.util.Set<String> POST_ENDS = java.util.stream.Stream.of("الذي", "التي", "الذين", "كان",
                    "كانت", "مع", "بعد", "قبل", "خلال", "عقب", "أثناء", "أمام", "جانب", "عبر")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "في حزب الله"، "باسم الحركة"، "بالمعارضة": a body a post belongs to. */
    private static boolean ofBody(Found g, List<Token> tokens) {
        String clitic = g.proclitics(tokens);
        if (clitic.endsWith("ب")) {
            return true;
        }
        if (!clitic.isEmpty() || g.first() == 0) {
            return false;
        }
        String before = tokens.get(g.first() - 1).normalized();
        return before.equals("في") || before.equals("من") || before.equals("باسم");
    }

    private static Found startingAt(List<Found> found, int first) {
        for (Found f : found) {
            if (!f.nested() && f.first() == first) {
                return f;
            }
        }
        return null;
    }

    /** "وقال"، "فأكد": a verb joined by و or ف opens a clause of its own, so the mention before it is not its subject. */
    private static boolean joined(Match<Cue> cue) {
        String p = cue.proclitics();
        return p != null && (p.startsWith("و") || p.startsWith("ف"));
    }

    /** A mention with the preposition ل on it right after the cue or another mention, or after a bare "لـ", is who was spoken to. */
    private static boolean addressee(Found f, List<Found> found, List<Token> tokens, int afterCue) {
        if (f.proclitics(tokens).endsWith("ل")
                && (f.first() == afterCue || found.stream().anyMatch(g -> !g.nested() && g.last() == f.first() - 1))) {
            return true;
        }
        for (int k = f.first() - 1; k >= 0 && k >= f.first() - 2; k--) {
            String s = tokens.get(k).surface().replace("ـ", "");
            if (s.equals("ل")) {
                return true;
            }
            if (!tokens.get(k).punctuation()) {
                break;
            }
        }
        return false;
    }

    /**
     * The person named right after an official or organ, in apposition ("وزير الخارجية، فلان"); never another actor,
     * which is the verb's object ("واتهم مسؤول كبير في حركة حماس إسرائيل بخرق الهدنة").
     */
    private Found nameRightAfter(List<Found> found, List<Token> tokens, Found official, Unknowns unknowns) {
        int next = official.last() + 1;
        if (next < tokens.size() && tokens.get(next).punctuation() && isComma(tokens.get(next).surface())) {
            next++;
        }
        for (Found f : found) {
            if (!f.nested() && f.first() == next && f.type() == Found.Type.NAME && f.hasActor()
                    && !f.hasPrepositionClitic(tokens)) {
                Actor a = mentions.actorOf(f.actorId(), unknowns);
                return a != null && a.kind() == ActorKind.PERSON ? f : null;
            }
        }
        return null;
    }

    private static boolean titleEndsAt(SentenceCues cues, int last) {
        return cues.of("title").stream().anyMatch(c -> c.last() == last);
    }

    private static boolean isComma(String s) {
        return s.equals(",") || s.equals("،");
    }

    /**
     * "وطالب الحكومة الباكستانية"، "وحذر روسيا": a verb before its subject agrees with it in gender, so a masculine verb
     * right before a feminine body (a name or organ with the article ending in ة, or a one-word state name in ـيا)
     * names its object; the speaker is the verb's dropped subject.
     */
    private static boolean objectByAgreement(Match<Cue> cue, Found after, List<Token> tokens) {
        if (after.first() != cue.last() + 1 || tokens.get(cue.last()).normalized().endsWith("ت")
                || after.type() != Found.Type.NAME && after.type() != Found.Type.ORGAN) {
            return false;
        }
        Token t = tokens.get(after.first());
        String first = t.forms().stream().filter(f -> f.start() == after.start()).map(Token.Form::text).findFirst()
                .orElse(t.normalized());
        boolean feminineNoun = first.startsWith("ال") && first.endsWith("ه");
        boolean feminineState = after.first() == after.last() && !first.startsWith("ال") && first.endsWith("يا");
        return feminineNoun || feminineState;
    }

    /**
     * "بحسب بيان صادر عن الجيش": between an "according to" cue and its speaker only words of a source may stand;
     * "وفق استراتيجية الحرس الثوري" follows a plan, and "مهم لتركيا فحسب بل لسوريا" is "only", not a source.
     */
    private static boolean onlySourceWordsBetween(List<Token> tokens, SentenceCues cues, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || cues.at(k, "speech") == null
                    && t.forms().stream().noneMatch(f -> SOURCE_WORDS.contains(f.text()))) {
                return false;
            }
        }
        return true;
    }

    /** Words that may stand between "according to" and who is cited: the medium and the wording of the source. */
    private static final java.util.Set<String> SOURCE_WORDS = java.util.stream.Stream.of("ما", "بيان", "البيان",
                    "بيانات", "تقرير", "التقرير", "تقارير", "مصدر", "المصدر", "مصادر", "المصادر", "وكالة", "الوكالة",
                    "صحيفة", "الصحيفة", "موقع", "الموقع", "قناة", "شبكة", "إذاعة", "صادر", "الصادر", "صادرة", "الصادرة",
                    "عن", "من", "في", "معلومات", "أرقام", "إحصاءات", "إحصائيات", "تصريحات", "تصريح", "مسؤول", "مسؤولين",
                    "مسؤولي", "سجلات", "وثائق", "به", "بها", "ذلك", "أنباء", "الأنباء", "رسمي", "رسمية", "مقربة", "مطلعة")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "وكانت قسد قد أطلقت حملة …، قالت إنها": a speech verb without subject speaks for the sentence's topic. */
    private static Found sentenceTopic(List<Found> found, int before) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.hasActor() && f.last() < before) {
                return f;
            }
        }
        return null;
    }

    /**
     * The subject of a sentence's main verb, ending before {@code before}: an actor opening the sentence before its verb
     * ("الجبهة الشعبية أكدت"), right after a sentence-initial verb ("وأصدرت الحكومة العراقية بيانا"; a post gives the
     * person holding it), or right after the verb following قد, which only a verb follows ("ووفقا لمعلومات …، فقد أبلغ
     * وزير الدفاع الأمريكي"). Null when the subject names no actor ("وعبرت هذه الأحزاب عن دعمها للشعب السوري"): an
     * actor further on is an object, behind a preposition or not.
     */
    private Found mainSubject(List<Found> found, List<Token> tokens, SentenceCues cues, int before, Unknowns unknowns) {
        Found opening = startingAt(found, 0);
        if (opening != null && opening.hasActor() && !opening.isPlace() && opening.last() < before) {
            return opening;
        }
        Found subject = subjectAfterVerb(found, tokens, cues, firstVerb(tokens, before), before, unknowns);
        for (int k = 0; subject == null && k + 1 < before; k++) {
            if (deepest(tokens.get(k)).equals("قد") && startingAt(found, k + 1) == null) {
                subject = subjectAfterVerb(found, tokens, cues, k + 1, before, unknowns);
            }
        }
        return subject;
    }

    /** Where a sentence's verb stands: first, or after an opener that only a verb follows ("وبدورها عبرت"، "من جهته قال"). */
    private static int firstVerb(List<Token> tokens, int before) {
        int k = 0;
        while (k + 1 < before && (tokens.get(k).punctuation() || opensVerb(tokens.get(k))
                || tokens.get(k).normalized().equals("من") && opensVerb(tokens.get(k + 1)))) {
            k++;
        }
        return k;
    }

    private static boolean opensVerb(Token t) {
        return t.forms().stream().anyMatch(f -> VERB_OPENERS.contains(f.text()));
    }

    /** Words opening a sentence before its verb: "in its turn", "for its part", "also", "then". */
    private static final java.util.Set<String> VERB_OPENERS = java.util.stream.Stream.of("بدوره", "بدورها", "بدورهم",
                    "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "كما", "ثم")
            .map(w -> org.tahaluf.lexicon.PhraseCompiler.normalizeWord(Language.AR, w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The actor right after the verb at {@code verb}, unless behind a preposition; a post gives the person holding it. */
    private Found subjectAfterVerb(List<Found> found, List<Token> tokens, SentenceCues cues, int verb, int before,
                                  Unknowns unknowns) {
        int from = verb + 1;
        Found f = startingAt(found, from);
        if (f == null || PREPOSITIONS.contains(tokens.get(verb).normalized()) || !f.hasActor() || f.isPlace() || f.last() >= before || f.hasPrepositionClitic(tokens)) {
            return null;
        }
        return speakerAfter(found, tokens, cues, from, from, from, unknowns);
    }

    private static Found startingWithin(List<Found> found, int from, int to) {
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.first() >= from && f.first() <= to) {
                return f;
            }
        }
        return null;
    }

    /** The nearest mention ending within {@code gap} words before the cue, skipping modifiers ("Britain-based"). */
    private static Found endingJustBefore(List<Found> found, List<Token> tokens, int cueFirst, int gap) {
        Found best = null;
        for (Found f : found) {
            if (!f.nested() && !f.isPlace() && f.last() < cueFirst && f.last() >= cueFirst - gap && !isModifier(f, tokens)
                    && !Words.precededBy(tokens, f.first(), OBJECT_PREPOSITIONS, 1)) {
                best = f;
            }
        }
        return best;
    }

    /**
     * English: "a monitoring group said", "the resident said", "the Observatory said": the word right before the cue
     * ends a noun phrase opened by a determiner within four words, none of them a function word, and no mention but a
     * modifier ("a Syrian activist"). Returns where the phrase starts, or -1.
     */
    private static int nominalSubjectBefore(List<Found> found, List<Token> tokens, int cueFirst) {
        if (cueFirst < 2) {
            return -1;
        }
        for (int k = cueFirst - 1; k >= Math.max(0, cueFirst - 5); k--) {
            Token t = tokens.get(k);
            int at = k;
            Found within = found.stream().filter(f -> !f.nested() && f.first() <= at && f.last() >= at).findFirst()
                    .orElse(null);
            if (within != null && k < cueFirst - 1 && within.last() < cueFirst - 1) {
                k = within.first(); // a modifier inside the phrase: "a Syrian activist said"
                continue;
            }
            if (t.punctuation() || within != null) {
                return -1;
            }
            String w = t.normalized();
            if (DETERMINERS.contains(w)) {
                return k < cueFirst - 1 ? k : -1;
            }
            if (NOT_IN_SUBJECT.contains(w) || w.endsWith("ly")) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "another", "one");
    /** Words that end a noun phrase before a cue or stand outside one: "who said", "has said", "also said". */
    private static final java.util.Set<String> NOT_IN_SUBJECT = java.util.Set.of("who", "which", "that", "has", "have",
            "had", "was", "were", "is", "are", "also", "and", "but", "or", "he", "she", "it", "they", "we", "i", "you",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "against", "as", "than", "then",
            "later", "earlier", "previously", "once", "further");
    /** A statement, report or message says what its author says: "the statement said" goes on with the last speaker. */
    private static final java.util.Set<String> STATEMENT_NOUNS = java.util.Set.of("statement", "report", "communique",
            "communiqué", "message", "video", "release", "letter", "post", "posting", "website", "agency");

    private static final java.util.Set<String> MODIFIER_WORDS = java.util.Set.of("based", "backed", "led", "born",
            "run", "allied", "funded", "supported", "aligned");
    /** A subject is never the object of a preposition: "the UN envoy for Yemen said". */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("for", "of", "in", "to", "on",
            "from", "with", "at", "near", "about", "against", "by");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "or");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we");

    private static boolean isModifier(Found f, List<Token> tokens) {
        return f.last() + 1 < tokens.size() && MODIFIER_WORDS.contains(tokens.get(f.last() + 1).normalized());
    }

    private static boolean isCapitalisedMidSentence(List<Token> tokens, int i) {
        return i > 0 && Character.isUpperCase(tokens.get(i).surface().charAt(0));
    }

    /** The index of the token closing a quotation that opens the sentence and ends before {@code cue}, or -1. */
    private static int closingQuoteBefore(Sentence sentence, List<Token> tokens, int cue) {
        if (tokens.isEmpty() || !isQuote(tokens.get(0).surface())) {
            return -1;
        }
        for (int i = cue - 1; i > 0; i--) {
            if (isQuote(tokens.get(i).surface())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("«") || s.equals("»");
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            if (!tokens.get(i).punctuation()) {
                n++;
            }
        }
        return n;
    }

    private static Match<Cue> complementWithin(SentenceCues cues, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<Cue> c = cues.at(i, "clause");
            if (c != null && c.value().value().equals("complement")) {
                return c;
            }
        }
        return null;
    }

    /** The span from the first to the last word token of {@code [from, to)}, or null when it has none. */
    static Span span(List<Token> tokens, int from, int to) {
        int a = from;
        int b = Math.min(to, tokens.size()) - 1;
        while (a <= b && tokens.get(a).punctuation()) {
            a++;
        }
        while (b >= a && tokens.get(b).punctuation()) {
            b--;
        }
        return a > b ? null : new Span(tokens.get(a).start(), tokens.get(b).end());
    }
}
