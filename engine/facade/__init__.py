"""Facade sections: the typed contracts between the GUI and the engine's services.

``contracts`` declares each section as a Protocol with its DTOs; services implement them and
register the implementation in ``engine.facades[<name>]``; :class:`engine.api.HarmonyService`
exposes them as attributes (``service.downloads``, ``service.watchlist``, …).
"""
