"""Members write Markdown; this is the one place it becomes HTML, sanitised with a strict allowlist.

Markdown passes raw HTML through, so bleach decides what survives: structural tags only, links with
http(s)/mailto URLs only, no attributes but href/title, and every link marked as user content.
"""

import re
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"
MENTION = re.compile(r"(?<![\w@])@([\w.+-]{2,150})")


def _mark_user_link(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_mark_user_link], skip_tags={"pre", "code"})],
)


def render_markdown(source):
    """Markdown source to HTML that is safe to show to anyone."""
    html = markdown.markdown(source or "", extensions=["fenced_code", "sane_lists", "tables"])
    return _cleaner.clean(html)


def mentioned_usernames(source):
    """Usernames written as @usuario in a post, without duplicates, in order."""
    return list(dict.fromkeys(MENTION.findall(source or "")))


def quote(source):
    """A post's source as a Markdown quote, for the start of a reply."""
    return "\n".join(f"> {line}" for line in (source or "").strip().splitlines()) + "\n\n"
