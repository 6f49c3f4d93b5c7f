"""Content-Encoding undone by hand, layer by layer, never past the size cap: a small page that inflates to
gigabytes (a decompression bomb), too many layers or a broken stream is refused, and memory stays at a few
pieces per layer whatever the ratio. httpx would inflate the whole body first."""

from __future__ import annotations

import zlib
from typing import Any


class EncodingError(Exception):
    """A body that cannot be decoded, or must not be: str() is the one line to show."""


# Content-Encoding: what we ask for and undo ourselves, layer by layer, never past the size cap.
ACCEPT_ENCODING = "gzip, deflate"
MAX_ENCODING_LAYERS = 2  # "gzip, gzip" is the most a real server sends (and it is rare)
MAX_RATIO = 200  # decoded ÷ received; HTML gzips 5–15 to 1, a decompression bomb a million to 1
RATIO_FLOOR = 1_000_000  # below this many decoded bytes no ratio is absurd
_PIECE = 65536  # decoded bytes per step: memory stays at a few pieces per layer, whatever the ratio


class BodyDecoder:
    """Undo a response's Content-Encoding layers as the raw bytes come, keeping at most `limit` decoded
    bytes (and as much per intermediate layer): `full` says the cap was reached. Raises FetchError for
    too many or unknown layers, broken data, or a decompression bomb (an absurd ratio)."""

    def __init__(self, header: str, limit: int) -> None:
        encodings = [name.strip().lower() for name in header.split(",") if name.strip()]
        encodings = [name for name in encodings if name != "identity"]
        if len(encodings) > MAX_ENCODING_LAYERS:
            raise EncodingError(
                f"refused: {len(encodings)} content-encoding layers ({header.strip()}), at most {MAX_ENCODING_LAYERS}"
            )
        for name in encodings:
            if name not in ("gzip", "x-gzip", "deflate"):
                raise EncodingError(f"unsupported content encoding {name!r}")
        self.names = encodings
        self.layers: list[Any] = [_inflater(name) for name in reversed(encodings)]  # the last applied, first undone
        self.produced = [0] * len(self.layers)
        self.limit = limit
        self.out = bytearray()
        self.received = 0
        self.full = False

    def feed(self, raw: bytes) -> None:
        self.received += len(raw)
        self._push(0, raw)
        decoded = len(self.out) if not self.layers else self.produced[-1]
        if self.layers and decoded > RATIO_FLOOR and decoded > MAX_RATIO * self.received:
            raise EncodingError(
                f"refused: decompression bomb ({', '.join(self.names)}: {self.received} bytes inflate past "
                f"{decoded}, more than {MAX_RATIO} to 1)"
            )

    def _push(self, level: int, data: bytes) -> None:
        if level == len(self.layers):
            room = self.limit - len(self.out)
            self.out += data[:room]
            self.full = self.full or len(data) > room
            return
        layer = self.layers[level]
        while not self.full:
            try:
                piece = layer.decompress(data, _PIECE)
            except zlib.error as error:
                raise EncodingError(f"broken {self.names[-1 - level]} content encoding ({error})") from None
            data = layer.unconsumed_tail
            self.produced[level] += len(piece)
            if piece:
                self._push(level + 1, piece)
            if self.produced[level] > self.limit and level < len(self.layers) - 1:
                self.full = True  # an intermediate layer past the cap: what it still holds would only add more
                return
            if layer.eof or (not data and len(piece) < _PIECE):
                return  # all in; anything after the end of the stream is ignored, as httpx does


class _Deflate:
    """Content-Encoding deflate: zlib-wrapped as the RFC says, or raw deflate as some servers send."""

    def __init__(self) -> None:
        self._inner: Any = zlib.decompressobj()
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._inner.decompress(data, max_length)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail

    @property
    def eof(self) -> bool:
        return self._inner.eof


def _inflater(name: str) -> Any:
    return _Deflate() if name == "deflate" else zlib.decompressobj(zlib.MAX_WBITS | 16)
