"""URLs as the crawler compares them: canonical (fetchable) form, and the identity that names an article."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only track where a reader came from; dropped from canonical URLs.
_TRACKING_PREFIXES = (
    "utm_",  # Google Analytics campaign tags (utm_source, utm_medium, ...)
)
_TRACKING_PARAMS = {
    "fbclid",  # Facebook click id
    "gclid",  # Google Ads click id
    "dclid",  # Google Display click id
    "msclkid",  # Microsoft Ads click id
    "yclid",  # Yandex click id
    "igshid",  # Instagram share id
    "mc_cid",  # Mailchimp campaign id
    "mc_eid",  # Mailchimp subscriber id
    "_ga",  # Google Analytics cross-domain linker
    "zarsrc",  # Zalo share source, common on Vietnamese outlets
    "gidzl",  # Zalo click id
}
# Query switches that only ask for the AMP rendering of the same article (?amp, ?amp=1, ?outputType=amp).
_AMP_PARAMS = {"amp", "outputtype"}
# Host prefixes of mobile or AMP copies of a site; an article's identity ignores them (see identity_url).
_MIRROR_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def canonical_url(url: str, base: str | None = None) -> str:
    """url (resolved against base) as fetched: no fragment, tracking or AMP parameters, no /amp suffix,
    scheme and host lower-cased, default port dropped."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if _kept(key, value)]
    return urlunsplit((scheme, host, _without_amp_suffix(parts.path) or "/", urlencode(query), ""))


MAX_URL_LENGTH = 2048


def listed_url(link: str, base: str) -> tuple[str | None, str | None]:
    """A listing's link as (canonical URL, None), or (None, why it cannot be fetched); (None, None) for a
    link that is no web page at all (mailto:, javascript:), which listings hold and nobody needs told."""
    try:
        absolute = urljoin(base, link.strip())
    except ValueError as error:
        return None, str(error) or "not a URL"
    scheme = absolute.split(":", 1)[0].lower() if ":" in absolute else ""
    if scheme.isalpha() and scheme not in _DEFAULT_PORTS:
        return None, None
    problem = url_problem(absolute)
    if problem:
        return None, problem
    try:
        return canonical_url(absolute), None
    except ValueError as error:  # url_problem should have caught it; never lose the listing over one link
        return None, str(error) or "not a URL"


def url_problem(url: str) -> str | None:
    """Why url (absolute, as a listing gave it) cannot be fetched: not http(s), no host, a port out of
    range, a broken IPv6 literal, spaces or control characters, too long; None if it can."""
    if len(url) > MAX_URL_LENGTH:
        return f"longer than {MAX_URL_LENGTH} characters"
    if any(ord(char) < 32 or ord(char) == 127 for char in url):
        return "control characters in it"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        return str(error) or "not a URL"
    if any(char.isspace() for char in parts.netloc):
        return "spaces in its host"
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return f"scheme {parts.scheme or 'missing'!r}, not http(s)"
    if not parts.hostname:
        return "no host"
    if port == 0:
        return "port 0"
    try:
        parts.hostname.encode("idna")
    except UnicodeError:
        return "a host name that is not valid"
    return None


def identity_url(url: str) -> str:
    """The canonical URL with mobile, AMP and www host prefixes removed: m.example.vn/a and
    www.example.vn/a are one article. Only for naming articles, never for fetching (m. may be its own host)."""
    parts = urlsplit(canonical_url(url))
    host = parts.netloc
    for prefix in _MIRROR_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def host_key(url: str) -> tuple[str, int | None]:
    """What politeness is counted per: host and port. Never raises: a URL whose port cannot be read (":99999")
    is keyed by its netloc, and its request then fails with a one-line error like any bad URL."""
    try:
        parts = urlsplit(url)
        return (parts.hostname or "", parts.port or _DEFAULT_PORTS.get(parts.scheme))
    except ValueError:
        return (url, None)


def _kept(key: str, value: str) -> bool:
    key = key.lower()
    if key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES):
        return False
    # ?amp and ?amp=1 switch to the AMP copy; ?outputType=amp too. Other values may mean something else.
    return not (key in _AMP_PARAMS and value.lower() in ("", "1", "true", "amp"))


def _without_amp_suffix(path: str) -> str:
    """/a/b.html/amp, /a/b/amp/ → /a/b.html, /a/b/ (the WordPress and outlet AMP endpoints)."""
    for suffix in ("/amp/", "/amp"):
        if path.endswith(suffix) and len(path) > len(suffix):
            trimmed = path[: -len(suffix)]
            return trimmed + "/" if suffix.endswith("/") else trimmed
    return path
