// Generated from openapi/openapi.json by openapi-typescript: do not edit.
// Regenerate with `npm run client:generate` after the API's OpenAPI document changes.

export interface paths {
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the dataset
         * @description The dataset version (a hash of its content, also in the `Dataset-Version` header of every response), when it was built, counts per type, licence and source notes, and links to every collection.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the service is up
         * @description Liveness: `{"status":"ok"}` and the version of the dataset being served.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/context.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JSON-LD context
         * @description The JSON-LD 1.1 `@context` of every JSON-LD answer (`format=jsonld`, `Accept: application/ld+json`): schema.org and W3C Web Annotation terms, and the extension terms (certainty, cue, polarity…) of docs/JSON-LD.md. It refers to no other context, so a processor needs nothing else.
         */
        get: operations["getJsonLdContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the articles changed since a version
         * @description The articles added, replaced or deleted (by `npm run ingest`) since dataset version `since`, one entry per article with its net change and the version that made it, in article id order; `datasetVersion` is the version now. An article added and deleted again since then is not listed. Fetch a listed article's items again with `/v1/claims?article={id}` (and events, questions); a deleted one's ids answer 410 Gone. A version this database never had, or had before its last full build (which starts the feed afresh), is a 400 problem on `since`: pull everything again.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description Every source article, in id order, with counts of what was annotated in each.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article with its sections and sentences
         * @description The article with its full text, its sections (heading and body span) and its sentences (spans), as found by the seed pipeline.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the article text, byte for byte
         * @description The text exactly as given to the seed, as text/plain; charset=utf-8. Span offsets index into it: `start`/`end` in code points, `startUtf16`/`endUtf16` in UTF-16 units.
         */
        get: operations["getArticleText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the actors of an article
         * @description The actors annotated in (or, for actors, mentioned in) one article: the same as /v1/actors?article={id}, with the same filters. 404 when the article does not exist.
         */
        get: operations["listActorsForArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the events of an article
         * @description The events annotated in (or, for actors, mentioned in) one article: the same as /v1/events?article={id}, with the same filters. 404 when the article does not exist.
         */
        get: operations["listEventsForArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the claims of an article
         * @description The claims annotated in (or, for actors, mentioned in) one article: the same as /v1/claims?article={id}, with the same filters. 404 when the article does not exist.
         */
        get: operations["listClaimsForArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the questions of an article
         * @description The questions annotated in (or, for actors, mentioned in) one article: the same as /v1/questions?article={id}, with the same filters. 404 when the article does not exist.
         */
        get: operations["listQuestionsForArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description People, states, organisations, alliances and groups, in order of first mention. Sort by `-mentions` for the most mentioned first; `q` searches names and aliases.
         */
        get: operations["listActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an actor with its mentions
         * @description The actor, its roles with evidence, facts added from outside the article (marked), and every mention found in the articles as a span.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims by or about an actor
         * @description Claims whose speaker or a subject is the actor: the same as /v1/claims?actor={id}. 404 when the actor does not exist.
         */
        get: operations["listClaimsForActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events an actor takes part in
         * @description Events with the actor among their participants: the same as /v1/events?actor={id}. 404 when the actor does not exist.
         */
        get: operations["listEventsForActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open questions bearing on an actor
         * @description The same as /v1/questions?actor={id}. 404 when the actor does not exist.
         */
        get: operations["listQuestionsForActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Events in order of appearance, with their status (occurred, scheduled, expected, hypothetical…), participants and evidence.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description One event with its participants and the spans it comes from.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims about an event
         * @description The same as /v1/claims?event={id}. 404 when the event does not exist.
         */
        get: operations["listClaimsForEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open questions bearing on an event
         * @description The same as /v1/questions?event={id}. 404 when the event does not exist.
         */
        get: operations["listQuestionsForEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description Claims in order of appearance: who asserts what (speaker, sourceKind, cue), how hedged (certainty), about whom (subjects) and which events, with the exact words as evidence. `speaker=none` selects the article's own voice and anonymous sources.
         */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim
         * @description One claim with its attribution, certainty, subjects, events, evidence spans and related claims.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open questions bearing on a claim
         * @description The same as /v1/questions?claim={id}. 404 when the claim does not exist.
         */
        get: operations["listQuestionsForClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open questions
         * @description What the article leaves open (forecasts, unknown facts, disputes, things to watch), each with resolution criteria and the actors, events and claims it bears on.
         */
        get: operations["listQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an open question
         * @description One question with its resolution criteria, what it bears on and the spans that raise it.
         */
        get: operations["getQuestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything
         * @description Full-text search over actor names and aliases, event titles, claim text, question text and the articles' sentences, ranked by bm25 (best first), each hit with a highlighted snippet. Paginated and exported (`format=ndjson|csv`; CSV columns: type, id, article, title, snippet, score, url, span.start) like every list. `q` takes words (all must match), "quoted phrases", prefixes (`guarant*`), `OR`, and `-word` or `NOT word` to exclude; other search syntax is read as plain words.
         *
         *     **Ranking.** A query matching at most 10,000 items has all of them ranked by bm25. One matching more is ranked on a sample: about 10,000 of its matches, spread evenly over the index (those in one run of 64 index rows out of every k, k = matches ÷ 10,000 rounded up), come first, best first; its other matches follow in index order (by type: articles' sentences, actors, events, claims, questions; each type in the order added), unranked. Ranking every match of a very common word would take time in proportion to its matches (up to a second at a million claims); the sample bounds it. With `type`, the sample and the rest are of those types only (about as many ranked). Every match is still served exactly once across the pages, `page.total` counts them all, and each hit's `score` is its own bm25. `after` (an export restarted after its last hit) continues exactly where the pages would, after a ranked hit or an unranked one, and `Total-Count` counts what follows.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe a problem type
         * @description What the `type` of a problem+json error means: its status, title and description, as JSON, or as an HTML page when the Accept header prefers text/html.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dataset.db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the whole dataset as a SQLite database
         * @description A read-only SQLite 3 file of the dataset version being served: every table the API reads (articles with their full texts, sections, sentences, spans, actors, events, claims, questions and their links, the search index). Made once per version from a consistent snapshot, never the live file. `ETag` is the dataset version (quoted); `Range: bytes=a-b` gets a part (206), `If-Range` with the ETag keeps a resumed download on one version. Not compressed (SQLite pages compress poorly and a range must address the file's bytes). The article texts belong to their publishers: respect their terms.
         */
        get: operations["downloadDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Span
         * @description Where an item comes from: a W3C TextPositionSelector plus TextQuoteSelector on one article.
         * @example {
         *       "article": "ukraine-security-guarantees",
         *       "start": 18,
         *       "end": 160,
         *       "startUtf16": 18,
         *       "endUtf16": 160,
         *       "quote": "Russian leader Vladimir Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees",
         *       "prefix": "What's Happening?\n",
         *       "suffix": ", according to President Trump's",
         *       "section": "What's Happening?"
         *     }
         */
        Span: {
            /** @description Id of the article the span is in. */
            article: string;
            /** @description Start offset in Unicode code points (W3C TextPositionSelector). */
            start: number;
            /** @description End offset in code points, exclusive. */
            end: number;
            /** @description Start offset in UTF-16 code units, for JavaScript's String.prototype.slice. */
            startUtf16: number;
            /** @description End offset in UTF-16 code units, exclusive. */
            endUtf16: number;
            /** @description The exact text at the offsets, sliced from the article (W3C TextQuoteSelector exact). */
            quote: string;
            /** @description Up to 32 code points of text just before the quote. */
            prefix: string;
            /** @description Up to 32 code points of text just after the quote. */
            suffix: string;
            section: string | null;
        };
        /**
         * Mention
         * @description A span where the article names an actor.
         */
        Mention: {
            /** @description Id of the article the span is in. */
            article: string;
            /** @description Start offset in Unicode code points (W3C TextPositionSelector). */
            start: number;
            /** @description End offset in code points, exclusive. */
            end: number;
            /** @description Start offset in UTF-16 code units, for JavaScript's String.prototype.slice. */
            startUtf16: number;
            /** @description End offset in UTF-16 code units, exclusive. */
            endUtf16: number;
            /** @description The exact text at the offsets, sliced from the article (W3C TextQuoteSelector exact). */
            quote: string;
            /** @description Up to 32 code points of text just before the quote. */
            prefix: string;
            /** @description Up to 32 code points of text just after the quote. */
            suffix: string;
            section: string | null;
            /** @description The alias of the actor that matched here. */
            alias: string;
        };
        /**
         * AddedFact
         * @description A fact added from outside the article, marked as such.
         */
        AddedFact: {
            /** @description The field whose value does not come from the article. */
            field: string;
            /** @description Where the value comes from instead. */
            note: string;
        };
        /**
         * Extraction
         * @description Which extractor produced an item, and how.
         */
        Extraction: {
            /** @description The extractor's version. */
            version: string;
            /** @description The rule or cue that produced the item. */
            rule: string;
        };
        /**
         * Role
         * @description A post, membership or representation (Popolo).
         */
        Role: {
            /** @enum {string} */
            relation: "holds_post" | "represents" | "member_of" | "leads";
            title: string | null;
            of: string | null;
            note: string | null;
            evidence: components["schemas"]["Span"][];
        };
        /**
         * Actor
         * @example {
         *       "id": "vladimir-putin",
         *       "name": "Vladimir Putin",
         *       "kind": "person",
         *       "aliases": [
         *         "Vladimir Putin",
         *         "Putin"
         *       ],
         *       "description": "Russian leader",
         *       "roles": [
         *         {
         *           "relation": "leads",
         *           "title": "Russian leader",
         *           "of": "russia",
         *           "note": null,
         *           "evidence": [
         *             {
         *               "article": "ukraine-security-guarantees",
         *               "start": 18,
         *               "end": 47,
         *               "startUtf16": 18,
         *               "endUtf16": 47,
         *               "quote": "Russian leader Vladimir Putin",
         *               "prefix": "What's Happening?\n",
         *               "suffix": " has agreed to allow the United ",
         *               "section": "What's Happening?"
         *             }
         *           ]
         *         }
         *       ],
         *       "externalIds": {},
         *       "addedFacts": [],
         *       "articleCount": 1,
         *       "mentionCount": 4,
         *       "origin": "curated",
         *       "confidence": null,
         *       "extraction": null
         *     }
         */
        Actor: {
            /** @description Stable slug identifier. */
            id: string;
            /** @description Canonical full name. */
            name: string;
            /** @enum {string} */
            kind: "person" | "state" | "organization" | "alliance" | "group";
            /** @description Every surface form the articles use. */
            aliases: string[];
            description: string | null;
            roles: components["schemas"]["Role"][];
            /** @description Verified external identifiers (e.g. wikidata); empty when none is verified. */
            externalIds: {
                [key: string]: string;
            };
            addedFacts: components["schemas"]["AddedFact"][];
            /** @description How many articles mention the actor (which ones: /v1/actors/{id}, or /v1/actors?article=…). */
            articleCount: number;
            mentionCount: number;
            /**
             * @description `curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            confidence: number | null;
            extraction: components["schemas"]["Extraction"] | null;
        };
        /**
         * ActorDetail
         * @description An actor with every mention of it.
         */
        ActorDetail: {
            /** @description Stable slug identifier. */
            id: string;
            /** @description Canonical full name. */
            name: string;
            /** @enum {string} */
            kind: "person" | "state" | "organization" | "alliance" | "group";
            /** @description Every surface form the articles use. */
            aliases: string[];
            description: string | null;
            roles: components["schemas"]["Role"][];
            /** @description Verified external identifiers (e.g. wikidata); empty when none is verified. */
            externalIds: {
                [key: string]: string;
            };
            addedFacts: components["schemas"]["AddedFact"][];
            /** @description How many articles mention the actor (which ones: /v1/actors/{id}, or /v1/actors?article=…). */
            articleCount: number;
            mentionCount: number;
            /**
             * @description `curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            confidence: number | null;
            extraction: components["schemas"]["Extraction"] | null;
            /** @description Ids of the articles that mention the actor. */
            articles: string[];
            mentions: components["schemas"]["Mention"][];
        };
        /** Participant */
        Participant: {
            /** @description Actor id. */
            actor: string;
            /** @enum {string} */
            role: "initiator" | "target" | "participant" | "host" | "mediator";
        };
        /**
         * Event
         * @description Something that happened, is happening or is expected (TimeML status).
         * @example {
         *       "id": "putin-agreement",
         *       "article": "ukraine-security-guarantees",
         *       "title": "Putin's agreement to allow the United States and European allies to provide Ukraine with NATO-style security guarantees",
         *       "kind": "agreement",
         *       "cameo": null,
         *       "status": "occurred",
         *       "when": {
         *         "text": null,
         *         "start": null,
         *         "end": null
         *       },
         *       "location": null,
         *       "participants": [
         *         {
         *           "actor": "vladimir-putin",
         *           "role": "initiator"
         *         },
         *         {
         *           "actor": "united-states",
         *           "role": "target"
         *         },
         *         {
         *           "actor": "european-allies",
         *           "role": "target"
         *         },
         *         {
         *           "actor": "ukraine",
         *           "role": "target"
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "article": "ukraine-security-guarantees",
         *           "start": 18,
         *           "end": 160,
         *           "startUtf16": 18,
         *           "endUtf16": 160,
         *           "quote": "Russian leader Vladimir Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees",
         *           "prefix": "What's Happening?\n",
         *           "suffix": ", according to President Trump's",
         *           "section": "What's Happening?"
         *         },
         *         {
         *           "article": "ukraine-security-guarantees",
         *           "start": 222,
         *           "end": 275,
         *           "startUtf16": 222,
         *           "endUtf16": 275,
         *           "quote": "This development emerged from a summit held in Alaska",
         *           "prefix": "'s special envoy Steve Witkoff. ",
         *           "suffix": " between President Trump and Put",
         *           "section": "What's Happening?"
         *         }
         *       ],
         *       "origin": "curated",
         *       "confidence": null,
         *       "extraction": null
         *     }
         */
        Event: {
            /** @description Stable slug identifier. */
            id: string;
            article: string;
            title: string;
            /** @enum {string} */
            kind: "summit" | "meeting" | "agreement" | "negotiation" | "deliberation" | "statement" | "armed_conflict" | "attack" | "other";
            cameo: string | null;
            /** @enum {string} */
            status: "occurred" | "ongoing" | "scheduled" | "expected" | "proposed" | "hypothetical" | "cancelled";
            when: {
                text: string | null;
                start: string | null;
                end: string | null;
            };
            location: string | null;
            participants: components["schemas"]["Participant"][];
            evidence: components["schemas"]["Span"][];
            /**
             * @description `curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            confidence: number | null;
            extraction: components["schemas"]["Extraction"] | null;
        };
        /** RelatedClaim */
        RelatedClaim: {
            /** @description Claim id. */
            claim: string;
            /** @enum {string} */
            relation: "supports" | "contradicts" | "qualifies" | "elaborates";
        };
        /**
         * Claim
         * @description Who asserts what, how hedged (PARC source, cue, content).
         * @example {
         *       "id": "putin-agreed-to-guarantees",
         *       "article": "ukraine-security-guarantees",
         *       "text": "Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees.",
         *       "kind": "report",
         *       "speaker": "steve-witkoff",
         *       "sourceKind": "named",
         *       "cue": "according to",
         *       "certainty": "certain",
         *       "polarity": "positive",
         *       "subjects": [
         *         "vladimir-putin",
         *         "united-states",
         *         "european-allies",
         *         "ukraine"
         *       ],
         *       "events": [
         *         "putin-agreement",
         *         "security-guarantees"
         *       ],
         *       "evidence": [
         *         {
         *           "article": "ukraine-security-guarantees",
         *           "start": 18,
         *           "end": 160,
         *           "startUtf16": 18,
         *           "endUtf16": 160,
         *           "quote": "Russian leader Vladimir Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees",
         *           "prefix": "What's Happening?\n",
         *           "suffix": ", according to President Trump's",
         *           "section": "What's Happening?"
         *         },
         *         {
         *           "article": "ukraine-security-guarantees",
         *           "start": 162,
         *           "end": 220,
         *           "startUtf16": 162,
         *           "endUtf16": 220,
         *           "quote": "according to President Trump's special envoy Steve Witkoff",
         *           "prefix": "NATO-style security guarantees, ",
         *           "suffix": ". This development emerged from ",
         *           "section": "What's Happening?"
         *         }
         *       ],
         *       "related": [],
         *       "origin": "curated",
         *       "confidence": null,
         *       "extraction": null
         *     }
         */
        Claim: {
            /** @description Stable slug identifier. */
            id: string;
            article: string;
            /** @description The proposition in plain words: one assertion. */
            text: string;
            /** @enum {string} */
            kind: "report" | "assessment" | "prediction" | "position";
            speaker: string | null;
            /** @enum {string} */
            sourceKind: "named" | "anonymous" | "author";
            cue: string | null;
            /**
             * @description FactBank factuality as committed by the source.
             * @enum {string}
             */
            certainty: "certain" | "probable" | "possible" | "uncommitted";
            /** @enum {string} */
            polarity: "positive" | "negative";
            /** @description Ids of the actors the claim is about. */
            subjects: string[];
            /** @description Ids of the events the claim is about. */
            events: string[];
            evidence: components["schemas"]["Span"][];
            related: components["schemas"]["RelatedClaim"][];
            /**
             * @description `curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            confidence: number | null;
            extraction: components["schemas"]["Extraction"] | null;
        };
        /**
         * Question
         * @description What the article leaves open, with resolution criteria (Metaculus-style).
         * @example {
         *       "id": "putin-agreement-single-source",
         *       "article": "ukraine-security-guarantees",
         *       "text": "Has Putin in fact agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees, given that the article's only source for it is President Trump's special envoy Steve Witkoff?",
         *       "kind": "unknown_fact",
         *       "status": "open",
         *       "resolutionCriteria": "Yes if Putin or an official Russian government spokesperson publicly confirms that he agreed to such guarantees; no if Putin or an official Russian government spokesperson denies having agreed to them.",
         *       "actors": [
         *         "vladimir-putin",
         *         "steve-witkoff",
         *         "united-states",
         *         "european-allies",
         *         "ukraine"
         *       ],
         *       "events": [
         *         "putin-agreement",
         *         "security-guarantees"
         *       ],
         *       "claims": [
         *         "putin-agreed-to-guarantees",
         *         "agreement-emerged-from-summit"
         *       ],
         *       "evidence": [
         *         {
         *           "article": "ukraine-security-guarantees",
         *           "start": 162,
         *           "end": 220,
         *           "startUtf16": 162,
         *           "endUtf16": 220,
         *           "quote": "according to President Trump's special envoy Steve Witkoff",
         *           "prefix": "NATO-style security guarantees, ",
         *           "suffix": ". This development emerged from ",
         *           "section": "What's Happening?"
         *         }
         *       ],
         *       "resolution": null,
         *       "origin": "curated",
         *       "confidence": null,
         *       "extraction": null
         *     }
         */
        Question: {
            /** @description Stable slug identifier. */
            id: string;
            article: string;
            /** @description A real question, ending in "?". */
            text: string;
            /** @enum {string} */
            kind: "forecast" | "unknown_fact" | "disputed" | "watch";
            /** @enum {string} */
            status: "open" | "resolved" | "annulled";
            /** @description What would answer it. */
            resolutionCriteria: string;
            actors: string[];
            events: string[];
            claims: string[];
            evidence: components["schemas"]["Span"][];
            resolution: string | null;
            /**
             * @description `curated`: written or reviewed by a person; `extracted`: produced by the extractor and not yet reviewed.
             * @enum {string}
             */
            origin: "curated" | "extracted";
            confidence: number | null;
            extraction: components["schemas"]["Extraction"] | null;
        };
        /**
         * Article
         * @description A source article. Fields the source does not give are null, never invented.
         * @example {
         *       "id": "ukraine-security-guarantees",
         *       "title": null,
         *       "publisher": null,
         *       "url": null,
         *       "publishedAt": null,
         *       "language": "en",
         *       "textSha256": "73fbe4843165a2d3204bbf9e172d7a43ff1deb0a1e5b2b6c8af048340f6e20d3",
         *       "length": {
         *         "codePoints": 2354,
         *         "utf16": 2354
         *       },
         *       "counts": {
         *         "sentences": 16,
         *         "actors": 12,
         *         "events": 17,
         *         "claims": 34,
         *         "questions": 15
         *       }
         *     }
         */
        Article: {
            /** @description Stable slug identifier. */
            id: string;
            title: string | null;
            publisher: string | null;
            url: string | null;
            publishedAt: string | null;
            language: string | null;
            /** @description SHA-256 of the article text as UTF-8. */
            textSha256: string;
            length: {
                codePoints: number;
                utf16: number;
            };
            counts: {
                sentences: number;
                actors: number;
                events: number;
                claims: number;
                questions: number;
            };
        };
        /**
         * ArticleDetail
         * @description An article with its text, sections and sentences.
         */
        ArticleDetail: {
            /** @description Stable slug identifier. */
            id: string;
            title: string | null;
            publisher: string | null;
            url: string | null;
            publishedAt: string | null;
            language: string | null;
            /** @description SHA-256 of the article text as UTF-8. */
            textSha256: string;
            length: {
                codePoints: number;
                utf16: number;
            };
            counts: {
                sentences: number;
                actors: number;
                events: number;
                claims: number;
                questions: number;
            };
            /** @description The article text, byte for byte. */
            text: string;
            sections: {
                index: number;
                heading: string | null;
                headingSpan: components["schemas"]["Span"] | null;
                span: components["schemas"]["Span"];
            }[];
            sentences: {
                index: number;
                /** @description Index of the section the sentence is in. */
                section: number;
                span: components["schemas"]["Span"];
            }[];
        };
        /** ProblemError */
        ProblemError: {
            /** @enum {string} */
            in: "query" | "path" | "header" | "body";
            /** @description The parameter. */
            name: string;
            /** @description What is wrong, and what is allowed. */
            message: string;
        };
        /**
         * Problem
         * @description An RFC 9457 problem detail, served as application/problem+json.
         * @example {
         *       "type": "/problems/invalid-parameter",
         *       "title": "Invalid parameter",
         *       "status": 400,
         *       "detail": "The request has 1 invalid parameter.",
         *       "instance": "/v1/claims?certainty=sure",
         *       "errors": [
         *         {
         *           "in": "query",
         *           "name": "certainty",
         *           "message": "must be one of: certain, probable, possible, uncommitted"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI reference that identifies the problem type; GET it for a description (/problems/{name}). */
            type: string;
            /** @description The problem type's title: the same for every problem of the type. */
            title: string;
            status: number;
            detail: string;
            /** @description The request path and query string. */
            instance: string;
            errors?: components["schemas"]["ProblemError"][];
        };
        /**
         * ProblemTypeInfo
         * @description What a problem type means.
         */
        ProblemTypeInfo: {
            /** @description The type URI problems of this type carry. */
            type: string;
            name: string;
            status: number;
            title: string;
            description: string;
        };
        /**
         * Page
         * @example {
         *       "limit": 50,
         *       "next": null,
         *       "total": 34
         *     }
         */
        Page: {
            limit: number;
            next: string | null;
            /** @description How many rows match the filters, over all pages. */
            total: number;
        };
        /**
         * Included
         * @description Entities named by ids in `data`, keyed by type and id (only with `include`).
         */
        Included: {
            actors?: {
                [key: string]: components["schemas"]["Actor"];
            };
            events?: {
                [key: string]: components["schemas"]["Event"];
            };
            claims?: {
                [key: string]: components["schemas"]["Claim"];
            };
            articles?: {
                [key: string]: components["schemas"]["Article"];
            };
        };
        /** DatasetInfo */
        DatasetInfo: {
            name: string;
            /** @description Version of the data served (a hash of the built dataset's content: equal content, equal version), also sent as the `Dataset-Version` header of every response. Not the version of the API. */
            datasetVersion: string;
            /** Format: date-time */
            builtAt: string;
            schemaVersion: number;
            counts: {
                [key: string]: number;
            };
            licence: string;
            source: string;
            links: {
                [key: string]: string;
            };
        };
        /**
         * Health
         * @example {
         *       "status": "ok",
         *       "datasetVersion": "0123456789abcdef"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @description Version of the data served. */
            datasetVersion: string;
        };
        /**
         * SearchHit
         * @example {
         *       "type": "claim",
         *       "id": "putin-agreed-to-guarantees",
         *       "article": "ukraine-security-guarantees",
         *       "title": "Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security guarantees.",
         *       "snippet": "Putin has agreed to allow the United States and European allies to provide Ukraine with NATO-style security <mark>guarantees</mark>.",
         *       "score": -1.2,
         *       "url": "/v1/claims/putin-agreed-to-guarantees",
         *       "span": null
         *     }
         */
        SearchHit: {
            /**
             * @description What was found; `article` is a sentence of an article's text.
             * @enum {string}
             */
            type: "actor" | "event" | "claim" | "question" | "article";
            /** @description Id of the item (for `article`, the article id). */
            id: string;
            article: string | null;
            /** @description The item's name, title or text. */
            title: string;
            /** @description The best-matching passage, HTML-escaped, with matches in <mark>…</mark>. */
            snippet: string;
            /** @description bm25 relevance: lower is better. Hits come best first, but for a query matching more than the ranked bound, whose unranked hits follow the ranked ones in index order (see `GET /v1/search`). */
            score: number;
            /** @description Where the item is in this API. */
            url: string;
            span: components["schemas"]["Span"] | null;
        };
        /**
         * JsonLdDocument
         * @description An item (or a page of items, in `@graph`) as JSON-LD 1.1: a claim is a schema.org Claim, each evidence span a W3C Web Annotation with a TextQuoteSelector and a TextPositionSelector (code points). Terms: /v1/context.jsonld; mapping: docs/JSON-LD.md.
         */
        JsonLdDocument: {
            /** @description The URL of the API's JSON-LD context, /v1/context.jsonld on the same origin. */
            "@context": string;
            /** @description The item's IRI: its URL in this API. */
            id?: string;
            /** @description schema.org type: Claim, Event, Question, NewsArticle, Person, Organization, Place or Thing. */
            type?: string;
            /** @description A page's items, as nodes. */
            "@graph"?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * JsonLdContext
         * @description The JSON-LD 1.1 context every JSON-LD answer of the API refers to.
         */
        JsonLdContext: {
            "@context": {
                [key: string]: unknown;
            };
        };
        /** ArticleChange */
        ArticleChange: {
            /** @description The article's id. */
            article: string;
            /**
             * @description Its net change since `since`: new, given again with other content, or removed (its ids now answer 410).
             * @enum {string}
             */
            change: "added" | "replaced" | "deleted";
            /** @description The dataset version its last change produced. */
            version: string;
        };
        /**
         * Changes
         * @description The articles changed since a dataset version.
         * @example {
         *       "datasetVersion": "4dd6406789b383ee",
         *       "since": "8bc3903978fda107",
         *       "data": [
         *         {
         *           "article": "brief",
         *           "change": "added",
         *           "version": "339188cedabe570f"
         *         },
         *         {
         *           "article": "dateline",
         *           "change": "added",
         *           "version": "f4cb9095861c2034"
         *         },
         *         {
         *           "article": "wire",
         *           "change": "added",
         *           "version": "4dd6406789b383ee"
         *         }
         *       ],
         *       "next": null
         *     }
         */
        Changes: {
            /** @description The version now. */
            datasetVersion: string;
            /** @description The version asked about. */
            since: string;
            data: components["schemas"]["ArticleChange"][];
            next: string | null;
        };
        /** ArticleList */
        ArticleList: {
            data: components["schemas"]["Article"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
        /** ActorList */
        ActorList: {
            data: components["schemas"]["Actor"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
        /** EventList */
        EventList: {
            data: components["schemas"]["Event"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
        /** ClaimList */
        ClaimList: {
            data: components["schemas"]["Claim"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
        /** QuestionList */
        QuestionList: {
            data: components["schemas"]["Question"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
        /** SearchResults */
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            page: components["schemas"]["Page"];
            included?: components["schemas"]["Included"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetInfo"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJsonLdContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The context. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["JsonLdContext"];
                    "application/json": components["schemas"]["JsonLdContext"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query: {
                /**
                 * @description A dataset version this client has (`datasetVersion` of /v1, or the `Dataset-Version` header of any response). Example: `d4a9dd00e6f28d63`.
                 * @example d4a9dd00e6f28d63
                 */
                since: string;
                /** @description Articles per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `next` of the previous page, valid only with the same `since`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes since `since`. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Changes"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Language code. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `en`. */
                language?: string[];
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: order of appearance in the article, then id (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description The `id` of the last article received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no article of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The cursor is stale (`/problems/cursor-stale`): the dataset changed since it was issued, and the order `position`, `-position` depends on values that changed with it. Start again without a cursor. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description `json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins. */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDetail"];
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article text. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActorsForArticle: {
        parameters: {
            query?: {
                /** @description Actor kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `person`. */
                kind?: ("person" | "state" | "organization" | "alliance" | "group")[];
                /** @description Full-text search over name and aliases. Given twice, either query matches. Example: `Putin`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: order of appearance in the article, then id (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A; `-mentions`: most mentioned first; `mentions`: least mentioned first; `name`: name, A to Z; `-name`: name, Z to A */
                sort?: "position" | "-position" | "id" | "-id" | "-mentions" | "mentions" | "name" | "-name";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: roles. */
                include?: "roles"[];
                /** @description The `id` of the last actor received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no actor of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no article with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article with that id was deleted (`/problems/gone`). Or: The cursor is stale (`/problems/cursor-stale`): the dataset changed since it was issued, and the order `position`, `-position`, `-mentions`, `mentions` depends on values that changed with it. Start again without a cursor. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEventsForArticle: {
        parameters: {
            query?: {
                /** @description Event status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `occurred`. */
                status?: ("occurred" | "ongoing" | "scheduled" | "expected" | "proposed" | "hypothetical" | "cancelled")[];
                /** @description Event kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `summit`. */
                kind?: ("summit" | "meeting" | "agreement" | "negotiation" | "deliberation" | "statement" | "armed_conflict" | "attack" | "other")[];
                /** @description Events in which this actor takes part. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Full-text search over title and evidence. Given twice, either query matches. Example: `summit`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: participants, article. */
                include?: ("participants" | "article")[];
                /** @description The `id` of the last event received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no event of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no article with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimsForArticle: {
        parameters: {
            query?: {
                /** @description Actor id of the speaker, or `none` for claims in the article's own voice or from anonymous sources. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `steve-witkoff`. */
                speaker?: string[];
                /** @description Claims about this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine`. */
                subject?: string[];
                /** @description Claims whose speaker or a subject is this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Claims about this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Claim kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `report`. */
                kind?: ("report" | "assessment" | "prediction" | "position")[];
                /** @description Certainty as committed by the source (FactBank). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `possible`. */
                certainty?: ("certain" | "probable" | "possible" | "uncommitted")[];
                /** @description Named, anonymous or the author's own voice. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `named`. */
                sourceKind?: ("named" | "anonymous" | "author")[];
                /** @description Positive or negative assertion. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `negative`. */
                polarity?: ("positive" | "negative")[];
                /** @description Full-text search over the claim text. Given twice, either query matches. Example: `guarantee`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: speaker, subjects, events, related, article. */
                include?: ("speaker" | "subjects" | "events" | "related" | "article")[];
                /** @description The `id` of the last claim received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no claim of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no article with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuestionsForArticle: {
        parameters: {
            query?: {
                /** @description Question status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `open`. */
                status?: ("open" | "resolved" | "annulled")[];
                /** @description Question kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `forecast`. */
                kind?: ("forecast" | "unknown_fact" | "disputed" | "watch")[];
                /** @description Questions bearing on this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Questions bearing on this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Questions bearing on this claim. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreed-to-guarantees`. */
                claim?: string[];
                /** @description Full-text search over question text and resolution criteria. Given twice, either query matches. Example: `NATO`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: actors, events, claims, article. */
                include?: ("actors" | "events" | "claims" | "article")[];
                /** @description The `id` of the last question received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no question of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example ukraine-security-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no article with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Actors mentioned in this article. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Actor kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `person`. */
                kind?: ("person" | "state" | "organization" | "alliance" | "group")[];
                /** @description Full-text search over name and aliases. Given twice, either query matches. Example: `Putin`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: order of appearance in the article, then id (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A; `-mentions`: most mentioned first; `mentions`: least mentioned first; `name`: name, A to Z; `-name`: name, Z to A */
                sort?: "position" | "-position" | "id" | "-id" | "-mentions" | "mentions" | "name" | "-name";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: roles. */
                include?: "roles"[];
                /** @description The `id` of the last actor received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no actor of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The cursor is stale (`/problems/cursor-stale`): the dataset changed since it was issued, and the order `position`, `-position`, `-mentions`, `mentions` depends on values that changed with it. Start again without a cursor. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: {
                /** @description `json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins. */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example vladimir-putin
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDetail"];
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimsForActor: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Actor id of the speaker, or `none` for claims in the article's own voice or from anonymous sources. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `steve-witkoff`. */
                speaker?: string[];
                /** @description Claims about this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine`. */
                subject?: string[];
                /** @description Claims about this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Claim kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `report`. */
                kind?: ("report" | "assessment" | "prediction" | "position")[];
                /** @description Certainty as committed by the source (FactBank). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `possible`. */
                certainty?: ("certain" | "probable" | "possible" | "uncommitted")[];
                /** @description Named, anonymous or the author's own voice. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `named`. */
                sourceKind?: ("named" | "anonymous" | "author")[];
                /** @description Positive or negative assertion. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `negative`. */
                polarity?: ("positive" | "negative")[];
                /** @description Full-text search over the claim text. Given twice, either query matches. Example: `guarantee`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: speaker, subjects, events, related, article. */
                include?: ("speaker" | "subjects" | "events" | "related" | "article")[];
                /** @description The `id` of the last claim received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no claim of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example vladimir-putin
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no actor with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The actor with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEventsForActor: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Event status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `occurred`. */
                status?: ("occurred" | "ongoing" | "scheduled" | "expected" | "proposed" | "hypothetical" | "cancelled")[];
                /** @description Event kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `summit`. */
                kind?: ("summit" | "meeting" | "agreement" | "negotiation" | "deliberation" | "statement" | "armed_conflict" | "attack" | "other")[];
                /** @description Full-text search over title and evidence. Given twice, either query matches. Example: `summit`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: participants, article. */
                include?: ("participants" | "article")[];
                /** @description The `id` of the last event received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no event of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example vladimir-putin
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no actor with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The actor with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuestionsForActor: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Question status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `open`. */
                status?: ("open" | "resolved" | "annulled")[];
                /** @description Question kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `forecast`. */
                kind?: ("forecast" | "unknown_fact" | "disputed" | "watch")[];
                /** @description Questions bearing on this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Questions bearing on this claim. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreed-to-guarantees`. */
                claim?: string[];
                /** @description Full-text search over question text and resolution criteria. Given twice, either query matches. Example: `NATO`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: actors, events, claims, article. */
                include?: ("actors" | "events" | "claims" | "article")[];
                /** @description The `id` of the last question received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no question of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example vladimir-putin
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no actor with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The actor with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Event status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `occurred`. */
                status?: ("occurred" | "ongoing" | "scheduled" | "expected" | "proposed" | "hypothetical" | "cancelled")[];
                /** @description Event kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `summit`. */
                kind?: ("summit" | "meeting" | "agreement" | "negotiation" | "deliberation" | "statement" | "armed_conflict" | "attack" | "other")[];
                /** @description Events in which this actor takes part. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Full-text search over title and evidence. Given twice, either query matches. Example: `summit`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: participants, article. */
                include?: ("participants" | "article")[];
                /** @description The `id` of the last event received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no event of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /** @description `json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins. */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreement
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimsForEvent: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Actor id of the speaker, or `none` for claims in the article's own voice or from anonymous sources. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `steve-witkoff`. */
                speaker?: string[];
                /** @description Claims about this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine`. */
                subject?: string[];
                /** @description Claims whose speaker or a subject is this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Claim kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `report`. */
                kind?: ("report" | "assessment" | "prediction" | "position")[];
                /** @description Certainty as committed by the source (FactBank). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `possible`. */
                certainty?: ("certain" | "probable" | "possible" | "uncommitted")[];
                /** @description Named, anonymous or the author's own voice. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `named`. */
                sourceKind?: ("named" | "anonymous" | "author")[];
                /** @description Positive or negative assertion. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `negative`. */
                polarity?: ("positive" | "negative")[];
                /** @description Full-text search over the claim text. Given twice, either query matches. Example: `guarantee`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: speaker, subjects, events, related, article. */
                include?: ("speaker" | "subjects" | "events" | "related" | "article")[];
                /** @description The `id` of the last claim received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no claim of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreement
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no event with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuestionsForEvent: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Question status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `open`. */
                status?: ("open" | "resolved" | "annulled")[];
                /** @description Question kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `forecast`. */
                kind?: ("forecast" | "unknown_fact" | "disputed" | "watch")[];
                /** @description Questions bearing on this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Questions bearing on this claim. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreed-to-guarantees`. */
                claim?: string[];
                /** @description Full-text search over question text and resolution criteria. Given twice, either query matches. Example: `NATO`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: actors, events, claims, article. */
                include?: ("actors" | "events" | "claims" | "article")[];
                /** @description The `id` of the last question received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no question of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreement
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no event with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Actor id of the speaker, or `none` for claims in the article's own voice or from anonymous sources. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `steve-witkoff`. */
                speaker?: string[];
                /** @description Claims about this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine`. */
                subject?: string[];
                /** @description Claims whose speaker or a subject is this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Claims about this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Claim kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `report`. */
                kind?: ("report" | "assessment" | "prediction" | "position")[];
                /** @description Certainty as committed by the source (FactBank). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `possible`. */
                certainty?: ("certain" | "probable" | "possible" | "uncommitted")[];
                /** @description Named, anonymous or the author's own voice. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `named`. */
                sourceKind?: ("named" | "anonymous" | "author")[];
                /** @description Positive or negative assertion. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `negative`. */
                polarity?: ("positive" | "negative")[];
                /** @description Full-text search over the claim text. Given twice, either query matches. Example: `guarantee`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: speaker, subjects, events, related, article. */
                include?: ("speaker" | "subjects" | "events" | "related" | "article")[];
                /** @description The `id` of the last claim received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no claim of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: {
                /** @description `json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins. */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreed-to-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuestionsForClaim: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Question status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `open`. */
                status?: ("open" | "resolved" | "annulled")[];
                /** @description Question kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `forecast`. */
                kind?: ("forecast" | "unknown_fact" | "disputed" | "watch")[];
                /** @description Questions bearing on this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Questions bearing on this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Full-text search over question text and resolution criteria. Given twice, either query matches. Example: `NATO`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: actors, events, claims, article. */
                include?: ("actors" | "events" | "claims" | "article")[];
                /** @description The `id` of the last question received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no question of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreed-to-guarantees
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no claim with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The claim with that id was deleted (`/problems/gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listQuestions: {
        parameters: {
            query?: {
                /** @description Article id. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Question status. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `open`. */
                status?: ("open" | "resolved" | "annulled")[];
                /** @description Question kind. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `forecast`. */
                kind?: ("forecast" | "unknown_fact" | "disputed" | "watch")[];
                /** @description Questions bearing on this actor. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `vladimir-putin`. */
                actor?: string[];
                /** @description Questions bearing on this event. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreement`. */
                event?: string[];
                /** @description Questions bearing on this claim. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `putin-agreed-to-guarantees`. */
                claim?: string[];
                /** @description Full-text search over question text and resolution criteria. Given twice, either query matches. Example: `NATO`. */
                q?: string[];
                /** @description `curated` (written or reviewed by a person) or `extracted` (by the extractor, not yet reviewed). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `curated`. */
                origin?: ("curated" | "extracted")[];
                /** @description Only items whose confidence is at least this, from 0 to 1; curated items, which have none, always pass (combine with `origin=extracted` for extracted items alone). Example: `0.5`. */
                minConfidence?: number;
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description `position`: by article (id order), then order of appearance in it (default); `-position`: reverse order of appearance; `id`: id, A to Z; `-id`: id, Z to A */
                sort?: "position" | "-position" | "id" | "-id";
                /** @description Adds the named related entities under `included`, comma-separated or repeated: actors, events, claims, article. */
                include?: ("actors" | "events" | "claims" | "article")[];
                /** @description The `id` of the last question received: the list continues strictly after it, in the same order (with the same filters and sort), as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no question of this list has that id. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default); `jsonld`: the same page as a JSON-LD document (`application/ld+json`, the items in its `@graph`; the next page in the `Link` header, the total in `Total-Count`). `ndjson`, `csv` or `jsonld-ndjson` (one JSON-LD document per line, `application/x-ndjson; profile="http://www.w3.org/ns/json-ld#compacted"`) streams every matching row, unpaginated. The `Accept` header with those media types does the same; `format` wins over `Accept`. */
                format?: "json" | "jsonld" | "ndjson" | "csv" | "jsonld-ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionList"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                    "application/x-ndjson; profile=\"http://www.w3.org/ns/json-ld#compacted\"": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQuestion: {
        parameters: {
            query?: {
                /** @description `json` (default) or `jsonld`: the item as a JSON-LD document (`application/ld+json`; its `@context` is /v1/context.jsonld). The `Accept` header does the same; `format` wins. */
                format?: "json" | "jsonld";
            };
            header?: never;
            path: {
                /**
                 * @description The id (a slug).
                 * @example putin-agreement-single-source
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The question. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Question"];
                    "application/ld+json": components["schemas"]["JsonLdDocument"];
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item was deleted from the dataset by an ingest (`type` /problems/gone): `detail` says in which version. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Words (all must match), "quoted phrases", prefixes (guarant*), OR between terms, and -word or NOT word to exclude one. Given twice, either query matches. Given twice, either query matches. Example: `security guarant*`.
                 * @example [
                 *       "security guarant*"
                 *     ]
                 */
                q: string[];
                /** @description Only hits of these types. Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `claim`. */
                type?: ("actor" | "event" | "claim" | "question" | "article")[];
                /** @description Only items of these articles (actors: those mentioned in them). Several values, comma-separated (`a,b`) or repeated (`x=a&x=b`), match any of them; different filters must all match. Example: `ukraine-security-guarantees`. */
                article?: string[];
                /** @description Rows per page, 1 to 500. */
                limit?: number;
                /** @description Opaque cursor from `page.next` of the previous page, valid only with the same filters and sort. The dataset may change during a walk (see the `Dataset-Version` header): on orders by fixed keys (`id`; actors by `name`; the `position` of events, claims and questions) the walk continues, and no item that existed at its start and still exists is skipped or repeated (items added meanwhile may or may not appear); on orders by values that change with the data (the `position` of articles and actors, which a new article renumbers; actors by `mentions`; search by relevance) a cursor issued before the change answers 410 `/problems/cursor-stale`: start again without a cursor. */
                cursor?: string;
                /** @description The last hit received, as `type:id` (`claim:putin-agreed-to-guarantees`), or `article:id@start` for a sentence of an article (`span.start`): the results continue strictly after it, in the same order, as a `cursor` would. Meant for restarting an export where a download stopped; a 400 when no hit of this search is that one. Not with `cursor`. */
                after?: string;
                /** @description `json`: a page (default). `ndjson` or `csv` streams every matching row, unpaginated. The `Accept` header (`application/json`, `application/x-ndjson`, `text/csv`) does the same; `format` wins over `Accept`. */
                format?: "json" | "ndjson" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results (JSON, JSON-LD), or every result streamed (NDJSON, CSV, JSON-LD lines). */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    /** @description A page: how many items match, over all pages (as `page.total`). An export (NDJSON, CSV, JSON-LD lines): how many items this response is about to stream, those after `after` or `cursor` when given; a client that received fewer was cut short and can restart with `after` set to the key of the last item it holds. */
                    "Total-Count"?: number;
                    /** @description A page that has a next one: `<url>; rel="next"`. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The cursor is stale (`/problems/cursor-stale`): the dataset changed since it was issued, and the order `relevance` depends on values that changed with it. Start again without a cursor. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the problem type: invalid-parameter, bad-request, not-found, method-not-allowed, not-acceptable, gone, request-timeout, payload-too-large, unsupported-media-type, range-not-satisfiable, expectation-failed, cursor-stale, rate-limited, request-too-large, client-error, internal.
                 * @example invalid-parameter
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type. */
            200: {
                headers: {
                    /** @description Version of the dataset that answered (as `datasetVersion` in /v1). */
                    "Dataset-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeInfo"];
                    "text/html": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is no claim with id \"no-such-claim\". List them at /v1/claims.",
                     *       "instance": "/v1/claims/no-such-claim"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database file. */
            200: {
                headers: {
                    /** @description The dataset version, quoted. */
                    ETag?: string;
                    /** @description `bytes`. */
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.sqlite3": string;
                };
            };
            /** @description The byte range asked for. */
            206: {
                headers: {
                    /** @description `bytes a-b/size`. */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.sqlite3": string;
                };
            };
            /** @description A parameter is invalid: `errors` names each one, what is wrong and what is allowed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid parameter",
                     *       "status": 400,
                     *       "detail": "The request has 1 invalid parameter.",
                     *       "instance": "/v1/claims?certainty=sure",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "certainty",
                     *           "message": "must be one of: certain, probable, possible, uncommitted"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows none of the media types this operation answers with. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The range starts past the end of the file; `Content-Range: bytes *\/size` gives the size. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
