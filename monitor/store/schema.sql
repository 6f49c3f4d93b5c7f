-- The store's tables (README.md, "The store", documents each column).
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- file name without extension, or sha1(canonical url)[:16]
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published_at DATE,
    published_source VARCHAR,        -- line, metadata, feed, inferred
    date_flag VARCHAR,               -- null, contradicted_by_text, missing
    fetched_at TIMESTAMP,
    text VARCHAR                     -- NFC; facts' start/end index this
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
    rule VARCHAR
);

-- Every fact with its source, in the order a reader follows a province's progress.
CREATE OR REPLACE VIEW timeline AS
SELECT f.province, f.metric, f.kind, f.level, f.specialty, f.as_of, f.period_start, f.period_end,
       f.value, f.value_max, f.unit, f.approx, f.total, f.status, f.commune, f.ref, f.doc_type,
       f.subject, f.specialties, f.confidence, f.evidence, f.article_id, a.outlet, a.url, a.title
FROM facts f JOIN articles a ON a.id = f.article_id;

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
