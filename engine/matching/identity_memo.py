"""Identity evidence for one ranking, shared by the files that share a name or a folder.

A response's files share file names ("01 - Intro.flac" in many albums) and folders (a whole album
per folder). A file's evidence is made of what its name says and what its folders say, so each
is worked out once per distinct name and once per distinct folder chain; the fuzzy fallbacks run
once over those, and the judgement once per distinct evidence and length. The path strings
themselves are the first keys: looking a string up costs far less than parsing it.
"""

from __future__ import annotations

from engine.matching import identity as ident
from engine.matching.fuzzy import artist_from_top, artist_tops, fuzzy_titles
from engine.matching.judge import Judge, Judged
from engine.matching.junk import PREVIEW_WORDS
from engine.matching.paths import folder_words, name_words, parse_path, split_remote
from engine.matching.settings import MatchingSettings


class StemFacts:
    """A distinct file-name word sequence and what it says for this ranking (the evidence is
    set for names of files that are not junk, see :func:`identity.stem_evidence`)."""

    __slots__ = ("artist_hits", "extra", "extra_words", "fuzzy_artist", "fuzzy_title", "hits",
                 "preview", "signature", "span", "tags", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # The preview-word junk test runs for every file; its answer depends on the words only.
        self.preview = not PREVIEW_WORDS.isdisjoint(words)
        self.hits = -1  # which distinct artist-hit pattern the evidence has; -1: no evidence yet
        self.span: tuple[int, int] | None = None
        self.artist_hits: tuple[int, ...] = ()
        self.tags: frozenset[str] = frozenset()
        self.extra_words: tuple[str, ...] = ()
        self.extra: str | None = None  # the reason naming its extra words (see judge.Judged)
        self.fuzzy_title = 0.0
        self.fuzzy_artist = 0.0
        self.signature = -1  # which distinct (title, fuzzy title, versions, extra word count)


class FolderFacts:
    """A distinct folder chain (nearest first) and what it says for this ranking."""

    __slots__ = ("artist_hits", "evidence", "folders", "fuzzy_artist", "hits", "signature",
                 "title_in_folder")

    def __init__(self, folders: tuple[tuple[str, ...], ...]) -> None:
        self.folders = folders
        self.evidence: ident.FolderEvidence | None = None
        self.title_in_folder = False
        self.artist_hits: tuple[int, ...] = ()
        self.hits = -1  # as StemFacts.hits
        self.fuzzy_artist = 0.0
        self.signature = -1  # which distinct (title in folder, album, versions)


Source = tuple[StemFacts, FolderFacts, float]  # a file's name, folders and exact artist score


class IdentityMemo:
    """Identity evidence for one wanted track over one response (see the module doc). Use:
    :meth:`source` per file, then :meth:`fill_fuzzy` once, then :meth:`judged` per file."""

    def __init__(self, wanted: ident.WantedProfile, judge: Judge) -> None:
        self.wanted, self._judge = wanted, judge
        self._names: dict[str, StemFacts] = {}
        self._stems: dict[tuple[str, ...], StemFacts] = {}
        self._heads: dict[str, FolderFacts] = {}
        self._chains: dict[tuple[tuple[str, ...], ...], FolderFacts] = {}
        self._hit_patterns: dict[tuple[int, ...], int] = {}
        self._artists: dict[tuple[int, int], float] = {}
        self._name_signatures: dict[tuple[bool, float, frozenset[str], int], int] = {}
        self._folder_signatures: dict[tuple[bool, float, frozenset[str]], int] = {}
        self._judged: dict[tuple[int, int, float, float, bool], Judged] = {}
        self._durations = judge.durations
        # Names and chains of files without exact title or artist, for the fuzzy fallbacks.
        self._fuzzy_title: dict[StemFacts, None] = {}
        self._fuzzy_artist: tuple[dict[FolderFacts, None], dict[StemFacts, None]] = ({}, {})

    def locate(self, filename: str) -> tuple[StemFacts, FolderFacts]:
        """The name and folder facts of a remote path (parsed as :func:`paths.parse_path`)."""
        head, name = split_remote(filename)
        if not name:
            path = parse_path(filename)
            return self._stem(path.stem_words), self._chain(path.folders)
        stem = self._names.get(name)
        if stem is None:
            stem = self._names[name] = self._stem(name_words(name))
        folder = self._heads.get(head)
        if folder is None:
            folder = self._heads[head] = self._chain(folder_words(head))
        return stem, folder

    def source(self, stem: StemFacts, folder: FolderFacts) -> Source:
        """What a file that is not junk needs for :meth:`judged`; notes the fuzzy work."""
        if stem.hits < 0:
            self._name_evidence(stem)
        if folder.hits < 0:
            self._folder_evidence(folder)
        pair = (stem.hits, folder.hits)
        artist = self._artists.get(pair)
        if artist is None:
            artist = self._artists[pair] = ident.artist_score(
                self.wanted, stem.artist_hits, folder.artist_hits)
        if stem.span is None and not folder.title_in_folder:
            self._fuzzy_title[stem] = None
        if artist == 0.0:
            self._fuzzy_artist[0][folder] = None
            self._fuzzy_artist[1][stem] = None
        return stem, folder, artist

    def _name_evidence(self, stem: StemFacts) -> None:
        stem.span, stem.artist_hits, stem.tags, extra = ident.stem_evidence(self.wanted,
                                                                            stem.words)
        patterns = self._hit_patterns
        stem.hits = patterns.setdefault(stem.artist_hits, len(patterns))
        if extra:
            stem.extra_words = extra
            stem.extra = "extra words: " + " ".join(extra[:4])

    def _folder_evidence(self, folder: FolderFacts) -> None:
        folder.evidence = fev = ident.folder_evidence(self.wanted, folder.folders)
        folder.title_in_folder, folder.artist_hits = fev.title_in_folder, fev.artist_hits
        patterns = self._hit_patterns
        folder.hits = patterns.setdefault(fev.artist_hits, len(patterns))
        # Equal signatures mean equal inputs to the judge, so their files share judgements.
        signatures = self._folder_signatures
        folder.signature = signatures.setdefault(
            (fev.title_in_folder, fev.album, fev.version_tags), len(signatures))

    def fill_fuzzy(self, settings: MatchingSettings) -> None:
        """Fuzzy title and artist scores for every name and chain that needs them."""
        stems = list(self._fuzzy_title)
        for stem, title in zip(stems, fuzzy_titles(self.wanted, [s.words for s in stems],
                                                   settings), strict=True):
            stem.fuzzy_title = title
        chains, names = list(self._fuzzy_artist[0]), list(self._fuzzy_artist[1])
        chain_tops, name_tops = artist_tops(
            self.wanted, [c.folders for c in chains], [n.words for n in names], settings)
        # A file's fuzzy artist evidence is that of the best of its chain's and its name's
        # scores; the evidence grows with the score, so it is the larger of the two evidences.
        for chain, top in zip(chains, chain_tops, strict=True):
            chain.fuzzy_artist = artist_from_top(top, settings)
        for name, top in zip(names, name_tops, strict=True):
            name.fuzzy_artist = artist_from_top(top, settings)

    def judged(self, source: Source, length_s: int | None) -> tuple[Judged, str]:
        """The judgement of a file with this source and length (after :meth:`fill_fuzzy`), and
        the note on its length (left out of the judgement, see :class:`judge.Judged`)."""
        stem, folder, artist = source
        if artist == 0.0:
            artist = max(folder.fuzzy_artist, stem.fuzzy_artist)
        signature = stem.signature
        if signature < 0:  # known once the fuzzy title is
            signatures = self._name_signatures
            signature = stem.signature = signatures.setdefault(
                (stem.span is not None, stem.fuzzy_title, stem.tags, len(stem.extra_words)),
                len(signatures))
        duration = self._durations.get(length_s)
        if duration is None:
            duration = self._judge.duration(length_s)
        score, note, reject = duration
        key = (signature, folder.signature, artist, score, reject)
        found = self._judged.get(key)
        if found is None:
            fev = folder.evidence
            assert fev is not None
            # identity.combine's title and versions, with the fuzzy title as the fallback.
            in_folder = 0.75 if fev.title_in_folder else stem.fuzzy_title
            found = self._judged[key] = self._judge.judge_values(
                1.0 if stem.span is not None else in_folder, artist, fev.album,
                stem.tags | fev.version_tags if fev.version_tags else stem.tags,
                len(stem.extra_words), score, reject)
        return found, note

    def _stem(self, words: tuple[str, ...]) -> StemFacts:
        found = self._stems.get(words)
        if found is None:
            found = self._stems[words] = StemFacts(words)
        return found

    def _chain(self, folders: tuple[tuple[str, ...], ...]) -> FolderFacts:
        found = self._chains.get(folders)
        if found is None:
            found = self._chains[folders] = FolderFacts(folders)
        return found
