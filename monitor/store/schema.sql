-- The store's tables at the current schema version (migrations.py upgrades older files).
-- README.md, "The store", documents each column.
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL,   -- UTC
    changes VARCHAR                  -- what the upgrade changed, or "created"
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- file name without extension, or sha1(canonical url)[:16]
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published_at DATE,
    published_source VARCHAR,        -- line, metadata, feed, inferred
    date_flag VARCHAR,               -- null, contradicted_by_text, missing
    fetched_at TIMESTAMP,
    text VARCHAR,                    -- NFC; facts' start/end index this
    extractor_version VARCHAR        -- the extractor that read it last (even when it found no fact)
);

CREATE TABLE IF NOT EXISTS facts (
    article_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    value DOUBLE,
    value_max DOUBLE,
    unit VARCHAR,
    approx VARCHAR,
    total DOUBLE,
    status VARCHAR,
    province VARCHAR,
    commune VARCHAR,
    as_of DATE,
    period_start DATE,
    period_end DATE,
    specialty VARCHAR,
    specialties VARCHAR[],
    role VARCHAR,
    kind VARCHAR,
    level VARCHAR,
    from_level VARCHAR,
    to_level VARCHAR,
    purpose VARCHAR,
    ref VARCHAR,
    doc_type VARCHAR,
    issuer VARCHAR,
    issued DATE,
    evidence VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    confidence DOUBLE,
    date_source VARCHAR,
    subject VARCHAR,
    extractor_version VARCHAR,
    rule VARCHAR,
    population VARCHAR,              -- who or what is counted, where the article tells groups apart
    count_kind VARCHAR,              -- total (running), batch, period, share, rate
    series VARCHAR,                  -- the quantity's key (../shared/gold/series.md); never null once stored
    part_of VARCHAR,                 -- the series key of the whole this figure is a component of
    extracted_at TIMESTAMP,          -- UTC; with extractor_version, tells re-extraction what is stale
    mentions INTEGER[][]             -- [start, end] of each mention of a figure told more than once
);

-- Each article with the day it counts for in a digest's week and its source: published, else fetched (a
-- day in Vietnam, UTC+7: times are stored in UTC); the source is the outlet (else the page's host), so two
-- pages of one outlet count once.
CREATE OR REPLACE MACRO article_day(published_at, fetched_at) AS
    coalesce(published_at, CAST(fetched_at + INTERVAL 7 HOUR AS DATE));
CREATE OR REPLACE MACRO article_source(outlet, url, id) AS coalesce(outlet, regexp_extract(url, '//([^/:]+)', 1), id);

CREATE OR REPLACE VIEW article_days AS
SELECT *, article_day(published_at, fetched_at) AS day, article_source(outlet, url, id) AS source FROM articles;

-- The facts of the table `some_facts` (facts, or a few of them) with the article each came from: one row per
-- report. detail names what a fact without a value is about (a document's ref, the fields listed, a deadline's
-- subject); reported_on is the article's day, else the day monitor first read the fact, so every report has
-- a day and a past week's digest never changes: digests group by its week. The article's columns are
-- computed after the join, for the reports asked for only.
CREATE OR REPLACE MACRO reports_of(some_facts) AS TABLE
SELECT f.*, a.outlet, a.url, a.title, a.published_at,
       coalesce(f.ref, array_to_string(f.specialties, ', '), f.subject) AS detail,
       article_source(a.outlet, a.url, a.id) AS source,
       coalesce(article_day(a.published_at, a.fetched_at), CAST(f.extracted_at + INTERVAL 7 HOUR AS DATE))
           AS reported_on
FROM query_table(some_facts) f JOIN articles a ON a.id = f.article_id;

-- Every fact with the article it came from.
CREATE OR REPLACE VIEW fact_reports AS SELECT * FROM reports_of(facts);

-- The reconciled timeline (timeline_of, timeline_points, timeline, latest) is in timeline.sql.

-- The crawler's state (README.md, "Crawler state"). A crawl killed at any point resumes from these:
-- each row is written in its own short transaction.

-- Every page a feed or sitemap listed, once per article id, with what became of it.
CREATE TABLE IF NOT EXISTS frontier (
    article_id VARCHAR PRIMARY KEY,  -- id the page's article gets (from its URL's identity)
    url VARCHAR NOT NULL,
    source VARCHAR,                  -- outlet name (sources file) or feed host
    listed_in VARCHAR,               -- the feed or sitemap given to the crawl
    title VARCHAR,                   -- as the listing gave it
    published DATE,                  -- as the listing gave it
    status VARCHAR NOT NULL,         -- new, stored, skipped, failed
    reason VARCHAR,                  -- why skipped or failed; for stored, the canonical URL if it differs
    attempts INTEGER NOT NULL DEFAULT 0,  -- failed fetches; retried while below 3
    found_at TIMESTAMP NOT NULL,     -- UTC
    position INTEGER,                -- place in its listing when found: pages are fetched in listing order
    done_at TIMESTAMP,               -- UTC
    relevance DOUBLE,                -- the relevance model's score of a page it read (kept or off-topic)
    relevance_model VARCHAR          -- that model's version (cues-2: the cue rule, when no model loaded)
);

-- The text of pages the relevance model judged off-topic, so that a later model can judge them again
-- without fetching them again (monitor rejudge); a page found relevant moves to articles.
CREATE TABLE IF NOT EXISTS offtopic_pages (
    article_id VARCHAR PRIMARY KEY,  -- the frontier row's id
    id VARCHAR NOT NULL,             -- the article id it would be stored under (from its canonical URL)
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published_at DATE,
    published_source VARCHAR,
    date_flag VARCHAR,
    fetched_at TIMESTAMP,
    text VARCHAR NOT NULL
);

-- One row per HTTP request (retries and robots.txt included).
CREATE TABLE IF NOT EXISTS fetch_log (
    url VARCHAR NOT NULL,
    kind VARCHAR,                    -- robots, feed, sitemap, page
    source VARCHAR,
    status INTEGER,                  -- HTTP status; null when no response came
    bytes BIGINT,
    elapsed DOUBLE,                  -- seconds
    error VARCHAR,                   -- one line; null when all went well
    fetched_at TIMESTAMP NOT NULL    -- UTC
);

-- Feeds and sitemaps: validators for conditional GET, and adaptive polling.
CREATE TABLE IF NOT EXISTS listings (
    url VARCHAR PRIMARY KEY,
    source VARCHAR,
    kind VARCHAR,                    -- feed, sitemap
    etag VARCHAR,
    last_modified VARCHAR,
    interval_s DOUBLE,               -- current polling interval
    next_check TIMESTAMP,            -- UTC
    last_checked TIMESTAMP,          -- UTC
    last_new_links TIMESTAMP         -- UTC: last time it listed a page not seen before
);

-- Copies: the content hash and SimHash of each stored crawled article, and near-identical pairs.
CREATE TABLE IF NOT EXISTS article_signatures (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,   -- SHA-1 of the text's words
    simhash UBIGINT NOT NULL         -- 64-bit SimHash over 3-word shingles
);

CREATE TABLE IF NOT EXISTS near_duplicates (
    article_id VARCHAR NOT NULL,     -- the later article
    duplicate_of VARCHAR NOT NULL,   -- an earlier one it nearly copies
    distance INTEGER NOT NULL,       -- differing SimHash bits (of 64)
    PRIMARY KEY (article_id, duplicate_of)
);

-- Each host's page furniture (monitor/crawl/templates.py): the lines a host's pages share are its
-- template (menus, player labels, share bars), not its articles. Lines are kept as hashes only.
CREATE TABLE IF NOT EXISTS host_pages (
    host VARCHAR NOT NULL,           -- the page's host, www./m./amp. folded, with its port if not the default
    page VARCHAR NOT NULL,           -- the page's article id: a page read again is not counted again
    lines INTEGER NOT NULL,          -- distinct lines counted on it
    seen_at TIMESTAMP NOT NULL,      -- UTC
    PRIMARY KEY (host, page)
);

CREATE TABLE IF NOT EXISTS host_lines (
    host VARCHAR NOT NULL,
    line_hash BIGINT NOT NULL,       -- 63 bits of the SHA-1 of the line (case folded, spaces squeezed)
    pages INTEGER NOT NULL,          -- distinct pages of the host the line was seen on
    first_seen TIMESTAMP NOT NULL,   -- UTC
    last_seen TIMESTAMP NOT NULL,    -- UTC
    PRIMARY KEY (host, line_hash)
);

-- Each source's crawl record, for SQL (monitor sources adds the dead / silent flags).
CREATE OR REPLACE VIEW sources AS
WITH fetches AS (
    SELECT source, max(fetched_at) AS last_fetch,
           count(*) FILTER (fetched_at >= now()::TIMESTAMP - INTERVAL 30 DAY) AS requests_30d,
           count(*) FILTER (fetched_at >= now()::TIMESTAMP - INTERVAL 30 DAY AND (status IS NULL OR status >= 400))
               AS errors_30d
    FROM fetch_log WHERE kind <> 'robots' GROUP BY source
),
pages AS (
    SELECT source, count(*) FILTER (status = 'stored') AS articles_kept,
           max(done_at) FILTER (status = 'stored') AS last_new_article,
           count(*) FILTER (status = 'skipped') AS pages_skipped,
           count(*) FILTER (status IN ('new', 'failed')) AS pages_pending
    FROM frontier GROUP BY source
)
SELECT coalesce(f.source, p.source) AS source, f.last_fetch, p.last_new_article,
       coalesce(p.articles_kept, 0) AS articles_kept, coalesce(p.pages_skipped, 0) AS pages_skipped,
       coalesce(p.pages_pending, 0) AS pages_pending, coalesce(f.requests_30d, 0) AS requests_30d,
       coalesce(f.errors_30d, 0) AS errors_30d,
       CASE WHEN f.requests_30d > 0 THEN f.errors_30d / f.requests_30d END AS error_rate_30d
FROM fetches f FULL OUTER JOIN pages p ON p.source = f.source;
