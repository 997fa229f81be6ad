package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.Analyzer;
import org.tahaluf.core.Attribution;
import org.tahaluf.core.Claim;
import org.tahaluf.core.Document;
import org.tahaluf.core.Event;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Mention;
import org.tahaluf.core.Modality;
import org.tahaluf.core.Relation;
import org.tahaluf.core.RelationKind;
import org.tahaluf.core.Sentence;
import org.tahaluf.core.Span;
import org.tahaluf.core.Threat;
import org.tahaluf.core.TimeRef;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.Lexicon;
import org.tahaluf.lexicon.LexiconLoader;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;
import org.tahaluf.text.TextLayers;

/**
 * The whole analysis of one document, sentence by sentence: mentions, reported speech,
 * relations, events, threats and times, then the analysis record.
 *
 * <p>Built once with its lexicon and safe to share between threads: every document gets its own
 * {@link Discourse} and {@link Unknowns}; nothing else changes after construction.
 */
public final class Pipeline implements Analyzer {

    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final SpeechFinder speech;
    private final EventFinder events;
    private final RelationFinder relations;
    private final ThreatFinder threats;
    private final TimeResolver times = new TimeResolver();
    private final Discovery discovery;

    public Pipeline(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.mentions = new MentionFinder(lexicon);
        this.events = new EventFinder(mentions);
        this.relations = new RelationFinder(mentions);
        this.threats = new ThreatFinder(mentions);
        this.discovery = new Discovery(mentions);
        this.speech = new SpeechFinder(mentions);
    }

    /** A pipeline over the bundled lexicon. */
    public static Pipeline standard() {
        return new Pipeline(LexiconLoader.loadDefault());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public Analysis analyze(Document document) {
        return new Run(document).analysis();
    }

    /** The state of one analysis. */
    private final class Run {
        final Document doc;
        final Lexicon.Matchers matchers;
        final Discourse discourse = new Discourse();
        final Unknowns unknowns = new Unknowns();
        final List<Found> allFound = new ArrayList<>();
        final List<Event> eventsOut = new ArrayList<>();
        final List<Relation> relationsOut = new ArrayList<>();
        final List<Claim> claimsOut = new ArrayList<>();
        final List<Threat> threatsOut = new ArrayList<>();
        /** Actors an event implies without naming them (the state a visited city lies in). */
        final java.util.Set<String> implied = new java.util.LinkedHashSet<>();

        Run(Document doc) {
            this.doc = doc;
            this.matchers = lexicon.matchers(doc.language());
        }

        Analysis analysis() {
            List<Sentence> sentences = TextLayers.forLanguage(doc.language()).process(doc.text());
            for (Sentence s : sentences) {
                read(s);
            }
            relationsOut.addAll(unknowns.ties());
            return new Analysis(doc, sentences, actors(), mentionsByActor(), eventsOut, dedupe(relationsOut),
                    claimsOut, threatsOut);
        }

        void read(Sentence s) {
            discourse.sentence(s.index());
            SentenceCues cues = new SentenceCues(s, matchers.cues().findAll(s.tokens()));
            List<Found> found = mentions.find(s, doc.text(), doc.language(), matchers, cues, discourse, unknowns);
            List<Match<EventPattern>> triggers = matchers.events().findAll(s.tokens());
            discovery.discover(s, doc.text(), doc.language(), cues, triggers, found, unknowns, discourse);
            allFound.addAll(found);
            Clauses clauses = new Clauses(s, cues);
            List<SpeechFinder.Speech> speeches = speech.find(s, doc.language(), cues, found, discourse,
                    unknowns);
            relationsOut.addAll(relations.find(s, found, cues, unknowns));
            List<TimeResolver.When> whens = times.find(s, cues, doc.published());
            Scene scene = Scene.of(s.tokens(), found, cues, !whens.isEmpty());
            List<EventFinder.Coded> coded = new ArrayList<>(events.find(s, doc.language(), matchers.events(), found,
                    cues, clauses, speeches, unknowns, discourse, scene));
            for (RelationFinder.Mediation m : relations.mediations(s, found, cues, clauses, speeches, unknowns)) {
                coded.addAll(mediationEvents(s, m));
            }
            threatsOut.addAll(threats.find(s, found, cues, coded, unknowns));
            int firstEvent = eventsOut.size();
            Match<EventPattern> recalled = null;
            for (EventFinder.Coded c : coded) {
                if (Recollection.recalls(c.trigger(), s.tokens(), doc.language(), cues, clauses, scene,
                        TimeResolver.nearest(whens, c.trigger().first()), doc.published())
                        || Recollection.named(c, s.tokens(), doc.language(), scene, cues, clauses)
                        || Recollection.partOf(recalled, c.trigger(), cues, clauses)
                        || Backdrop.of(c.trigger(), triggers, s.tokens(), doc.language(), cues, found, scene)
                        || Accidents.explain(c.trigger(), cues, clauses)) {
                    recalled = c.trigger();
                    continue;
                }
                boolean unnamed = UnnamedAuthors.isStandIn(c.source());
                if (c.target() != null || unnamed || locationFor(s, found, clauses, c) != null) {
                    if (unnamed) {
                        implied.add(c.source().actorId());
                    }
                    eventsOut.add(event(s, found, clauses, whens, c));
                }
            }
            int firstClaim = claimsOut.size();
            for (SpeechFinder.Speech sp : speeches) {
                claimsOut.add(claim(s, sp));
            }
            linkClaims(firstClaim, firstEvent);
        }

        List<EventFinder.Coded> mediationEvents(Sentence s, RelationFinder.Mediation m) {
            List<EventFinder.Coded> out = new ArrayList<>();
            EventPattern consult = new EventPattern(EventType.CONSULT, 1, "mediation", "diplomatic", Voice.NOUN,
                    m.cue().value().pattern(), m.cue().value().origin());
            Match<EventPattern> trigger = new Match<>(m.cue().first(), m.cue().last(), m.cue().start(), m.cue().end(),
                    consult, m.cue().proclitics());
            for (Found party : m.parties()) {
                if (!party.actorId().equals(m.mediator().actorId())) {
                    relationsOut.add(new Relation(m.mediator().actorId(), party.actorId(), RelationKind.MEDIATES,
                            s.index(), new Span(m.cue().start(), party.end())));
                    out.add(new EventFinder.Coded(consult, m.mediator(), party, trigger, Modality.ASSERTED, null, 0.7));
                }
            }
            return out;
        }

        Event event(Sentence s, List<Found> found, Clauses clauses, List<TimeResolver.When> whens, EventFinder.Coded c) {
            Found place = locationFor(s, found, clauses, c);
            String target = c.target() == null ? visited(c, place) : c.target().actorId();
            TimeResolver.When when = TimeResolver.nearest(whens, c.trigger().first());
            TimeRef time = when != null ? when.time()
                    : doc.published() == null ? null : new TimeRef(null, doc.published(), doc.published());
            Attribution attribution = c.speech() == null ? null
                    : new Attribution(c.speech().speaker(), c.speech().speakerText(),
                    doc.text().substring(c.speech().cue().start(), c.speech().cue().end()));
            Span trigger = new Span(c.trigger().start(), c.trigger().end());
            String context = c.pattern().context();
            return new Event("e" + (eventsOut.size() + 1), c.pattern().type(), c.pattern().mode(),
                    context == null ? List.of() : List.of(context), c.source().actorId(),
                    target, place == null ? null : place.actorId(),
                    place == null ? null : place.text(), c.pattern().sign(), c.modality(), attribution, time, s.index(),
                    trigger, trigger.of(doc.text()), c.confidence());
        }

        /** A visit to a place without a host named is a visit to the state the place lies in ("زيارة إلى بغداد"). */
        String visited(EventFinder.Coded c, Found place) {
            if (place == null || !"visit".equals(c.pattern().mode())) {
                return null;
            }
            String country = lexicon.place(place.actorId()).map(org.tahaluf.lexicon.Place::country)
                    .orElseGet(() -> {
                        Actor a = mentions.actorOf(place.actorId(), unknowns);
                        return a == null ? null : a.country();
                    });
            Actor source = mentions.actorOf(c.source().actorId(), unknowns);
            if (country == null || lexicon.actor(country).isEmpty() || source == null
                    || country.equals(source.stateId()) || country.equals(source.country())) {
                return null;
            }
            implied.add(country);
            return country;
        }

        /** The place of an event: in its clause, a destination ("إلى أربيل") first, then the first after the trigger. */
        Found locationFor(Sentence s, List<Found> found, Clauses clauses, EventFinder.Coded c) {
            Found before = null;
            Found after = null;
            for (Found f : found) {
                if (!f.isPlace() || !clauses.same(f.first(), c.trigger().last())) {
                    continue;
                }
                if (f.first() <= c.trigger().last()) {
                    before = f;
                } else if (isDestination(s, f)) {
                    return f;
                } else if (after == null) {
                    after = f;
                }
            }
            return after != null ? after : before;
        }

        private boolean isDestination(Sentence s, Found f) {
            if (f.first() == 0) {
                return false;
            }
            String w = s.tokens().get(f.first() - 1).normalized();
            return w.equals("الي") || w.equals("to") || w.equals("into") || w.equals("نحو");
        }

        Claim claim(Sentence s, SpeechFinder.Speech sp) {
            String cue = doc.text().substring(sp.cue().start(), sp.cue().end());
            return new Claim(sp.speaker(), sp.speakerText(), cue, s.index(), sp.content(), sp.content().of(doc.text()),
                    List.of());
        }

        /**
         * Each claim of the sentence lists the events whose trigger lies in what was said. Only the
         * sentence's own claims and events (the tails of the lists) are compared, so a long article
         * costs no more per sentence than a short one.
         */
        void linkClaims(int firstClaim, int firstEvent) {
            for (int k = firstClaim; k < claimsOut.size(); k++) {
                Claim c = claimsOut.get(k);
                List<String> ids = new ArrayList<>();
                for (Event e : eventsOut.subList(firstEvent, eventsOut.size())) {
                    if (c.content().contains(e.trigger())) {
                        ids.add(e.id());
                    }
                }
                claimsOut.set(k, new Claim(c.speaker(), c.speakerText(), c.cue(), c.sentence(), c.content(), c.text(), ids));
            }
        }

        List<Actor> actors() {
            Map<String, Actor> out = new LinkedHashMap<>();
            for (Found f : allFound) {
                if (f.hasActor() && !out.containsKey(f.actorId())) {
                    Actor a = mentions.actorOf(f.actorId(), unknowns);
                    if (a != null) {
                        out.put(a.id(), a);
                    }
                }
            }
            for (String id : implied) {
                lexicon.actor(id).ifPresent(a -> out.putIfAbsent(id, a));
            }
            return new ArrayList<>(out.values());
        }

        Map<String, List<Mention>> mentionsByActor() {
            Map<String, List<Mention>> out = new LinkedHashMap<>();
            for (Found f : allFound) {
                if (f.hasActor()) {
                    out.computeIfAbsent(f.actorId(), k -> new ArrayList<>())
                            .add(new Mention(f.actorId(), f.sentence(), f.start(), f.end(), f.text()));
                }
            }
            return out;
        }

        /** The first statement of each tie (same source, target and kind) only. */
        List<Relation> dedupe(List<Relation> in) {
            Map<List<Object>, Relation> first = new LinkedHashMap<>();
            for (Relation r : in) {
                first.putIfAbsent(List.of(r.source(), r.target(), r.kind()), r);
            }
            return new ArrayList<>(first.values());
        }
    }
}
