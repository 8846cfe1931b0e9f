<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>pause (min)</source>
        <translation>Pause (min)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>duplicates merged</source>
        <translation>Duplikate zusammengelegt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links opened</source>
        <translation>Links aufgelöst</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links failed</source>
        <translation>Links fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>already in the library</source>
        <translation>schon in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>days kept</source>
        <translation>Tage aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>tracks added</source>
        <translation>Titel hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>took {0} s</source>
        <translation>dauerte {0} s</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="25" />
        <source>Not tested yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="29" />
        <source>Spotify account</source>
        <translation>Spotify-Konto</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="31" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="35" />
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="36" />
        <source>FREE available</source>
        <translation>FREE verfügbar</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="37" />
        <source>PRO available</source>
        <translation>PRO verfügbar</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="38" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="48" />
        <source>Log in with Spotify</source>
        <translation>Bei Spotify anmelden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="50" />
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="59" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="60" />
        <source>Loading …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="67" />
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="68" />
        <source>Test the connection to the database Harmony uses now.</source>
        <translation>Die Verbindung zur Datenbank prüfen, die Harmony gerade nutzt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="89" />
        <source>The Spotify service is not running.</source>
        <translation>Der Spotify-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="102" />
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="106" />
        <source>built-in (embedded PostgreSQL)</source>
        <translation>eingebaut (eingebettetes PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="107" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="110" />
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="119" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="112" />
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="113" />
        <source>Checked at {0}</source>
        <translation>Geprüft um {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="120" />
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="121" />
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="124" />
        <source>Yes – credentials found.</source>
        <translation>Ja – Credentials erkannt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="124" />
        <source>No – credentials missing.</source>
        <translation>Nein – Zugangsdaten fehlen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="125" />
        <source>Yes – imports and links work without an account.</source>
        <translation>Ja – Importe und Links funktionieren ohne Konto.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="129" />
        <source>Spotify credentials are missing. Enter a client ID to use PRO.</source>
        <translation>Spotify-Credentials fehlen oder sind unvollständig. Client-ID eintragen, um PRO zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="131" />
        <source>Credentials found – log in to enable PRO features.</source>
        <translation>Credentials erkannt – melde dich an, um PRO-Funktionen zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="133" />
        <source>Spotify PRO is fully connected and ready.</source>
        <translation>Spotify PRO ist vollständig verbunden und einsatzbereit.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="139" />
        <source>Spotify login running in your browser …</source>
        <translation>Spotify-Anmeldung läuft im Browser …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="96" />
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="150" />
        <source>Testing …</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="108" />
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="153" />
        <source>❌ Connection could not be checked: {0}</source>
        <translation>❌ Verbindung konnte nicht geprüft werden: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="157" />
        <source>✅ Connection successful</source>
        <translation>✅ Verbindung erfolgreich</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="157" />
        <source>❌ Connection failed</source>
        <translation>❌ Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="76" />
        <source>To use another PostgreSQL server, enter its URL below, test it and choose „Use this database“ (HARMONY_DATABASE_URL, when set, wins).</source>
        <translation>Für einen anderen PostgreSQL-Server gib unten seine URL ein, teste sie und wähle „Diese Datenbank verwenden“ (HARMONY_DATABASE_URL hat Vorrang, wenn gesetzt).</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="27" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="28" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="29" />
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="30" />
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="31" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="32" />
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="33" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="34" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="35" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="48" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="55" />
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="57" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="66" />
        <source>Loading activity …</source>
        <translation>Aktivitäten werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="67" />
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="100" />
        <source>No activity yet.</source>
        <translation>Keine Aktivitäten vorhanden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="71" />
        <source>Select an entry to see its details.</source>
        <translation>Einen Eintrag wählen, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="81" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="95" />
        <source>Activity could not be loaded.</source>
        <translation>Aktivitäten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="99" />
        <source>No activity for this type.</source>
        <translation>Keine Aktivitäten für diesen Typ.</translation>
    </message>
</context>
<context>
    <name>ArtistDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="32" />
        <source>Add artist to the watchlist</source>
        <translation>Artist zur Watchlist hinzufügen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="37" />
        <source>Artist name, e.g. Moderat</source>
        <translation>Artist-Name, z. B. Moderat</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="39" />
        <source>Search Spotify</source>
        <translation>Spotify durchsuchen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="41" />
        <source>Followed artists</source>
        <translation>Gefolgte Artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="48" />
        <source>Searching …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="49" />
        <source>Search for an artist or show followed artists.</source>
        <translation>Nach einem Artist suchen oder gefolgte Artists anzeigen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="53" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="68" />
        <source>Add to watchlist</source>
        <translation>Zur Watchlist hinzufügen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="90" />
        <source>No artists found.</source>
        <translation>Keine Artists gefunden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="99" />
        <source>Choose an artist first.</source>
        <translation>Bitte zuerst einen Artist wählen.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../harmony_desktop/widgets/banner.py" line="32" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="32" />
        <source>All discarded</source>
        <translation>Alles verworfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="34" />
        <source>Partly saved</source>
        <translation>Teilweise gespeichert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="35" />
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="44" />
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="46" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="54" />
        <source>Ø confidence</source>
        <translation>Ø Konfidenz</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="68" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="39" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="72" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="96" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="51" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="71" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="54" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="86" />
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="88" />
        <source>Your choice</source>
        <translation>Deine Wahl</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="90" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="92" />
        <source>Tried</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="99" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="101" />
        <location filename="../../harmony_desktop/models/search_model.py" line="76" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="104" />
        <location filename="../../harmony_desktop/models/search_model.py" line="21" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="37" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="70" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="107" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="110" />
        <location filename="../../harmony_desktop/models/search_model.py" line="69" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="44" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="78" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="113" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="43" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="77" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="114" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="117" />
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="48" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="93" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="51" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="94" />
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="18" />
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="20" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="49" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="73" />
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="56" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="68" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="72" />
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="73" />
        <source>Free slot: {0}, speed {1}/s, queue {2}</source>
        <translation>Freier Slot: {0}, Geschwindigkeit {1}/s, Warteschlange {2}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="118" />
        <location filename="../../harmony_desktop/models/settings_model.py" line="22" />
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="122" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="135" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="125" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="22" />
        <source>No retries</source>
        <translation>Keine Retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="24" />
        <source>1 retry</source>
        <translation>1 Retry</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="25" />
        <source>{0} retries</source>
        <translation>{0} Retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="41" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="75" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="47" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="81" />
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="50" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="53" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="53" />
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="56" />
        <source>Next retry</source>
        <translation>Nächster Retry</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="59" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="61" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="63" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="70" />
        <source>Unnamed upload</source>
        <translation>Unbenanntes Upload</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="89" />
        <source>No additional details reported.</source>
        <translation>Keine zusätzlichen Details gemeldet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="94" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="99" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="108" />
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="109" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="110" />
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="111" />
        <source>Downloads folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="122" />
        <source>No value set</source>
        <translation>Kein Wert hinterlegt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="127" />
        <source>Set</source>
        <translation>Hinterlegt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="128" />
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="134" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="14" />
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="15" />
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="16" />
        <source>Compilation</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="17" />
        <source>Appears on</source>
        <translation>Beteiligt an</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="18" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="28" />
        <source>Paused until {0}</source>
        <translation>Pausiert bis {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="29" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="31" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="32" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="41" />
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="43" />
        <source>Every {0} d</source>
        <translation>Alle {0} Tage</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="44" />
        <source>Every {0} h</source>
        <translation>Alle {0} Std.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="56" />
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="57" />
        <source>Release types</source>
        <translation>Release-Typen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="59" />
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="62" />
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="66" />
        <source>{0} known, {1} new</source>
        <translation>{0} bekannt, {1} neu</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="65" />
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="74" />
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="76" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="79" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="75" />
        <source>Followed</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="77" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="80" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="78" />
        <source>On watchlist</source>
        <translation>Auf der Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="22" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="67" />
        <location filename="../../harmony_desktop/models/search_model.py" line="64" />
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="23" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="66" />
        <location filename="../../harmony_desktop/models/search_model.py" line="62" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="24" />
        <location filename="../../harmony_desktop/models/search_model.py" line="19" />
        <location filename="../../harmony_desktop/models/search_model.py" line="65" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="13" />
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="25" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="108" />
        <location filename="../../harmony_desktop/models/search_model.py" line="66" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="27" />
        <location filename="../../harmony_desktop/models/import_model.py" line="38" />
        <location filename="../../harmony_desktop/models/import_model.py" line="48" />
        <location filename="../../harmony_desktop/models/log_model.py" line="35" />
        <location filename="../../harmony_desktop/models/playlists_model.py" line="58" />
        <location filename="../../harmony_desktop/models/search_model.py" line="59" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="36" />
        <location filename="../../harmony_desktop/models/search_model.py" line="60" />
        <location filename="../../harmony_desktop/models/search_model.py" line="120" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="37" />
        <source>Spotify ID</source>
        <translation>Spotify-ID</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="49" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="50" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="31" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="33" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="36" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="98" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="16" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="133" />
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="18" />
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="20" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="18" />
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="19" />
        <location filename="../../harmony_desktop/models/playlists_model.py" line="26" />
        <source>Liked Songs</source>
        <translation>Lieblingssongs</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="20" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="37" />
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="46" />
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="55" />
        <source>Playlist</source>
        <extracomment>(playlist id, wanted on/off) — the user ticked or cleared a sync checkbox</extracomment>
        <translation>Playlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="57" />
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="60" />
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="62" />
        <source>In library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="64" />
        <source>{0} of {1} tracks are in the library</source>
        <translation>{0} von {1} Titeln sind in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="66" />
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="67" />
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="68" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="70" />
        <source>Imported lists have nothing to sync from Spotify.</source>
        <translation>Importierte Listen haben bei Spotify nichts zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="72" />
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="74" />
        <source>M3U file</source>
        <translation>M3U-Datei</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="76" />
        <source>Written after the first sync with tracks in the library.</source>
        <translation>Wird nach der ersten Synchronisierung mit Titeln in der Bibliothek geschrieben.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="54" />
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="58" />
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server eines verlangt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="59" />
        <source>Database password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="61" />
        <source>Other database</source>
        <translation>Andere Datenbank</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="57" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="43" />
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="73" />
        <source>Connect to this database once and report what Harmony would find there.</source>
        <translation>Einmal mit dieser Datenbank verbinden und zeigen, was Harmony dort vorfände.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="43" />
        <source>Use this database</source>
        <translation>Diese Datenbank verwenden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="77" />
        <source>Save it in the configuration file; Harmony uses it from the next start.</source>
        <translation>In der Konfigurationsdatei speichern; Harmony verwendet sie ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="114" />
        <source>Testing …</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="138" />
        <source>Harmony's schema is there and up to date (revision {0}).</source>
        <translation>Harmonys Schema ist vorhanden und aktuell (Revision {0}).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="138" />
        <source>Harmony's schema is there at revision {0}; the next start updates it to {1}.</source>
        <translation>Harmonys Schema ist in Revision {0} vorhanden; der nächste Start aktualisiert es auf {1}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="141" />
        <source>The database is empty; Harmony creates its schema at the next start.</source>
        <translation>Die Datenbank ist leer; Harmony legt sein Schema beim nächsten Start an.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="143" />
        <source>The database holds other tables but no Harmony schema; Harmony adds its own at the next start.</source>
        <translation>Die Datenbank enthält andere Tabellen, aber kein Harmony-Schema; Harmony legt seines beim nächsten Start daneben an.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="145" />
        <source>Its schema (revision {0}) comes from a newer Harmony: update Harmony before using this database [{2}].</source>
        <translation>Ihr Schema (Revision {0}) stammt von einem neueren Harmony: Aktualisiere Harmony, bevor du diese Datenbank verwendest [{2}].</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="164" />
        <source>Saved in {0}. Harmony uses {1} from the next start: restart Harmony now.</source>
        <translation>Gespeichert in {0}. Harmony verwendet {1} ab dem nächsten Start: Starte Harmony jetzt neu.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="167" />
        <source>The password is kept in the system keyring.</source>
        <translation>Das Passwort liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="169" />
        <source>Note: HARMONY_DATABASE_URL is set and wins over the configuration file; unset it to use this database.</source>
        <translation>Hinweis: HARMONY_DATABASE_URL ist gesetzt und hat Vorrang vor der Konfigurationsdatei; entferne die Variable, um diese Datenbank zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="172" />
        <source>Note: Harmony was started with --database-url, which wins over the configuration file.</source>
        <translation>Hinweis: Harmony wurde mit --database-url gestartet; das hat Vorrang vor der Konfigurationsdatei.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="122" />
        <source>Not connected: {0} [{1}]</source>
        <translation>Nicht verbunden: {0} [{1}]</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="129" />
        <source>Connected: PostgreSQL {0}.</source>
        <translation>Verbunden: PostgreSQL {0}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="160" />
        <source>Not saved: {0} [{1}]</source>
        <translation>Nicht gespeichert: {0} [{1}]</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="26" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="29" />
        <source>Harmony hit an unexpected error and keeps running. The details below are also in the log view; please include them in a report.</source>
        <translation>Harmony ist auf einen unerwarteten Fehler gestoßen und läuft weiter. Die Details stehen auch im Protokoll; bitte einem Fehlerbericht beilegen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="41" />
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="48" />
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="54" />
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="60" />
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="62" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="63" />
        <source>{0} ago</source>
        <translation>vor {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="67" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="67" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="68" />
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="69" />
        <source>{0} d</source>
        <translation>{0} T</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="73" />
        <source>{0} w</source>
        <translation>{0} W</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../harmony_desktop/dnd.py" line="52" />
        <source>Import playlists</source>
        <translation>Playlists importieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dnd.py" line="63" />
        <source>The import service is not running.</source>
        <translation>Der Import-Dienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="40" />
        <source>Import preview</source>
        <translation>Import-Vorschau</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="43" />
        <source>Reading the input …</source>
        <translation>Eingabe wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="57" />
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="58" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="59" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="66" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="94" />
        <source>Tracks ({0})</source>
        <translation>Titel ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="95" />
        <source>Links ({0})</source>
        <translation>Links ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="96" />
        <source>Rejected ({0})</source>
        <translation>Abgelehnt ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="99" />
        <source>{0} tracks and {1} links ready to import.</source>
        <translation>{0} Titel und {1} Links bereit zum Import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="101" />
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="102" />
        <source>{0} rejected · {1} duplicates removed · {2} already wanted</source>
        <translation>{0} abgelehnt · {1} Duplikate entfernt · {2} bereits gesucht</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="109" />
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="114" />
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="140" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="138" />
        <source>Import finished: {0} new, {1} merged, {2} links.</source>
        <translation>Import abgeschlossen: {0} neu, {1} zusammengeführt, {2} Links.</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="48" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="52" />
        <source>Music library</source>
        <translation>Musikbibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="52" />
        <source>Files Harmony knows in your music folder; scanned regularly.</source>
        <translation>Dateien, die Harmony in deinem Musikordner kennt; wird regelmäßig gescannt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="62" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="62" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="63" />
        <source>Music folder</source>
        <translation>Musikordner</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="64" />
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="65" />
        <source>Wanted tracks</source>
        <translation>Gesuchte Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="73" />
        <source>Scan now</source>
        <translation>Jetzt scannen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="83" />
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="83" />
        <source>Synced playlists are fetched from Spotify regularly; their tracks are searched and downloaded, and an .m3u8 list is written beside the library.</source>
        <translation>Synchronisierte Playlists werden regelmäßig von Spotify geholt; ihre Titel werden gesucht und heruntergeladen, und neben der Bibliothek entsteht eine .m3u8-Liste.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="87" />
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="98" />
        <source>Loading playlists …</source>
        <translation>Lädt Playlists …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="99" />
        <source>No playlists yet.</source>
        <translation>Noch keine Playlists.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="110" />
        <source>Refresh from Spotify</source>
        <translation>Von Spotify aktualisieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="112" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="114" />
        <source>Sync all now</source>
        <translation>Alle jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="142" />
        <source>The library service is not running.</source>
        <translation>Der Bibliotheksdienst läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="147" />
        <source>Library numbers could not be loaded: {0}</source>
        <translation>Bibliothekszahlen konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="156" />
        <source>Not scanned yet</source>
        <translation>Noch nicht gescannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="160" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="176" />
        <source>Enter your Spotify client ID in Settings, then log in with Spotify.</source>
        <translation>Trage in den Einstellungen deine Spotify-Client-ID ein und melde dich dann bei Spotify an.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="179" />
        <source>Log in with Spotify in Settings (Spotify account).</source>
        <translation>Melde dich in den Einstellungen bei Spotify an (Spotify-Konto).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="181" />
        <source>Spotify is not connected (FREE mode): imported lists are shown, but Spotify playlists and Liked Songs need a login. {0}</source>
        <translation>Spotify ist nicht verbunden (FREE-Modus): Importierte Listen werden angezeigt, Spotify-Playlists und Lieblingssongs brauchen eine Anmeldung. {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="196" />
        <source>The playlist service is not running.</source>
        <translation>Der Playlist-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="202" />
        <source>Fetching your playlists from Spotify …</source>
        <translation>Deine Playlists werden von Spotify geholt …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="208" />
        <source>Playlists could not be loaded: {0}</source>
        <translation>Playlists konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="210" />
        <source>Playlists could not be loaded.</source>
        <translation>Playlists konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="220" />
        <source>{0} playlists loaded from Spotify.</source>
        <translation>{0} Playlists von Spotify geladen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="235" />
        <source>Sync turned on for {0}; a sync was queued.</source>
        <translation>Synchronisierung für {0} eingeschaltet; eine Synchronisierung wurde eingereiht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="236" />
        <source>Sync turned off for {0}.</source>
        <translation>Synchronisierung für {0} ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="246" />
        <source>Sync of {0} queued.</source>
        <translation>Synchronisierung von {0} eingereiht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="247" />
        <source>Sync of all chosen playlists and Liked Songs queued.</source>
        <translation>Synchronisierung aller gewählten Playlists und der Lieblingssongs eingereiht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="253" />
        <source>Library scan queued.</source>
        <translation>Bibliotheksscan eingereiht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="255" />
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="262" />
        <source>Action failed: {0}</source>
        <translation>Aktion fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="27" />
        <source>Show from level</source>
        <translation>Anzeigen ab Stufe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="35" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="44" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="105" />
        <source>Navigation</source>
        <extracomment>which provider's health badges which page (Matching follows its worker instead) the user closed the window; the shell decides between hiding to the tray and quitting the user chose another language in Settings (de | en | system)</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="174" />
        <source>Expand navigation</source>
        <translation>Sidebar erweitern</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="174" />
        <source>Collapse navigation</source>
        <translation>Sidebar einklappen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="206" />
        <source>The database is reachable again.</source>
        <translation>Die Datenbank ist wieder erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="219" />
        <source>Database not reachable – Harmony keeps trying… Downloads and imports wait and continue by themselves once it is back.</source>
        <translation>Datenbank nicht erreichbar – Harmony versucht es weiter… Downloads und Importe warten und laufen von selbst weiter, sobald sie zurück ist.</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="86" />
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="90" />
        <source>Worker status</source>
        <translation>Worker-Status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="90" />
        <source>Matching worker — stores confirmed matches.</source>
        <translation>Matching-Worker — persistiert bestätigte Zuordnungen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="93" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="216" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="95" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="218" />
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="98" />
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="100" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="114" />
        <source>Matching metrics</source>
        <translation>Matching-Metriken</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="116" />
        <source>Ø confidence (last batch)</source>
        <translation>Ø Konfidenz (letzte Charge)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="117" />
        <source>Discarded in last batch</source>
        <translation>Verworfen in letzter Charge</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="118" />
        <source>Saved in total</source>
        <translation>Gesamt gespeichert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="119" />
        <source>Discarded in total</source>
        <translation>Gesamt verworfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="124" />
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="131" />
        <source>Recent matching batches</source>
        <translation>Letzte Matching-Batches</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="134" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="152" />
        <source>Loading data …</source>
        <translation>Daten werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="135" />
        <source>No matching runs recorded yet.</source>
        <translation>Noch keine Matching-Läufe protokolliert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="141" />
        <source>Candidates per item</source>
        <translation>Kandidaten pro Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="142" />
        <source>Pick a wanted item to see every file the matcher considered.</source>
        <translation>Einen gesuchten Titel wählen, um alle geprüften Dateien zu sehen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="145" />
        <source>Filter by artist or title</source>
        <translation>Nach Artist oder Titel filtern</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="153" />
        <source>No wanted items yet.</source>
        <translation>Noch keine gesuchten Titel.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="170" />
        <source>Loading candidates …</source>
        <translation>Kandidaten werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="171" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="308" />
        <source>Choose a wanted item above.</source>
        <translation>Oben einen gesuchten Titel wählen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="175" />
        <source>Use this file</source>
        <translation>Diese Datei verwenden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="177" />
        <source>Never this file</source>
        <translation>Nie diese Datei</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="179" />
        <source>Ban this user</source>
        <translation>Diesen Benutzer sperren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="181" />
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="232" />
        <source>The matching queue holds {0} open jobs. Check the worker load or the matching configuration.</source>
        <translation>Die Matching-Queue enthält {0} offene Jobs. Prüfe Worker-Auslastung oder Matching-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="238" />
        <source>The matching worker is stopped. Restart Harmony or turn the workers on in Settings.</source>
        <translation>Der Matching-Worker ist gestoppt. Starte Harmony neu oder schalte die Worker in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="240" />
        <source>The matching worker reports errors. Check the log view and the matching settings.</source>
        <translation>Der Matching-Worker meldet Fehler. Prüfe das Protokoll und die Matching-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="242" />
        <source>The matching worker is blocked. Check queued jobs and credentials to remove the blocker.</source>
        <translation>Der Matching-Worker ist blockiert. Überprüfe Queue-Jobs und Credentials, um den Blocker zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="244" />
        <source>The matching worker has not been seen for a while. Check the heartbeat and the log view.</source>
        <translation>Der Matching-Worker wurde seit einiger Zeit nicht gesehen. Kontrolliere Heartbeat und Protokoll.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="251" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="260" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="263" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="294" />
        <source>Matching data is not available right now.</source>
        <translation>Matching-Daten stehen derzeit nicht zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="270" />
        <source>Average score of the most recently stored matches.</source>
        <translation>Durchschnittliche Score-Übereinstimmung der zuletzt gespeicherten Matches.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="271" />
        <source>No matches scored yet.</source>
        <translation>Noch keine Matches bewertet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="275" />
        <source>Matches discarded for low scores or conflicts.</source>
        <translation>Matches, die aufgrund niedriger Scores oder Konflikte verworfen wurden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="276" />
        <source>No discards yet.</source>
        <translation>Es liegen noch keine Verwerfungen vor.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="279" />
        <source>Every match stored since the pipeline started.</source>
        <translation>Alle erfolgreich persistierten Matches seit Aktivierung der Pipeline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="280" />
        <source>No matches stored yet.</source>
        <translation>Noch keine Matches gespeichert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="283" />
        <source>All discarded proposals — watch for a rise.</source>
        <translation>Summe aller verworfenen Vorschläge – beobachte Anstieg für Qualitätsprobleme.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="284" />
        <source>No discarded proposals recorded.</source>
        <translation>Keine verworfenen Vorschläge erfasst.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="316" />
        <source>No candidates were found for this item.</source>
        <translation>Für diesen Titel wurden keine Kandidaten gefunden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="330" />
        <source>This file will be used and downloaded.</source>
        <translation>Diese Datei wird verwendet und heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="339" />
        <source>This file will never be used again.</source>
        <translation>Diese Datei wird nie wieder verwendet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="346" />
        <source>User {0} is banned.</source>
        <translation>Benutzer {0} ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="354" />
        <source>Searching again …</source>
        <translation>Erneute Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="361" />
        <source>Action failed: {0}</source>
        <translation>Aktion fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="18" />
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="19" />
        <location filename="../../harmony_desktop/messages.py" line="20" />
        <location filename="../../harmony_desktop/messages.py" line="21" />
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="22" />
        <source>Queued at peer</source>
        <translation>Wartet beim Peer</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="23" />
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="24" />
        <location filename="../../harmony_desktop/messages.py" line="25" />
        <location filename="../../harmony_desktop/messages.py" line="45" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="26" />
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="27" />
        <location filename="../../harmony_desktop/messages.py" line="28" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="29" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="30" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="31" />
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="32" />
        <source>Errored</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="33" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="34" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="35" />
        <source>Needs attention</source>
        <translation>Wartet auf Eingriff</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="36" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="37" />
        <location filename="../../harmony_desktop/messages.py" line="194" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="39" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="40" />
        <source>Searching</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="41" />
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="42" />
        <source>In library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="43" />
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="46" />
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="47" />
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="48" />
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="49" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="50" />
        <source>Restarted</source>
        <translation>Neu gestartet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="51" />
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="52" />
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="54" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="55" />
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="56" />
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="60" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="61" />
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="62" />
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="63" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="64" />
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="65" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="66" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="67" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="71" />
        <source>The engine is not running yet.</source>
        <translation>Die Engine läuft noch nicht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="72" />
        <source>An unexpected error occurred: {message}</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten: {message}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="73" />
        <source>The database is not reachable.</source>
        <translation>Die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="74" />
        <source>The configuration is invalid: {message}</source>
        <translation>Die Konfiguration ist ungültig: {message}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="75" />
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="77" />
        <source>The value must be at least {minimum}.</source>
        <translation>Der Wert muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="78" />
        <source>The value must be at most {maximum}.</source>
        <translation>Der Wert darf höchstens {maximum} sein.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="79" />
        <source>Unknown setting.</source>
        <translation>Unbekannte Einstellung.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="80" />
        <source>The system keyring is not available.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="82" />
        <source>No system keyring is available; secrets cannot be stored.</source>
        <translation>Kein System-Schlüsselbund verfügbar; Geheimnisse können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="85" />
        <source>The system keyring refused the value.</source>
        <translation>Der System-Schlüsselbund hat den Wert abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="86" />
        <source>The service answered with an error.</source>
        <translation>Der Dienst hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="87" />
        <source>The service is not reachable.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="89" />
        <source>The service asks us to slow down; retrying later.</source>
        <translation>Der Dienst bremst Anfragen; neuer Versuch später.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="91" />
        <source>The credentials were refused.</source>
        <translation>Die Zugangsdaten wurden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="93" />
        <source>The service sent an answer we do not understand.</source>
        <translation>Der Dienst hat eine unverständliche Antwort geschickt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="94" />
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="95" />
        <source>The input was refused.</source>
        <translation>Die Eingabe wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="117" />
        <source>The helper process stopped while reading this input. Nothing was imported; try again, or split the file.</source>
        <translation>Der Hilfsprozess wurde beim Lesen dieser Eingabe beendet. Es wurde nichts importiert; bitte erneut versuchen oder die Datei aufteilen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="96" />
        <source>The file is too large to import.</source>
        <translation>Die Datei ist zu groß für den Import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="98" />
        <source>This is not a text file (binary content).</source>
        <translation>Das ist keine Textdatei (binärer Inhalt).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="104" />
        <source>A title, artist or album in this line is far too long.</source>
        <translation>Titel, Artist oder Album in dieser Zeile ist viel zu lang.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="100" />
        <source>Too many lines for a quick paste; use a file.</source>
        <translation>Zu viele Zeilen zum Einfügen; bitte eine Datei verwenden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="101" />
        <source>Too many tracks in one request.</source>
        <translation>Zu viele Titel in einer Anfrage.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="103" />
        <source>Too many playlist links in one request.</source>
        <translation>Zu viele Playlist-Links in einer Anfrage.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="104" />
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="106" />
        <source>Line not understood (expected “Artist - Title”).</source>
        <translation>Zeile nicht verstanden (erwartet „Artist - Titel“).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="107" />
        <source>The file format was not recognised.</source>
        <translation>Das Dateiformat wurde nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="108" />
        <location filename="../../harmony_desktop/messages.py" line="109" />
        <source>This link is not supported.</source>
        <translation>Dieser Link wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="111" />
        <source>Short links (spotify.link) cannot be resolved offline.</source>
        <translation>Kurzlinks (spotify.link) können offline nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="112" />
        <source>This is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="113" />
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="114" />
        <source>Artist or title is missing.</source>
        <translation>Artist oder Titel fehlt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="115" />
        <source>The CSV lacks artist/title columns.</source>
        <translation>Der CSV fehlen Spalten für Artist/Titel.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="117" />
        <source>Local Spotify files cannot be imported.</source>
        <translation>Lokale Spotify-Dateien können nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="118" />
        <source>Read with a legacy encoding.</source>
        <translation>Mit einer alten Zeichenkodierung gelesen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="120" />
        <source>Spotify is not configured (client ID missing).</source>
        <translation>Spotify ist nicht konfiguriert (Client-ID fehlt).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="121" />
        <source>Not logged in to Spotify.</source>
        <translation>Nicht bei Spotify angemeldet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="123" />
        <source>The Spotify login was not completed in time.</source>
        <translation>Die Spotify-Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="125" />
        <source>The Spotify login answer did not match; try again.</source>
        <translation>Die Antwort der Spotify-Anmeldung passte nicht; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="128" />
        <source>The Spotify session expired; log in again.</source>
        <translation>Die Spotify-Sitzung ist abgelaufen; bitte erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="130" />
        <source>Spotify is rate limiting; retrying later.</source>
        <translation>Spotify bremst Anfragen; neuer Versuch später.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="131" />
        <source>Spotify is not reachable.</source>
        <translation>Spotify ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="133" />
        <source>Spotify refused access (Premium or scope missing).</source>
        <translation>Spotify verweigert den Zugriff (Premium oder Berechtigung fehlt).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="134" />
        <source>Not found on Spotify.</source>
        <translation>Bei Spotify nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="135" />
        <source>Spotify is connected.</source>
        <translation>Spotify ist verbunden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="136" />
        <source>slskd is connected and logged in to Soulseek.</source>
        <translation>slskd ist verbunden und bei Soulseek angemeldet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="137" />
        <source>slskd URL or API key is missing.</source>
        <translation>slskd-URL oder API-Schlüssel fehlt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="138" />
        <source>slskd is not reachable.</source>
        <translation>slskd ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="140" />
        <source>slskd is not logged in to the Soulseek network.</source>
        <translation>slskd ist nicht im Soulseek-Netz angemeldet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="141" />
        <location filename="../../harmony_desktop/messages.py" line="142" />
        <source>slskd refused the API key.</source>
        <translation>slskd hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="143" />
        <source>The API key is valid.</source>
        <translation>Der API-Schlüssel ist gültig.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="144" />
        <source>slskd asks us to slow down.</source>
        <translation>slskd bremst Anfragen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="145" />
        <source>slskd answered with an error.</source>
        <translation>slskd hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="146" />
        <source>The peer is offline.</source>
        <translation>Der Peer ist offline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="147" />
        <source>LRCLIB is reachable.</source>
        <translation>LRCLIB ist erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="148" />
        <source>Lyrics are turned off.</source>
        <translation>Liedtexte sind ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="149" />
        <source>LRCLIB is not reachable.</source>
        <translation>LRCLIB ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="150" />
        <source>LRCLIB asks us to slow down.</source>
        <translation>LRCLIB bremst Anfragen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="152" />
        <source>The Soulseek search budget is used up; try again shortly.</source>
        <translation>Das Soulseek-Suchbudget ist aufgebraucht; gleich erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="153" />
        <source>This playlist is not known (any more).</source>
        <translation>Diese Playlist ist (nicht mehr) bekannt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="155" />
        <source>The database is reachable again.</source>
        <translation>Die Datenbank ist wieder erreichbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="157" />
        <source>This artist is already on the watchlist.</source>
        <translation>Dieser Artist ist schon in der Watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="158" />
        <source>This download cannot be requeued.</source>
        <translation>Der Download kann nicht erneut eingeplant werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="162" />
        <source>New release: {artist} – {album}</source>
        <translation>Neue Veröffentlichung: {artist} – {album}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="164" />
        <source>{album}: {done} of {total} tracks in the library</source>
        <translation>{album}: {done} von {total} Titeln in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="167" />
        <source>{artist}: {releases} earlier releases ({tracks} tracks) queued</source>
        <translation>{artist}: {releases} frühere Veröffentlichungen ({tracks} Titel) eingereiht</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="170" />
        <source>Import finished: {created} new, {merged} merged</source>
        <translation>Import abgeschlossen: {created} neu, {merged} zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="171" />
        <source>Downloaded: {artist} – {title}</source>
        <translation>Heruntergeladen: {artist} – {title}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="172" />
        <source>Download needs attention: {title}</source>
        <translation>Download wartet auf Eingriff: {title}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="173" />
        <source>Harmony keeps running in the tray.</source>
        <translation>Harmony läuft im Infobereich weiter.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="76" />
        <source>Nothing answers at this address (connection refused).</source>
        <translation>Unter dieser Adresse antwortet nichts (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="77" />
        <source>The server's host name is unknown.</source>
        <translation>Der Hostname des Servers ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="79" />
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="80" />
        <source>The server has no database of this name.</source>
        <translation>Der Server hat keine Datenbank dieses Namens.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="81" />
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="82" />
        <source>Enter a database URL.</source>
        <translation>Gib eine Datenbank-URL ein.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="84" />
        <source>SQLite is not supported: Harmony needs PostgreSQL.</source>
        <translation>SQLite wird nicht unterstützt: Harmony braucht PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="86" />
        <source>Write postgresql+asyncpg:// (plain postgresql:// names no driver).</source>
        <translation>Schreibe postgresql+asyncpg:// (einfaches postgresql:// nennt keinen Treiber).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="89" />
        <source>Only PostgreSQL URLs (postgresql+asyncpg://…) are accepted.</source>
        <translation>Nur PostgreSQL-URLs (postgresql+asyncpg://…) werden angenommen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="92" />
        <source>This URL cannot be read or names no database.</source>
        <translation>Diese URL ist nicht lesbar oder nennt keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="94" />
        <source>Secrets come from environment variables here and cannot be saved.</source>
        <translation>Geheimnisse kommen hier aus Umgebungsvariablen und können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="186" />
        <source>No Soulseek results for this track.</source>
        <translation>Keine Soulseek-Ergebnisse für diesen Titel.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="187" />
        <source>No candidate was good enough.</source>
        <translation>Kein Kandidat war gut genug.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="188" />
        <source>Every candidate failed.</source>
        <translation>Alle Kandidaten sind fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="189" />
        <source>slskd did not accept the file.</source>
        <translation>slskd hat die Datei nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="190" />
        <source>The peer rejected the download.</source>
        <translation>Der Peer hat den Download abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="191" />
        <source>The transfer broke off with an error.</source>
        <translation>Die Übertragung brach mit einem Fehler ab.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="192" />
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="193" />
        <source>The transfer timed out.</source>
        <translation>Die Übertragung hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="194" />
        <source>The transfer failed.</source>
        <translation>Die Übertragung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="196" />
        <source>Waited too long in the peer's queue.</source>
        <translation>Zu lange in der Warteschlange des Peers gewartet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="197" />
        <source>The transfer made no progress.</source>
        <translation>Die Übertragung kam nicht voran.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="198" />
        <source>slskd lost the transfer repeatedly.</source>
        <translation>slskd hat die Übertragung wiederholt verloren.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="200" />
        <source>The remote file name would leave slskd's downloads folder; refused.</source>
        <translation>Der Dateiname des Peers würde den Download-Ordner von slskd verlassen; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="203" />
        <source>slskd reported success but the file never appeared in its downloads folder.</source>
        <translation>slskd meldete Erfolg, aber die Datei erschien nie in seinem Download-Ordner.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="206" />
        <source>The downloaded file disappeared before it was organised.</source>
        <translation>Die heruntergeladene Datei verschwand, bevor sie einsortiert wurde.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="208" />
        <source>The downloaded file is not on disk.</source>
        <translation>Die heruntergeladene Datei liegt nicht auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="209" />
        <source>The downloaded file is empty.</source>
        <translation>Die heruntergeladene Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="211" />
        <source>The file's size differs from the announced size.</source>
        <translation>Die Dateigröße weicht von der angekündigten Größe ab.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="212" />
        <source>The file is not readable audio.</source>
        <translation>Die Datei ist kein lesbares Audio.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="214" />
        <source>The file's length differs from the wanted track.</source>
        <translation>Die Länge der Datei weicht vom gesuchten Titel ab.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="215" />
        <source>The file has no playable length.</source>
        <translation>Die Datei hat keine abspielbare Länge.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="217" />
        <source>The file is too small for its length; probably cut short.</source>
        <translation>Die Datei ist für ihre Länge zu klein; wahrscheinlich abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="219" />
        <source>Cancelled by you.</source>
        <translation>Von dir abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="220" />
        <source>Banned by you.</source>
        <translation>Von dir gesperrt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="221" />
        <source>Gave up after repeated attempts.</source>
        <translation>Nach wiederholten Versuchen aufgegeben.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="223" />
        <source>Gave up after repeated failures.</source>
        <translation>Nach wiederholten Fehlschlägen aufgegeben.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="33" />
        <location filename="../../harmony_desktop/navigation.py" line="45" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="34" />
        <location filename="../../harmony_desktop/navigation.py" line="46" />
        <source>Warning: check the configuration</source>
        <translation>Warnung: Konfiguration prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="36" />
        <location filename="../../harmony_desktop/navigation.py" line="48" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="37" />
        <location filename="../../harmony_desktop/navigation.py" line="49" />
        <source>Warning: service offline</source>
        <translation>Warnung: Dienst offline</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="38" />
        <location filename="../../harmony_desktop/navigation.py" line="51" />
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="39" />
        <location filename="../../harmony_desktop/navigation.py" line="52" />
        <source>Warning: service degraded</source>
        <translation>Warnung: Dienst eingeschränkt</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="27" />
        <source>title not found</source>
        <translation>Titel nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="28" />
        <source>artist not found</source>
        <translation>Künstler nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="29" />
        <source>low confidence {0}</source>
        <translation>geringe Konfidenz {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="30" />
        <source>length unknown</source>
        <translation>Länge unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="31" />
        <source>duration {0} s</source>
        <translation>Länge {0} s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="33" />
        <source>version mismatch: {0}</source>
        <translation>andere Version: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="34" />
        <source>version missing: {0}</source>
        <translation>Version fehlt: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="36" />
        <source>extra words: {0}</source>
        <translation>zusätzliche Wörter: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="38" />
        <source>not audio: .{0}</source>
        <translation>keine Audiodatei: .{0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="40" />
        <source>file too small ({0} bytes)</source>
        <translation>Datei zu klein ({0} Bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="41" />
        <source>zero length</source>
        <translation>Länge null</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="42" />
        <source>preview clip</source>
        <translation>Hörprobe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="43" />
        <source>preview clip ({0} s)</source>
        <translation>Hörprobe ({0} s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="45" />
        <source>size too small for lossless ({0} kbit/s)</source>
        <translation>zu klein für verlustfrei ({0} kbit/s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="47" />
        <source>size too small for {0} kbit/s</source>
        <translation>zu klein für {0} kbit/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="49" />
        <source>size too large for {0} kbit/s</source>
        <translation>zu groß für {0} kbit/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="51" />
        <source>bitrate {0} &lt; {1}</source>
        <translation>Bitrate {0} unter {1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="53" />
        <source>format {0} not in quality profile</source>
        <translation>Format {0} nicht im Qualitätsprofil</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="55" />
        <source>bit depth {0} out of bounds</source>
        <translation>Bittiefe {0} außerhalb der Grenzen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="57" />
        <source>sample rate {0} out of bounds</source>
        <translation>Abtastrate {0} außerhalb der Grenzen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="58" />
        <source>bitrate unknown</source>
        <translation>Bitrate unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="59" />
        <source>{0} bitrate unknown</source>
        <translation>{0}, Bitrate unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="61" />
        <source>peer banned</source>
        <translation>Peer gesperrt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="62" />
        <source>peer failed {0} times</source>
        <translation>Peer {0}-mal gescheitert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="63" />
        <source>free slot, {0} MB/s</source>
        <translation>freier Slot, {0} MB/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="65" />
        <source>free slot, {0} MB/s, {1} recent failure</source>
        <translation>freier Slot, {0} MB/s, zuletzt {1} Fehlschlag</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="67" />
        <source>free slot, {0} MB/s, {1} recent failures</source>
        <translation>freier Slot, {0} MB/s, zuletzt {1} Fehlschläge</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="68" />
        <source>queue {0}, {1} MB/s</source>
        <translation>Warteschlange {0}, {1} MB/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="70" />
        <source>queue {0}, {1} MB/s, {2} recent failure</source>
        <translation>Warteschlange {0}, {1} MB/s, zuletzt {2} Fehlschlag</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="72" />
        <source>queue {0}, {1} MB/s, {2} recent failures</source>
        <translation>Warteschlange {0}, {1} MB/s, zuletzt {2} Fehlschläge</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="63" />
        <source>Searching …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="64" />
        <source>Type a search above: free text or artist, title and album.</source>
        <translation>Oben suchen: Freitext oder Artist, Titel und Album.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="77" />
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="89" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="82" />
        <source>Search Spotify and Soulseek …</source>
        <translation>Spotify und Soulseek durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="84" />
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="86" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="88" />
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="103" />
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="107" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="107" />
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="108" />
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="108" />
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="109" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="112" />
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="118" />
        <source>min. </source>
        <translation>min. </translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="120" />
        <source>Lossless only</source>
        <translation>Nur verlustfrei</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="133" />
        <source>Compare files with this track</source>
        <translation>Dateien mit diesem Titel vergleichen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="135" />
        <source>Download file</source>
        <translation>Datei herunterladen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="137" />
        <source>Add to wanted</source>
        <translation>Zu gesuchten Titeln</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="139" />
        <source>Add artist to watchlist</source>
        <translation>Artist zur Watchlist hinzufügen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="141" />
        <source>Never this file</source>
        <translation>Nie diese Datei</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="143" />
        <source>Ban this user</source>
        <translation>Diesen Benutzer sperren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="163" />
        <source>The search service is not running.</source>
        <translation>Der Suchdienst läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="176" />
        <source>Waiting for results …</source>
        <translation>Warte auf Ergebnisse …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="202" />
        <source>No results.</source>
        <translation>Keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="261" />
        <source>Files scored against „{0}“. Pick a file to download it with this track's metadata.</source>
        <translation>Dateien gegen „{0}“ bewertet. Eine Datei wählen, um sie mit den Metadaten dieses Titels herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="278" />
        <source>Download queued: {0}</source>
        <translation>Download eingeplant: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="287" />
        <source>{0} track(s) added to wanted.</source>
        <translation>{0} Titel zu den gesuchten hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="294" />
        <source>{0} is now on the watchlist.</source>
        <translation>{0} ist jetzt in der Watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="304" />
        <source>User {0} is banned.</source>
        <translation>Benutzer {0} ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="308" />
        <source>This file will never be used again.</source>
        <translation>Diese Datei wird nie wieder verwendet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="312" />
        <source>Action failed: {0}</source>
        <translation>Aktion fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="25" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="65" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="109" />
        <source>No value set</source>
        <translation>Kein Wert hinterlegt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="129" />
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="8" />
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="9" />
        <source>Soulseek (slskd)</source>
        <translation>Soulseek (slskd)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="10" />
        <source>Search budget</source>
        <translation>Suchbudget</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="11" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="12" />
        <source>Cover art</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="13" />
        <source>Lyrics</source>
        <translation>Liedtexte</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="14" />
        <source>Quality profile</source>
        <translation>Qualitätsprofil</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="15" />
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="16" />
        <source>Workers and retries</source>
        <translation>Worker und Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="17" />
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="18" />
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="19" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="20" />
        <source>Language and notifications</source>
        <translation>Sprache und Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="21" />
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="27" />
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="28" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="29" />
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="37" />
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="30" />
        <source>slskd downloads folder</source>
        <translation>slskd-Download-Ordner</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="31" />
        <source>Searches per window</source>
        <translation>Suchen pro Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="32" />
        <source>Budget window (s)</source>
        <translation>Budget-Zeitfenster (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="33" />
        <source>Search timeout (s)</source>
        <translation>Such-Timeout (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="34" />
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="35" />
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="36" />
        <source>Redirect port</source>
        <translation>Redirect-Port</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="38" />
        <source>Spotify API address</source>
        <translation>Spotify-API-Adresse</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="39" />
        <source>Spotify accounts address</source>
        <translation>Spotify-Accounts-Adresse</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="40" />
        <source>Cover Art Archive address</source>
        <translation>Cover-Art-Archive-Adresse</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="41" />
        <source>Music folder</source>
        <translation>Musikordner</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="42" />
        <source>Naming template</source>
        <translation>Benennungsvorlage</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="43" />
        <source>Scan interval (s)</source>
        <translation>Scan-Intervall (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="44" />
        <source>Write playlists (m3u8)</source>
        <translation>Playlists schreiben (m3u8)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="45" />
        <source>Embed cover art</source>
        <translation>Cover einbetten</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="46" />
        <source>Largest cover (bytes)</source>
        <translation>Größtes Cover (Bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="47" />
        <source>Fetch synced lyrics</source>
        <translation>Synchronisierte Liedtexte laden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="48" />
        <source>LRCLIB address</source>
        <translation>LRCLIB-Adresse</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="49" />
        <source>Formats (preferred first)</source>
        <translation>Formate (bevorzugte zuerst)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="50" />
        <source>Minimum bitrate (kbit/s)</source>
        <translation>Minimale Bitrate (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="51" />
        <source>Largest bit depth</source>
        <translation>Größte Bittiefe</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="52" />
        <source>Largest sample rate (Hz)</source>
        <translation>Größte Abtastrate (Hz)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="53" />
        <source>Accept threshold (0–1)</source>
        <translation>Annahmeschwelle (0–1)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="54" />
        <source>Length tolerance (s)</source>
        <translation>Längentoleranz (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="55" />
        <source>Workers on</source>
        <translation>Worker an</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="56" />
        <source>Attempts before giving up</source>
        <translation>Versuche bis zum Aufgeben</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="57" />
        <source>First retry after (s)</source>
        <translation>Erster Retry nach (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="58" />
        <source>Longest retry delay (s)</source>
        <translation>Längste Retry-Pause (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="59" />
        <source>Retry jitter (0–1)</source>
        <translation>Retry-Streuung (0–1)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="60" />
        <source>Queued too long after (s)</source>
        <translation>Zu lange wartend nach (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="61" />
        <source>No progress for (s)</source>
        <translation>Kein Fortschritt seit (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="62" />
        <source>File size stable for (s)</source>
        <translation>Dateigröße stabil seit (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="63" />
        <source>Check timer (s)</source>
        <translation>Prüf-Timer (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="64" />
        <source>Artists per check</source>
        <translation>Artists pro Prüfung</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="65" />
        <source>Default interval (h)</source>
        <translation>Standardintervall (h)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="66" />
        <source>Cooldown after errors (min)</source>
        <translation>Pause nach Fehlern (min)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="67" />
        <source>Retry budget</source>
        <translation>Retry-Budget</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="68" />
        <source>Lines per paste</source>
        <translation>Zeilen pro Einfügen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="69" />
        <source>Largest file (bytes)</source>
        <translation>Größte Datei (Bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="70" />
        <source>Playlist links per request</source>
        <translation>Playlist-Links pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="71" />
        <source>Tracks per request</source>
        <translation>Titel pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="72" />
        <source>Keep activity (days)</source>
        <translation>Aktivitäten aufbewahren (Tage)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="73" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="74" />
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="76" />
        <source>Keep running in the tray when closed</source>
        <translation>Beim Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Result polling (s)</source>
        <translation>Abfrage der Ergebnisse (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Quiet period before a search ends (ms)</source>
        <translation>Ruhezeit bis zum Ende einer Suche (ms)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Sync interval (s)</source>
        <translation>Sync-Intervall (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Transfer polling (s)</source>
        <translation>Abfrage der Übertragungen (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Pipeline round every (s)</source>
        <translation>Pipeline-Runde alle (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Tracks per pipeline round</source>
        <translation>Titel pro Pipeline-Runde</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Searches per pipeline round</source>
        <translation>Suchen pro Pipeline-Runde</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Search result polling (s)</source>
        <translation>Abfrage der Suchergebnisse (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Wait for the finished file (s)</source>
        <translation>Warten auf die fertige Datei (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Check the file size after downloading</source>
        <translation>Dateigröße nach dem Download prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Attempts to tag and file</source>
        <translation>Versuche zum Taggen und Ablegen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Reuse search results for (s)</source>
        <translation>Suchergebnisse wiederverwenden für (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Candidates kept per track</source>
        <translation>Gespeicherte Kandidaten pro Titel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Remember peer failures for (h)</source>
        <translation>Peer-Fehler merken für (h)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>First retry after an error (s)</source>
        <translation>Erster neuer Versuch nach einem Fehler (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Quiet time between progress notes (s)</source>
        <translation>Ruhezeit zwischen Fortschrittsmeldungen (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Release types for new artists</source>
        <translation>Release-Typen für neue Artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Skip words for new artists</source>
        <translation>Ausschlusswörter für neue Artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="47" />
        <source>Loading settings …</source>
        <extracomment>the user picked another language (de | en | system); the window retranslates</extracomment>
        <translation>Einstellungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="48" />
        <source>No settings declared.</source>
        <translation>Keine Einstellungen deklariert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="60" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="63" />
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="66" />
        <source>Loading …</source>
        <translation>Lädt …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="67" />
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="79" />
        <source>Settings could not be loaded.</source>
        <translation>Einstellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="125" />
        <source>Stored in the system keyring, never shown again.</source>
        <translation>Im System-Schlüsselbund gespeichert, wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="138" />
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="150" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="159" />
        <source>No system keyring is available: secrets cannot be saved. Install a keyring service (e.g. GNOME Keyring or KWallet) or set them in the environment.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Geheimnisse können nicht gespeichert werden. Installiere einen Schlüsselbund-Dienst (z. B. GNOME Keyring oder KWallet) oder setze sie in der Umgebung.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="173" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="181" />
        <source>Saved. Takes effect after a restart.</source>
        <translation>Gespeichert. Wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="202" />
        <source>(example available once the library service runs)</source>
        <translation>(Beispiel verfügbar, sobald der Bibliotheksdienst läuft)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="210" />
        <source>Invalid template: {0}</source>
        <translation>Ungültige Vorlage: {0}</translation>
    </message>
</context>
<context>
    <name>SoulseekTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="68" />
        <source>Overview of the slskd status, configuration and active upload and download transfers.</source>
        <translation>Überblick über den slskd-Status, Konfiguration sowie aktive Upload- und Download-Transfers.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="84" />
        <source>Soulseek</source>
        <translation>Soulseek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="88" />
        <source>Connection &amp;&amp; integrations</source>
        <translation>Verbindung &amp;&amp; Integrationen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="90" />
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="91" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="94" />
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="98" />
        <source>Checking the connection …</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="106" />
        <source>Loading integration data …</source>
        <translation>Integrationsdaten werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="107" />
        <source>No health data reported.</source>
        <translation>Keine spezifischen Gesundheitsdaten verfügbar.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="113" />
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="114" />
        <source>slskd settings, sensitive values masked.</source>
        <translation>slskd-Einstellungen inklusive Maskierung sensibler Werte.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="121" />
        <source>Loading configuration …</source>
        <translation>Konfiguration wird geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="122" />
        <source>No slskd settings found.</source>
        <translation>Keine slskd-spezifischen Einstellungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="126" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="136" />
        <source>Active uploads</source>
        <translation>Aktive Uploads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="138" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="329" />
        <source>Show all uploads</source>
        <translation>Alle Uploads anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="140" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="187" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="150" />
        <source>Loading uploads …</source>
        <translation>Uploads werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="151" />
        <source>No uploads are active right now.</source>
        <translation>Aktuell sind keine Uploads aktiv.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="157" />
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="157" />
        <source>Active and past downloads of the pipeline.</source>
        <translation>Aktive und vergangene Downloads der Pipeline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="168" />
        <source>Loading downloads …</source>
        <translation>Downloads werden geladen …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="169" />
        <source>No downloads are active right now.</source>
        <translation>Aktuell sind keine Downloads aktiv.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="179" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="323" />
        <source>Show all downloads</source>
        <translation>Alle Downloads anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="181" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="344" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="183" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="346" />
        <source>Change priority…</source>
        <translation>Priorität ändern…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="185" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="347" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="384" />
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="215" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="219" />
        <source>Integration status could not be loaded.</source>
        <translation>Integrationsstatus konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="227" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="228" />
        <source>Harmony is talking to slskd successfully.</source>
        <translation>Harmony kommuniziert erfolgreich mit slskd.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="230" />
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="233" />
        <source>No confirmed connection to the Soulseek daemon.</source>
        <translation>Keine bestätigte Verbindung zum Soulseek-Daemon.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="239" />
        <source>Configuration could not be loaded.</source>
        <translation>Konfiguration konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="249" />
        <source>Missing: {0}</source>
        <translation>Fehlt: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="261" />
        <source>Testing …</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="268" />
        <source>✅ Connection successful</source>
        <translation>✅ Verbindung erfolgreich</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="268" />
        <source>❌ Connection failed</source>
        <translation>❌ Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="274" />
        <source>❌ Connection could not be checked: {0}</source>
        <translation>❌ Verbindung konnte nicht geprüft werden: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="278" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="286" />
        <source>Uploads could not be loaded.</source>
        <translation>Uploads konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="295" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="303" />
        <source>Downloads could not be loaded.</source>
        <translation>Downloads konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="321" />
        <source>Only active downloads</source>
        <translation>Nur aktive Downloads anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="328" />
        <source>Only active uploads</source>
        <translation>Nur aktive Uploads anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="355" />
        <source>Restarting …</source>
        <translation>Wird erneut gestartet …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="357" />
        <source>Download requeued: {0} will be downloaded again.</source>
        <translation>Download erneut eingeplant: {0} wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="368" />
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="369" />
        <source>Priority (higher runs first):</source>
        <translation>Priorität (höhere zuerst):</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="376" />
        <source>Priority updated: {0}</source>
        <translation>Priorität aktualisiert: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="385" />
        <source>Really cancel the download of {0}?</source>
        <translation>Download von {0} wirklich abbrechen?</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="389" />
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="397" />
        <source>Action failed: {0}</source>
        <translation>Aktion fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>StateStack</name>
    <message>
        <location filename="../../harmony_desktop/widgets/state_stack.py" line="25" />
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../harmony_desktop/widgets/status_badge.py" line="23" />
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="38" />
        <source>Database: connecting…</source>
        <extracomment>the last DatabaseStateChanged (None until the engine reports a change)</extracomment>
        <translation>Datenbank: verbinde…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="42" />
        <source>Engine: starting…</source>
        <translation>Engine: startet…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="42" />
        <source>Engine: running</source>
        <translation>Engine: läuft</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="43" />
        <source>Engine: degraded</source>
        <translation>Engine: eingeschränkt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="44" />
        <source>Engine: stopping…</source>
        <translation>Engine: stoppt…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="44" />
        <source>Engine: stopped</source>
        <translation>Engine: gestoppt</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="45" />
        <source>Engine: failed</source>
        <translation>Engine: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="63" />
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="65" />
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="65" />
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="66" />
        <source>Database: {0} ({1})</source>
        <translation>Datenbank: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="88" />
        <source>Searches: {0}/{1}</source>
        <translation>Suchen: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="91" />
        <source>Soulseek searches left: {0} of {1} per {2} min.</source>
        <translation>Verbleibende Soulseek-Suchen: {0} von {1} pro {2} min.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="94" />
        <source>Next free search in {0} s.</source>
        <translation>Nächste freie Suche in {0} s.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="97" />
        <source>A search can start now.</source>
        <translation>Eine Suche kann jetzt starten.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="99" />
        <source>A search is running.</source>
        <translation>Eine Suche läuft.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="61" />
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="61" />
        <source>unavailable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="78" />
        <source>Queue: {0} waiting, {1} running</source>
        <translation>Queue: {0} wartend, {1} laufend</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="80" />
        <source>workers paused</source>
        <translation>Worker pausiert</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="46" />
        <source>Hide Harmony</source>
        <translation>Harmony ausblenden</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="46" />
        <source>Show Harmony</source>
        <translation>Harmony anzeigen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="48" />
        <source>Pause workers</source>
        <translation>Worker pausieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="49" />
        <source>Resume workers</source>
        <translation>Worker fortsetzen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="51" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WatchlistTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="34" />
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="52" />
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="34" />
        <source>Every artist that is checked automatically for new releases.</source>
        <translation>Alle Artists, die automatisch auf neue Releases geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="40" />
        <source>Loading watchlist …</source>
        <translation>Lädt Watchlist…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="41" />
        <source>No artists on the watchlist yet.</source>
        <translation>Noch keine Artists in der Watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="56" />
        <source>Add artist…</source>
        <translation>Artist hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="58" />
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="93" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="60" />
        <source>Priority…</source>
        <translation>Priorität…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="62" />
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="64" />
        <source>Check all now</source>
        <translation>Alle jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="66" />
        <source>Add followed artists</source>
        <translation>Gefolgte Artists hinzufügen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="67" />
        <source>Watch every artist you follow on Spotify.</source>
        <translation>Alle Artists überwachen, denen du auf Spotify folgst.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="69" />
        <source>Fetch back catalogue…</source>
        <translation>Backkatalog holen…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="71" />
        <source>Queue the tracks of the artist's earlier releases (only new releases are fetched automatically).</source>
        <translation>Die Titel früherer Veröffentlichungen des Artists einreihen (automatisch kommen nur neue Veröffentlichungen).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="74" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="92" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="106" />
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="112" />
        <source>The watchlist could not be loaded.</source>
        <translation>Watchlist konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="123" />
        <source>Artist added to the watchlist.</source>
        <translation>Artist zur Watchlist hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="133" />
        <source>{0} resumed.</source>
        <translation>{0} fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="137" />
        <source>{0} paused.</source>
        <translation>{0} pausiert.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="146" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="147" />
        <source>Priority (higher is checked first):</source>
        <translation>Priorität (höhere wird zuerst geprüft):</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="154" />
        <source>Priority updated: {0}</source>
        <translation>Priorität aktualisiert: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="161" />
        <source>Check queued.</source>
        <translation>Prüfung eingeplant.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="168" />
        <source>Remove artist</source>
        <translation>Artist entfernen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="169" />
        <source>Really remove {0} from the watchlist?</source>
        <translation>Artist {0} wirklich entfernen?</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="173" />
        <source>Watchlist entry removed.</source>
        <translation>Watchlist-Eintrag entfernt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="184" />
        <source>Adding followed artists …</source>
        <translation>Gefolgte Artists werden hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="186" />
        <source>{0} followed artists added.</source>
        <translation>{0} gefolgte Artists hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="187" />
        <source>Every followed artist is already on the watchlist.</source>
        <translation>Alle gefolgten Artists sind schon in der Watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="195" />
        <source>Fetch back catalogue</source>
        <translation>Backkatalog holen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="196" />
        <source>Queue every earlier release of {0} that matches its release types? This can be many tracks.</source>
        <translation>Alle früheren Veröffentlichungen von {0} einreihen, die zu den gewählten Veröffentlichungsarten passen? Das können viele Titel sein.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="202" />
        <source>Back catalogue of {0} queued; a notice follows when its tracks are wanted.</source>
        <translation>Backkatalog von {0} eingereiht; eine Meldung folgt, sobald die Titel gesucht werden.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="211" />
        <source>Action failed: {0}</source>
        <translation>Aktion fehlgeschlagen: {0}</translation>
    </message>
</context>
</TS>