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
    extracted_at TIMESTAMP           -- UTC; with extractor_version, tells re-extraction what is stale
);

-- Each article with the day it counts for in a digest's week and its source: published, else fetched (a
-- day in Vietnam, UTC+7: times are stored in UTC); the source is the outlet (else the page's host), so two
-- pages of one outlet count once.
CREATE OR REPLACE VIEW article_days AS
SELECT *, coalesce(published_at, CAST(fetched_at + INTERVAL 7 HOUR AS DATE)) AS day,
       coalesce(outlet, regexp_extract(url, '//([^/:]+)', 1), id) AS source
FROM articles;

-- Every fact with the article it came from: one row per report.
-- detail names what a fact without a value is about (a document's ref, the fields listed, a deadline's
-- subject); reported_on is the article's day, else the day monitor first read the fact, so every report has
-- a day and a past week's digest never changes: digests group by its week.
CREATE OR REPLACE VIEW fact_reports AS
SELECT f.*, a.outlet, a.url, a.title, a.published_at,
       coalesce(f.ref, array_to_string(f.specialties, ', '), f.subject) AS detail,
       a.source,
       coalesce(a.day, CAST(f.extracted_at + INTERVAL 7 HOUR AS DATE)) AS reported_on
FROM facts f JOIN article_days a ON a.id = f.article_id;

-- The reconciled timeline: one point per series and date, reports of the same figure merged.
-- A series is (province, commune, metric, kind, level, specialty, unit, detail, status, period_start):
-- a total "từ 1/7 đến 20/8" (period_start 1/7) and a count "trong tháng 8" (period_start 1/8) are two
-- series, so cumulative and point-in-time figures never mix. When reports of one point disagree, the
-- value most sources give wins (then the surer one), conflict is true and `values` lists them all.
-- timeline_until(day) is the timeline as it stood on a day: only reports of articles of that day or
-- before (a digest of a past week reads the same whenever it is made); the view is all of it.
CREATE OR REPLACE MACRO timeline_until(last_day) AS TABLE
WITH reports AS (
    SELECT *,
           -- kept apart, not reconciled: the figures of one source alone (two values are two figures),
           -- and undated figures (nothing says two undated reports are of one day)
           CASE
               WHEN as_of IS NULL AND value IS NOT NULL THEN article_id || ' ' || CAST(value AS VARCHAR)
               WHEN count(DISTINCT source) OVER (
                   PARTITION BY province, commune, metric, kind, level, specialty, unit, detail, status,
                                period_start, as_of
               ) = 1 THEN CAST(value AS VARCHAR)
           END AS apart
    FROM fact_reports
    WHERE reported_on IS NULL OR reported_on <= last_day  -- null: a fact stored before schema 2
),
per_value AS (
    SELECT province, commune, metric, kind, level, specialty, unit, detail, status, period_start, as_of, apart,
           value,
           count(DISTINCT source) AS n_sources,
           max(confidence) AS confidence,
           max(period_end) AS period_end,
           max(value_max) AS value_max,
           max(total) AS total,
           min(approx) AS approx,
           list(DISTINCT source ORDER BY source) AS sources,
           list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls,
           list(DISTINCT article_id ORDER BY article_id) AS article_ids,
           arg_max(evidence, confidence) AS evidence
    FROM reports
    GROUP BY ALL
),
ranked AS (
    -- the value most sources give wins, then the surer, then the smaller: the same answer every time
    SELECT *,
           row_number() OVER point AS rank,
           count(*) OVER whole > 1 AS conflict,
           list(value) OVER whole AS "values",
           list_sort(list_distinct(flatten(list(urls) OVER whole))) AS all_urls,
           list_sort(list_distinct(flatten(list(article_ids) OVER whole))) AS all_article_ids
    FROM per_value
    WINDOW point AS (
               PARTITION BY province, commune, metric, kind, level, specialty, unit, detail, status, period_start,
                            as_of, apart
               ORDER BY n_sources DESC, confidence DESC, value NULLS LAST
           ),
           whole AS (point ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
),
points AS (
    SELECT province, commune, metric, kind, level, specialty, unit, detail, status, period_start, as_of,
           value, value_max, total, approx, period_end, n_sources, sources, urls, article_ids, evidence,
           confidence, conflict, "values", all_urls, all_article_ids
    FROM ranked
    WHERE rank = 1
)
SELECT *,
       -- a batch ("biệt phái thêm 140") is no level: the difference from the batch before means nothing
       CASE WHEN kind IS DISTINCT FROM 'additional' THEN value - lag(value) OVER series END AS change,
       lag(as_of) OVER series AS previous_as_of
FROM points
WINDOW series AS (
    PARTITION BY province, commune, metric, kind, level, specialty, unit, detail, status, period_start
    ORDER BY as_of, value
);

CREATE OR REPLACE VIEW timeline AS SELECT * FROM timeline_until(DATE '9999-12-31');

-- The latest reported ("done") value of each series.
CREATE OR REPLACE VIEW latest AS
SELECT * FROM timeline
WHERE value IS NOT NULL AND coalesce(status, 'done') = 'done'
QUALIFY row_number() OVER (
    PARTITION BY province, commune, metric, kind, level, specialty, unit, detail, status, period_start
    ORDER BY as_of DESC NULLS LAST, n_sources DESC, value
) = 1;

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
    done_at TIMESTAMP                -- UTC
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
