"""Page furniture that web copies and trafilatura leave in an article's text: links to other articles."""

from __future__ import annotations

# A line that heads a block of other articles' headlines ("Tin liên quan", "TIN LIÊN QUAN:"); said
# alone on its line, it starts a block, said before a headline ("Xem thêm: …") it is one link.
RELATED_HEADS = (
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "tin khác",
    "các tin khác",
    "tin mới",
    "tin mới nhất",
    "tin đọc nhiều",
    "đọc nhiều",
    "có thể bạn quan tâm",
    "xem thêm",
    "đọc thêm",
    "mời xem thêm",
    "mời đọc thêm",
)

# the heads that also open a single link inline, followed by its headline on the same line
INLINE_HEADS = ("xem thêm", "đọc thêm", "mời xem thêm", "mời đọc thêm", "tin liên quan", "bài liên quan")
