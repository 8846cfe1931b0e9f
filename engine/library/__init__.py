"""File-level library operations: verify, tag, cover, lyrics, organise, scan and playlists.

Everything here is synchronous file I/O (mutagen + Pillow; no DB, network or Qt): workers call
it through ``loop.run_in_executor``. Entry points: ``verify.verify_download``,
``tags.write_tags``/``read_tags``, ``artwork.embed_cover``/``write_folder_cover``,
``lyrics_file.write_lrc``/``embed_plain_lyrics``, ``naming.library_target``,
``organise.organise_file``/``remove_partial_files``, ``scan.scan_library``, ``m3u.write_m3u8``.
"""
