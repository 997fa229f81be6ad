package org.tahaluf.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Analysis;
import org.tahaluf.core.RelationKind;

/**
 * Analyses kept with their evidence: every event, relation, claim and threat points to its
 * document and sentence. One interface, two engines ({@link Stores#open}): an embedded SQLite file
 * and PostgreSQL, built by the same migrations and checked by the same tests.
 *
 * <p>{@link #put} is atomic per article: a crash leaves the article either whole or absent.
 * Implementations are thread-safe; writes are serialised.
 */
public interface Store extends AutoCloseable {

    StoreLocation location();

    /**
     * Stores one analysed article unless it is already there (same content hash): the same article
     * twice is stored once, and a near-duplicate (a syndicated copy) is stored linked to the first.
     */
    Admission put(Analysis analysis);

    /** The content hashes of every stored article: lets an ingest skip analysing what it has. */
    Set<String> contentHashes();

    Stats stats();

    /** Actors whose id or name contains {@code match} (all when blank), the most mentioned first. */
    List<ActorSummary> actors(String match, int limit);

    Optional<Actor> actor(String id);

    /** Every actor of the store, unordered, without counts: cheap, for maps from id to actor. */
    List<Actor> allActors();

    /**
     * How many actors are stored. Actors are only ever added, never changed or removed (the first
     * description stored wins), so a reader can keep {@link #allActors} until this number grows.
     */
    long actorCount();

    /** Each actor this one has events with, and the evidence on each side (duplicates and negations left out). */
    List<Partner> partners(String actorId);

    /**
     * An actor's dated events counted per month by sign, oldest month first: its timeline, without
     * reading every event (copies of stored stories and negated events left out, as by {@link #partners}).
     */
    List<EventsInMonth> eventsPerMonth(String actorId);

    /** The structural ties (leads, member_of, allied_with …) stated about an actor. */
    List<StoredRelation> relations(String actorId);

    /** Events matching the query, oldest first. */
    List<StoredEvent> events(EventQuery query);

    /** Streams events matching the query with their evidence, oldest first, in bounded memory (for exports). */
    void forEachEvidence(EventQuery query, Consumer<Evidence> sink);

    /** The article, sentence and speaker behind one event ({@code documentId:eventId}). */
    Optional<Evidence> evidence(String eventKey);

    /** Threats stated by articles dated in the window (nulls: open), copies of stored stories left out. */
    void forEachThreat(LocalDate from, LocalDate to, Consumer<StoredThreat> sink);

    /** Claims reported by articles dated in the window (nulls: open), copies of stored stories left out. */
    void forEachClaim(LocalDate from, LocalDate to, Consumer<StoredClaim> sink);

    /** Ties of one kind stated by articles dated in the window (nulls: open), copies left out. */
    List<StoredRelation> relations(RelationKind kind, LocalDate from, LocalDate to);

    @Override
    void close();

    // ── The web app's queries: articles, full-text search, events by place ──

    /** Stored articles, newest first, without their text: {@code offset} and {@code limit} page through them. */
    List<DocumentSummary> documents(int offset, int limit);

    /** One article with its text, sentences, mentions and events, for reading it with its coding beside. */
    Optional<StoredDocument> document(String id);

    /**
     * Articles holding every word of {@code query}, best first, copies of stored stories left out.
     * Queries and articles are normalized alike (see {@code SearchText}): Arabic spelling variants
     * and diacritics do not matter.
     */
    List<SearchHit> search(String query, int limit);

    /** Events located at one of {@code places} that match the query, oldest first, with their evidence. */
    List<Evidence> eventsAt(Set<String> places, EventQuery query);

    /** Events per location in a window (null ends are open), the most eventful first; copies and negations left out. */
    List<PlaceCount> placeCounts(java.time.LocalDate from, java.time.LocalDate to);

    /** When the stored articles were published: the span the web app's time window covers. */
    DateRange publishedRange();
}
