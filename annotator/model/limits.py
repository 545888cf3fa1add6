"""Sizes no real study reaches, past which a project would only get slow.

An hour of interview is about 50,000 characters and a large study some 50,000
codings. Beyond these limits the app refuses in one sentence instead of working on
for minutes (a transcript of three million characters opens in about two seconds;
100,000 codings open in about six). The README lists them.
"""

from __future__ import annotations

MAX_TRANSCRIPT_CHARS = 3_000_000
"""Characters in one transcript: some sixty hours of talk. A coding is never longer."""

MAX_CODINGS = 100_000
"""Codings in one project."""
