"""Why a download, a match round or an artist check failed, as stable codes the GUI translates.

A stored reason (``last_error`` of downloads, wanted items and watchlist artists, the
``reason``/``error`` of activity events, a failed candidate's reason) is a code, optionally
followed by :data:`SEPARATOR` and a technical detail that needs no translation: a file name, a
confidence, slskd's state string, or another error code with its own message
(``transfer.rejected: Completed, Rejected``). The GUI splits at the first separator,
translates the code and shows the detail as it is; text it does not know (rows written before
the codes existed) is shown unchanged.

Codes of :mod:`engine.errors` (``slskd.peer_offline``) are used as they are; the verification
(:mod:`engine.library.verify`) takes its ``verify.*`` codes from here.
"""

from __future__ import annotations

from typing import Final

SEPARATOR: Final = ": "
#: the columns hold text, but a reason is read in a table cell: keep it short
MAX_LENGTH: Final = 500

# matching round
MATCH_NO_RESULTS: Final = "match.no_results"
MATCH_NONE_ACCEPTABLE: Final = "match.none_acceptable"

# transfer
TRANSFER_ALL_FAILED: Final = "transfer.all_failed"
TRANSFER_NOT_ACCEPTED: Final = "transfer.not_accepted"
TRANSFER_REJECTED: Final = "transfer.rejected"
TRANSFER_ERRORED: Final = "transfer.errored"
TRANSFER_CANCELLED: Final = "transfer.cancelled"
TRANSFER_TIMED_OUT: Final = "transfer.timed_out"
TRANSFER_FAILED: Final = "transfer.failed"
TRANSFER_STUCK_IN_QUEUE: Final = "transfer.stuck_in_queue"
TRANSFER_NO_PROGRESS: Final = "transfer.no_progress"
TRANSFER_LOST: Final = "transfer.lost"

# completion and verification (engine.library.verify writes the verify.* results)
VERIFY_UNSAFE_NAME: Final = "verify.unsafe_name"
VERIFY_NEVER_APPEARED: Final = "verify.never_appeared"
VERIFY_VANISHED: Final = "verify.vanished"
VERIFY_MISSING: Final = "verify.missing"
VERIFY_EMPTY: Final = "verify.empty"
VERIFY_SIZE_MISMATCH: Final = "verify.size_mismatch"
VERIFY_UNREADABLE: Final = "verify.unreadable"
VERIFY_DURATION_MISMATCH: Final = "verify.duration_mismatch"
VERIFY_NO_DURATION: Final = "verify.no_duration"
VERIFY_SIZE_IMPLAUSIBLE: Final = "verify.size_implausible"

# the user's own actions
USER_CANCELLED: Final = "user.cancelled"
USER_BANNED: Final = "user.banned"

# a pipeline job used up its attempts (detail: the job type and the job's last reason)
JOB_EXHAUSTED: Final = "job.exhausted"

# watchlist (detail: the last check's own code and message)
WATCHLIST_RETRY_BUDGET_EXHAUSTED: Final = "watchlist.retry_budget_exhausted"

ALL: Final = frozenset(value for name, value in dict(globals()).items()
                       if name.isupper() and isinstance(value, str) and "." in value)


def failure(code: str, detail: object = None, *, limit: int = MAX_LENGTH) -> str:
    """The stored form: ``code``, or ``code: detail``; cut to ``limit`` characters."""
    text = code if detail is None or detail == "" else f"{code}{SEPARATOR}{detail}"
    return text[:limit]
