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
