"""Failure reasons are stored as a code and a technical detail (engine.domain.failure_codes),
so the GUI can show them in the user's language."""

from __future__ import annotations

from engine.clients.slskd_models import Transfer
from engine.domain import failure_codes as fc
from engine.domain.models import Decision, DownloadState, RankedCandidate, SoulseekFile
from engine.library.models import VerifyResult
from engine.services.acquisition_completion import verify_failure
from engine.services.acquisition_matching import _no_match_reason
from engine.services.acquisition_transfer import _transfer_failure


def _candidate(name: str, confidence: float, *reasons: str) -> RankedCandidate:
    return RankedCandidate(SoulseekFile("peer", f"Music\\Artist\\{name}", 1000), confidence,
                           Decision.REJECT, reasons)


def test_a_round_without_results_stores_its_code() -> None:
    assert _no_match_reason([]) == "match.no_results"


def test_a_round_without_an_acceptable_file_names_the_best_one() -> None:
    ranked = [_candidate("a.mp3", 0.2), _candidate("b.flac", 0.42, "title differs", "live")]
    assert _no_match_reason(ranked) == \
        "match.none_acceptable: 'b.flac' 0.42 (title differs; live)"
    assert _no_match_reason([_candidate("c.mp3", 0.1)]) == "match.none_acceptable: 'c.mp3' 0.10"


def test_a_failed_transfer_keeps_slskds_words_as_detail() -> None:
    def transfer(state: DownloadState, raw: str, exception: str | None) -> Transfer:
        return Transfer("t1", "peer", "f.mp3", "Download", 1, state, raw, exception=exception)

    assert _transfer_failure(transfer(DownloadState.REJECTED, "Completed, Rejected", "Banned")) \
        == "transfer.rejected: Completed, Rejected: Banned"
    assert _transfer_failure(transfer(DownloadState.TIMED_OUT, "Completed, TimedOut", None)) \
        == "transfer.timed_out: Completed, TimedOut"
    assert _transfer_failure(transfer(DownloadState.FAILED, "Completed, Failed", None)) \
        == "transfer.failed: Completed, Failed"


def test_a_failed_verification_stores_its_code_and_the_numbers() -> None:
    size = VerifyResult("/x", "verify.size_mismatch", "The file is truncated", size=100)
    assert verify_failure(size, 200, None) == "verify.size_mismatch: 100 B ≠ 200 B"
    length = VerifyResult("/x", "verify.duration_mismatch", "Length …", duration_s=30.0)
    assert verify_failure(length, None, 241.5) == "verify.duration_mismatch: 30.0 s ≠ 241.5 s"
    assert verify_failure(VerifyResult("/x", "verify.empty", "empty"), 1, 1.0) == "verify.empty"


def test_the_stored_text_is_capped() -> None:
    assert fc.failure(fc.TRANSFER_LOST) == "transfer.lost"
    assert fc.failure(fc.TRANSFER_NO_PROGRESS, "") == "transfer.no_progress"
    assert len(fc.failure(fc.MATCH_NONE_ACCEPTABLE, "x" * 2000)) == fc.MAX_LENGTH
