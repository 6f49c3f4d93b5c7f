-- The reconciled timeline (README.md, "The timeline"). One series is one real-world quantity
-- (../shared/gold/series.md): facts carry its key in facts.series (the extractor's, else
-- fallback_series below). A point is a series' value on one day, reports of the same figure merged.
-- A change is only ever computed between points of one series on different days.

-- An ASCII slug: "Hải Phòng" -> "hai-phong".
CREATE OR REPLACE MACRO slug(s) AS
    trim(regexp_replace(lower(strip_accents(replace(replace(s, 'đ', 'd'), 'Đ', 'D'))), '[^a-z0-9.]+', '-', 'g'), '-');

-- The kind of count when the extractor gave none (facts stored before schema 4, bulk loads).
CREATE OR REPLACE MACRO fallback_count_kind(value, unit, kind, period_start, period_end) AS
    CASE
        WHEN value IS NULL THEN NULL
        WHEN unit = '%' THEN 'share'
        WHEN contains(unit, '/') THEN 'rate'
        WHEN kind = 'additional' THEN 'batch'
        -- a span that starts well after the reform began ("trong tháng 8", "từ 1/9"); "từ 1/7", "từ 27/6"
        -- or no start is a running total since the reform
        WHEN period_start > DATE '2025-07-10' THEN 'period'
        ELSE 'total'
    END;

-- The series key when the extractor gave none: every column that tells quantities apart, in the
-- extractor's order (place/metric/qualifiers/status/count). Documents, deadlines and lists of
-- specialties are keyed by what they are about (detail).
CREATE OR REPLACE MACRO fallback_series(province, commune, metric, kind, level, from_level, to_level, specialty,
                                        population, detail, status, count_kind, unit, period_start, period_end) AS
    concat_ws('/',
        -- the place as the extractor writes it (monitor/extract/series.py): "haiphong", a commune without its kind word
        coalesce(replace(slug(province), '-', ''), 'national'),
        CASE WHEN province IS NOT NULL THEN regexp_replace(slug(commune), '^(phuong|xa|dac-khu|thi-tran)-', '') END,
        metric, slug(kind), slug(level),
        CASE WHEN from_level IS NOT NULL OR to_level IS NOT NULL
             THEN coalesce(from_level, 'any') || '-to-' || coalesce(to_level, 'any') END,
        slug(specialty), slug(population), slug(detail),
        CASE WHEN count_kind = 'period' THEN CAST(period_start AS VARCHAR) || '..' || coalesce(CAST(period_end AS VARCHAR), '') END,
        coalesce(status, 'nostatus'),
        CASE WHEN count_kind = 'share' THEN 'share' ELSE nullif(concat_ws('-', count_kind, slug(unit)), '') END);

-- A series without its status (nor a plan's or target's date): a proposal, its adoption and its carrying out are
-- one quantity, and a status step goes from one to the next. From the key itself, so whatever the extractor
-- told apart (an area, a period told in words, a part) keeps quantities apart too; the status is the segment
-- before the kind of count (or the last, where a figure has none).
CREATE OR REPLACE MACRO quantity_of(series) AS
    regexp_replace(regexp_replace(series, '/by-\d{4}-\d{2}-\d{2}', '', 'g'),
                   '/(proposed|planned|target|done|nostatus)(/[^/]+)?$', '/*\2');

-- The points of the (series, day) pairs listed in the table `wanted` (columns series, day; day NULL for undated
-- figures), from the reports of articles of last_day or before. A point's columns depend on its own series and
-- day alone, so the points of a few pairs can be recomputed without the rest.
CREATE OR REPLACE MACRO points_of(last_day, wanted) AS TABLE
WITH picked AS (
    -- found by their keys first, then read whole by row id: a scan reads the other columns of these rows only
    SELECT * FROM facts WHERE rowid IN (
        SELECT f.rowid FROM facts f
        SEMI JOIN query_table(wanted) w ON w.series = f.series AND w.day IS NOT DISTINCT FROM f.as_of
    )
),
reports AS (
    SELECT * FROM reports_of(picked)
    WHERE reported_on IS NULL OR reported_on <= last_day  -- null: a fact stored before schema 2
),
-- a figure an article states twice (title and body, "3.022" then "hơn 3.000") is one report: a value
-- qualified by hơn/gần/khoảng gives way to a precise one of the same series and day within 10 %
stated AS (
    SELECT * FROM (
        SELECT *, list(value) FILTER (WHERE approx IS NULL) OVER (PARTITION BY article_id, series, as_of) AS precise
        FROM reports
    )
    WHERE approx IS NULL OR value IS NULL OR as_of IS NULL
       OR NOT coalesce(list_bool_or(list_transform(precise, lambda p: abs(p - value) <= 0.1 * abs(p))), false)
),
marked AS (
    SELECT *,
           -- kept apart, not reconciled: the figures of one source alone (two values are two figures),
           -- and undated figures (nothing says two undated reports are of one day)
           CASE
               WHEN as_of IS NULL AND value IS NOT NULL THEN article_id || ' ' || CAST(value AS VARCHAR)
               WHEN count(DISTINCT source) OVER (PARTITION BY series, as_of) = 1 THEN CAST(value AS VARCHAR)
           END AS apart
    FROM stated
),
per_value AS (
    SELECT series, as_of, apart, value,
           any_value(part_of) AS part_of,
           any_value(province) AS province, any_value(commune) AS commune, any_value(metric) AS metric,
           any_value(kind) AS kind, any_value(level) AS level, any_value(from_level) AS from_level,
           any_value(to_level) AS to_level, any_value(specialty) AS specialty, any_value(population) AS population,
           any_value(count_kind) AS count_kind, any_value(unit) AS unit, any_value(detail) AS detail,
           any_value(status) AS status,
           count(DISTINCT source) AS n_sources,
           max(confidence) AS confidence,
           min(period_start) AS period_start,
           max(period_end) AS period_end,
           max(value_max) AS value_max,
           max(total) AS total,
           min(approx) AS approx,
           min(reported_on) AS first_reported_on,
           max(reported_on) AS last_reported_on,
           list(DISTINCT source ORDER BY source) AS sources,
           list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls,
           list(DISTINCT article_id ORDER BY article_id) AS article_ids,
           first(evidence ORDER BY confidence DESC, evidence) AS evidence
    FROM marked
    GROUP BY series, as_of, apart, value
),
ranked AS (
    -- the value most sources give wins, then the surer, then the smaller: the same answer every time
    SELECT *,
           row_number() OVER point AS rank,
           count(*) OVER whole > 1 AS conflict,
           list(value) OVER whole AS "values",
           list_sort(list_distinct(flatten(list(urls) OVER whole))) AS all_urls,
           list_sort(list_distinct(flatten(list(article_ids) OVER whole))) AS all_article_ids,
           min(first_reported_on) OVER whole AS first_reported,
           -- of the whole day: a later report of any value of it may change which value wins
           max(last_reported_on) OVER (PARTITION BY series, as_of) AS last_reported
    FROM per_value
    WINDOW point AS (PARTITION BY series, as_of, apart ORDER BY n_sources DESC, confidence DESC, value NULLS LAST),
           whole AS (point ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT * EXCLUDE (rank, apart, first_reported_on, last_reported_on)
         RENAME (first_reported AS first_reported_on, last_reported AS last_reported_on),
       quantity_of(series) AS quantity
FROM ranked WHERE rank = 1;

-- Why the difference between two points of one series is not shown as a change, or null: the gate against
-- figures that only look alike (another group, a month's count, a part) which the series key did not tell
-- apart. A running total of what only accumulates (dossiers, training, officials sent) does not fall, and no
-- running total but a shortage halves, nor any grows tenfold, between two reports; the points stay, with what
-- they were compared to.
CREATE OR REPLACE MACRO change_withheld(metric, status, count_kind, value, previous_value) AS
    CASE
        WHEN count_kind <> 'total' OR previous_value IS NULL THEN NULL
        WHEN value < previous_value
             AND (metric IN ('dossiers_received', 'dossiers_resolved', 'dossiers_online', 'dossiers_on_time',
                             'staff_training')
                  OR (metric = 'staff_transfer' AND coalesce(status, 'done') = 'done'))
            THEN 'a running total that only accumulates fell'
        -- (a shortage is meant to shrink: it may halve)
        WHEN previous_value > 0
             AND ((value < previous_value / 2 AND metric <> 'staff_shortage') OR value > previous_value * 10)
            THEN 'a running total halved or grew tenfold'
    END;

-- The rest of a timeline row, each from the points of the table `points` (points_of's columns); Store.settle
-- recomputes each for the rows a write may have changed only.

-- A point's change from the day before in its series. Each dated day of a series with a value: a change needs one
-- point on each of two days (two values of one source on a day are two figures, and which of them the next
-- day's continues is not known).
CREATE OR REPLACE MACRO changes_of(points) AS TABLE
WITH days AS (
    SELECT series, as_of, count(*) AS n,
           any_value(value) AS value, any_value(value_max) AS value_max, any_value(article_ids) AS article_ids,
           any_value(evidence) AS evidence, any_value(count_kind) AS count_kind, any_value(kind) AS kind,
           any_value(metric) AS metric, any_value(status) AS status
    FROM query_table(points) WHERE as_of IS NOT NULL AND value IS NOT NULL
    GROUP BY series, as_of
),
steps AS (
    SELECT *,
           lag(n) OVER series_days AS previous_n,
           lag(value) OVER series_days AS previous_value,
           lag(value_max) OVER series_days AS previous_value_max,
           lag(as_of) OVER series_days AS previous_as_of,
           lag(article_ids) OVER series_days AS previous_article_ids,
           lag(evidence) OVER series_days AS previous_evidence
    FROM days
    WINDOW series_days AS (PARTITION BY series ORDER BY as_of)
),
compared AS (
    -- a batch ("thêm 140") is no level and a range no figure: the difference from the one before means nothing
    SELECT *, change_withheld(metric, status, count_kind, value, previous_value) AS withheld
    FROM steps
    WHERE n = 1 AND previous_n = 1 AND coalesce(count_kind, '') <> 'batch' AND coalesce(kind, '') <> 'additional'
      AND value_max IS NULL AND previous_value_max IS NULL
      -- news is a later report: an article that dates one figure twice (a lead and a body) reports no change
      AND NOT list_has_all(previous_article_ids, article_ids)
)
SELECT series, as_of, CASE WHEN withheld IS NULL THEN value - previous_value END AS change, previous_value,
       previous_as_of, previous_article_ids, previous_evidence, withheld
FROM compared;

-- A proposal or plan later adopted or carried out: the same quantity under an earlier status.
CREATE OR REPLACE MACRO steps_of(points) AS TABLE
WITH quantities AS (SELECT * FROM query_table(points) WHERE as_of IS NOT NULL AND value IS NOT NULL),
earlier_status AS (
    -- one per day, the same every time: the later stage, then the most sources, then the smaller value
    SELECT quantity, as_of, status, value, article_ids FROM quantities WHERE status IN ('proposed', 'planned')
    QUALIFY row_number() OVER (PARTITION BY quantity, as_of
                               ORDER BY status = 'planned' DESC, n_sources DESC, value, article_ids) = 1
)
SELECT q.series, q.as_of, q.value, e.status AS step_from_status, e.value AS step_from_value,
       e.as_of AS step_from_as_of, e.article_ids AS step_from_article_ids
FROM (SELECT * FROM quantities WHERE status IN ('planned', 'done')) q
ASOF JOIN earlier_status e ON e.quantity = q.quantity AND q.as_of >= e.as_of
WHERE e.status <> q.status AND NOT (q.status = 'planned' AND e.status = 'planned');

-- A whole's breakdown: the points that are its parts on its day, from its articles.
CREATE OR REPLACE MACRO breakdowns_of(points) AS TABLE
SELECT w.series, w.as_of, w.value,
       list({'series': pt.series, 'value': pt.value, 'specialty': pt.specialty, 'level': pt.level,
             'kind': pt.kind, 'population': pt.population, 'commune': pt.commune}
            ORDER BY pt.value DESC, pt.series) AS parts
FROM query_table(points) w JOIN query_table(points) pt
  ON pt.part_of = w.series AND pt.as_of IS NOT DISTINCT FROM w.as_of
 AND len(list_intersect(pt.all_article_ids, w.all_article_ids)) > 0
GROUP BY w.series, w.as_of, w.value;

-- The timeline rows of the points in the table `points`: each point with its change, status step and breakdown.
CREATE OR REPLACE MACRO linked(points) AS TABLE
WITH p AS (SELECT * FROM query_table(points)),
changes AS (SELECT * FROM changes_of(p)),
stepped AS (SELECT * FROM steps_of(p)),
breakdowns AS (SELECT * FROM breakdowns_of(p))
SELECT p.province, p.commune, p.metric, p.series, p.part_of, b.parts, p.kind, p.level, p.from_level, p.to_level,
       p.specialty, p.population, p.count_kind, p.unit, p.detail, p.status, p.period_start, p.period_end, p.as_of,
       p.value, p.value_max, p.total, p.approx,
       c.change, c.previous_value, c.previous_as_of, c.previous_article_ids, c.previous_evidence, c.withheld,
       s.step_from_status, s.step_from_value, s.step_from_as_of, s.step_from_article_ids,
       p.n_sources, p.sources, p.urls, p.article_ids, p.evidence, p.confidence, p.conflict, p."values", p.all_urls,
       p.all_article_ids, p.first_reported_on, p.last_reported_on, p.quantity
FROM p
LEFT JOIN changes c ON c.series = p.series AND c.as_of = p.as_of
LEFT JOIN stepped s ON s.series = p.series AND s.as_of = p.as_of AND s.value = p.value
LEFT JOIN breakdowns b ON b.series = p.series AND b.as_of IS NOT DISTINCT FROM p.as_of AND b.value IS NOT DISTINCT FROM p.value;

-- The timeline as it stood on last_day (only reports of articles of that day or before), for the series in
-- keys (NULL: all), computed from the facts. timeline_points keeps it for the open end (Store.write).
CREATE OR REPLACE MACRO timeline_of(last_day, keys) AS TABLE
WITH wanted AS (SELECT DISTINCT series, as_of AS day FROM facts WHERE keys IS NULL OR list_contains(keys, series)),
points AS (SELECT * FROM points_of(last_day, wanted))
SELECT * FROM linked(points);

-- The timeline at the open end, kept as data: Store.write recomputes the points an article touches.
CREATE TABLE IF NOT EXISTS timeline_points AS SELECT * FROM timeline_of(DATE '9999-12-31', NULL) LIMIT 0;

-- The points written facts touched that timeline_points does not yet show: Store.write notes them in its own
-- transaction, Store.settle recomputes them all at once (before the writer lets readers in), so a batch of
-- articles pays the timeline's reads once. A process killed in between leaves them for the next open.
CREATE TABLE IF NOT EXISTS timeline_pending (
    series VARCHAR NOT NULL,
    part_of VARCHAR,
    day DATE,                        -- the fact's as_of; null: an undated figure
    quantity VARCHAR                 -- quantity_of(series): its other statuses are linked again too
);

CREATE OR REPLACE VIEW timeline AS SELECT * FROM timeline_points;

-- The timeline as it stood on a day: a past week's digest reads the same whenever it is made. Kept rows all of
-- whose reports came by then are as they were, but for what reports after the day changed: points reported before
-- and after it (computed again from the reports of then), and the rows of their quantity (a series and its
-- other statuses) from the earliest such day on, whose change or status step may read them. Those rows are linked again, from their points and what the linking reads before
-- that day: each series' last dated day and the quantity's earlier statuses.
CREATE OR REPLACE MACRO timeline_until(last_day) AS TABLE
WITH marks AS (
    SELECT rowid AS id, series, quantity, part_of, as_of, value, status, first_reported_on,
           last_reported_on IS NULL OR last_reported_on <= last_day AS by_then
    FROM timeline_points
),
settled AS (SELECT quantity, max(as_of) AS until FROM marks WHERE by_then GROUP BY quantity),
-- reports after the day that change the rows of their quantity: a point reported before and after it, or a
-- later report dated before points of then
affecting AS (
    SELECT m.quantity, m.as_of FROM marks m LEFT JOIN settled s USING (quantity)
    -- (a part reported later in a breakdown is in an article that reports its whole too: the whole's point is one
    -- of these)
    WHERE NOT m.by_then AND (m.first_reported_on <= last_day OR m.as_of IS NULL OR m.as_of <= s.until)
),
since AS (SELECT quantity, min(as_of) AS day, bool_or(as_of IS NULL) AS undated FROM affecting GROUP BY quantity),
redo AS (
    SELECT m.* FROM marks m JOIN since s USING (quantity)
    WHERE m.by_then AND (m.as_of >= s.day OR (m.as_of IS NULL AND s.undated))
),
before AS (
    SELECT m.id FROM marks m JOIN since s USING (quantity)
    WHERE m.by_then AND m.as_of < s.day AND m.value IS NOT NULL
    QUALIFY m.status IN ('proposed', 'planned') OR m.as_of = max(m.as_of) OVER (PARTITION BY m.series)
),
later AS (
    SELECT DISTINCT series, as_of AS day FROM marks
    WHERE NOT by_then AND (first_reported_on IS NULL OR first_reported_on <= last_day)
),
context AS (
    SELECT id FROM redo
    UNION SELECT id FROM before
    -- the parts of the wholes linked again, kept or computed again
    UNION SELECT pt.id FROM marks pt
          JOIN (SELECT series, as_of FROM redo UNION SELECT series, day FROM later) w
            ON pt.part_of = w.series AND pt.as_of IS NOT DISTINCT FROM w.as_of
          WHERE pt.by_then
),
points AS (
    SELECT * EXCLUDE (parts, change, previous_value, previous_as_of, previous_article_ids, previous_evidence,
                      withheld,
                      step_from_status, step_from_value, step_from_as_of, step_from_article_ids)
    FROM timeline_points WHERE rowid IN (SELECT id FROM context)
    UNION ALL BY NAME
    SELECT * FROM points_of(last_day, later)
)
SELECT l.* FROM linked(points) l JOIN since s USING (quantity)
WHERE l.as_of >= s.day OR (l.as_of IS NULL AND s.undated)
UNION ALL BY NAME
SELECT * FROM timeline_points
WHERE (last_reported_on IS NULL OR last_reported_on <= last_day) AND rowid NOT IN (SELECT id FROM redo);

-- The latest reported ("done") value of each series.
CREATE OR REPLACE VIEW latest AS
SELECT * FROM timeline_points
WHERE value IS NOT NULL AND coalesce(status, 'done') = 'done'
-- province and metric lead the partition (series implies both) so their filters apply before the window
QUALIFY row_number() OVER (PARTITION BY province, metric, series ORDER BY as_of DESC NULLS LAST, n_sources DESC,
                                                                     value) = 1;
