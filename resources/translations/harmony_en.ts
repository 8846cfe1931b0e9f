<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>attempts</source>
        <translation>attempts</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>pause (min)</source>
        <translation>pause (min)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>duplicates</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>duplicates merged</source>
        <translation>duplicates merged</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>tracks</source>
        <translation>tracks</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links opened</source>
        <translation>links opened</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>links failed</source>
        <translation>links failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>already in the library</source>
        <translation>already in the library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>processed</source>
        <translation>processed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>releases</source>
        <translation>releases</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>days kept</source>
        <translation>days kept</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>tracks added</source>
        <translation>tracks added</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/activity_text.py" line="1" />
        <source>took {0} s</source>
        <translation>took {0} s</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="25" />
        <source>Not tested yet.</source>
        <translation>Not tested yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="29" />
        <source>Spotify account</source>
        <translation>Spotify account</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="31" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="35" />
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="36" />
        <source>FREE available</source>
        <translation>FREE available</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="37" />
        <source>PRO available</source>
        <translation>PRO available</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="38" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="48" />
        <source>Log in with Spotify</source>
        <translation>Log in with Spotify</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="50" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="59" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="60" />
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="67" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="68" />
        <source>Test the connection to the database Harmony uses now.</source>
        <translation>Test the connection to the database Harmony uses now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="89" />
        <source>The Spotify service is not running.</source>
        <translation>The Spotify service is not running.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="102" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="106" />
        <source>built-in (embedded PostgreSQL)</source>
        <translation>built-in (embedded PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="107" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="110" />
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="119" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="112" />
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="113" />
        <source>Checked at {0}</source>
        <translation>Checked at {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="120" />
        <source>Not authenticated</source>
        <translation>Not authenticated</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="121" />
        <source>Not configured</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="124" />
        <source>Yes – credentials found.</source>
        <translation>Yes – credentials found.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="124" />
        <source>No – credentials missing.</source>
        <translation>No – credentials missing.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="125" />
        <source>Yes – imports and links work without an account.</source>
        <translation>Yes – imports and links work without an account.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="129" />
        <source>Spotify credentials are missing. Enter a client ID to use PRO.</source>
        <translation>Spotify credentials are missing. Enter a client ID to use PRO.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="131" />
        <source>Credentials found – log in to enable PRO features.</source>
        <translation>Credentials found – log in to enable PRO features.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="133" />
        <source>Spotify PRO is fully connected and ready.</source>
        <translation>Spotify PRO is fully connected and ready.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="139" />
        <source>Spotify login running in your browser …</source>
        <translation>Spotify login running in your browser …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="96" />
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="150" />
        <source>Testing …</source>
        <translation>Testing …</translation>
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
        <translation>❌ Connection could not be checked: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="157" />
        <source>✅ Connection successful</source>
        <translation>✅ Connection successful</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="157" />
        <source>❌ Connection failed</source>
        <translation>❌ Connection failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_side.py" line="76" />
        <source>To use another PostgreSQL server, enter its URL below, test it and choose „Use this database“ (HARMONY_DATABASE_URL, when set, wins).</source>
        <translation>To use another PostgreSQL server, enter its URL below, test it and choose „Use this database“ (HARMONY_DATABASE_URL, when set, wins).</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="27" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="28" />
        <source>Sync</source>
        <translation>Sync</translation>
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
        <translation>Metadata</translation>
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
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="35" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="48" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="55" />
        <source>Load older entries</source>
        <translation>Load older entries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="57" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="66" />
        <source>Loading activity …</source>
        <translation>Loading activity …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="67" />
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="100" />
        <source>No activity yet.</source>
        <translation>No activity yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="71" />
        <source>Select an entry to see its details.</source>
        <translation>Select an entry to see its details.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="81" />
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="95" />
        <source>Activity could not be loaded.</source>
        <translation>Activity could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/activity_tab.py" line="99" />
        <source>No activity for this type.</source>
        <translation>No activity for this type.</translation>
    </message>
</context>
<context>
    <name>ArtistDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="32" />
        <source>Add artist to the watchlist</source>
        <translation>Add artist to the watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="37" />
        <source>Artist name, e.g. Moderat</source>
        <translation>Artist name, e.g. Moderat</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="39" />
        <source>Search Spotify</source>
        <translation>Search Spotify</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="41" />
        <source>Followed artists</source>
        <translation>Followed artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="48" />
        <source>Searching …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="49" />
        <source>Search for an artist or show followed artists.</source>
        <translation>Search for an artist or show followed artists.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="53" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="68" />
        <source>Add to watchlist</source>
        <translation>Add to watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="90" />
        <source>No artists found.</source>
        <translation>No artists found.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/artist_dialog.py" line="99" />
        <source>Choose an artist first.</source>
        <translation>Choose an artist first.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../harmony_desktop/widgets/banner.py" line="32" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="32" />
        <source>All discarded</source>
        <translation>All discarded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="34" />
        <source>Partly saved</source>
        <translation>Partly saved</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="35" />
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="44" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="46" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="54" />
        <source>Ø confidence</source>
        <translation>Ø confidence</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="68" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="39" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="72" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="96" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="51" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="71" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="54" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="86" />
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="88" />
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="90" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="92" />
        <source>Tried</source>
        <translation>Tried</translation>
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
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="104" />
        <location filename="../../harmony_desktop/models/search_model.py" line="21" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="37" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="70" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="107" />
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="110" />
        <location filename="../../harmony_desktop/models/search_model.py" line="69" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="44" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="78" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="113" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="43" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="77" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="114" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="117" />
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="48" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="93" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/matching_model.py" line="51" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="94" />
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="18" />
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="20" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="49" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="73" />
        <source>Artist</source>
        <translation>Artist</translation>
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
        <translation>Free slot: {0}, speed {1}/s, queue {2}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/search_model.py" line="118" />
        <location filename="../../harmony_desktop/models/settings_model.py" line="22" />
        <source>When</source>
        <translation>When</translation>
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
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="22" />
        <source>No retries</source>
        <translation>No retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="24" />
        <source>1 retry</source>
        <translation>1 retry</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="25" />
        <source>{0} retries</source>
        <translation>{0} retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="41" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="75" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="47" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="81" />
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="50" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="53" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="53" />
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="56" />
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="59" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="61" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="63" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="70" />
        <source>Unnamed upload</source>
        <translation>Unnamed upload</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="89" />
        <source>No additional details reported.</source>
        <translation>No additional details reported.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="94" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="99" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="108" />
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="109" />
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="110" />
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="111" />
        <source>Downloads folder</source>
        <translation>Downloads folder</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="122" />
        <source>No value set</source>
        <translation>No value set</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="127" />
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="128" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/transfers_model.py" line="134" />
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Compilation</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="17" />
        <source>Appears on</source>
        <translation>Appears on</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="18" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="28" />
        <source>Paused until {0}</source>
        <translation>Paused until {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="29" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="31" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="32" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="41" />
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="43" />
        <source>Every {0} d</source>
        <translation>Every {0} d</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="44" />
        <source>Every {0} h</source>
        <translation>Every {0} h</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="56" />
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="57" />
        <source>Release types</source>
        <translation>Release types</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="59" />
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="62" />
        <source>Next check</source>
        <translation>Next check</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="66" />
        <source>{0} known, {1} new</source>
        <translation>{0} known, {1} new</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="65" />
        <source>Releases</source>
        <translation>Releases</translation>
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
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="75" />
        <source>Followed</source>
        <translation>Followed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="77" />
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="80" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/watchlist_model.py" line="78" />
        <source>On watchlist</source>
        <translation>On watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="22" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="67" />
        <location filename="../../harmony_desktop/models/search_model.py" line="64" />
        <source>Artists</source>
        <translation>Artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="23" />
        <location filename="../../harmony_desktop/models/matching_model.py" line="66" />
        <location filename="../../harmony_desktop/models/search_model.py" line="62" />
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="27" />
        <location filename="../../harmony_desktop/models/import_model.py" line="38" />
        <location filename="../../harmony_desktop/models/import_model.py" line="48" />
        <location filename="../../harmony_desktop/models/log_model.py" line="35" />
        <location filename="../../harmony_desktop/models/playlists_model.py" line="58" />
        <location filename="../../harmony_desktop/models/search_model.py" line="59" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="36" />
        <location filename="../../harmony_desktop/models/search_model.py" line="60" />
        <location filename="../../harmony_desktop/models/search_model.py" line="120" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="37" />
        <source>Spotify ID</source>
        <translation>Spotify ID</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="49" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/import_model.py" line="50" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="31" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="33" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/log_model.py" line="36" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="98" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="16" />
        <location filename="../../harmony_desktop/models/transfers_model.py" line="133" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="18" />
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/settings_model.py" line="20" />
        <source>New</source>
        <translation>New</translation>
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
        <translation>Liked Songs</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="20" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="37" />
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="46" />
        <source>You</source>
        <translation>You</translation>
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
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="60" />
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="62" />
        <source>In library</source>
        <translation>In library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="64" />
        <source>{0} of {1} tracks are in the library</source>
        <translation>{0} of {1} tracks are in the library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="66" />
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="67" />
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="68" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="70" />
        <source>Imported lists have nothing to sync from Spotify.</source>
        <translation>Imported lists have nothing to sync from Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="72" />
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="74" />
        <source>M3U file</source>
        <translation>M3U file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/models/playlists_model.py" line="76" />
        <source>Written after the first sync with tracks in the library.</source>
        <translation>Written after the first sync with tracks in the library.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="54" />
        <source>Database URL</source>
        <translation>Database URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="58" />
        <source>only if the server asks for one</source>
        <translation>only if the server asks for one</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="59" />
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="61" />
        <source>Other database</source>
        <translation>Other database</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="57" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="43" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="73" />
        <source>Connect to this database once and report what Harmony would find there.</source>
        <translation>Connect to this database once and report what Harmony would find there.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="43" />
        <source>Use this database</source>
        <translation>Use this database</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="77" />
        <source>Save it in the configuration file; Harmony uses it from the next start.</source>
        <translation>Save it in the configuration file; Harmony uses it from the next start.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="114" />
        <source>Testing …</source>
        <translation>Testing …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="138" />
        <source>Harmony's schema is there and up to date (revision {0}).</source>
        <translation>Harmony's schema is there and up to date (revision {0}).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="138" />
        <source>Harmony's schema is there at revision {0}; the next start updates it to {1}.</source>
        <translation>Harmony's schema is there at revision {0}; the next start updates it to {1}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="141" />
        <source>The database is empty; Harmony creates its schema at the next start.</source>
        <translation>The database is empty; Harmony creates its schema at the next start.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="143" />
        <source>The database holds other tables but no Harmony schema; Harmony adds its own at the next start.</source>
        <translation>The database holds other tables but no Harmony schema; Harmony adds its own at the next start.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="145" />
        <source>Its schema (revision {0}) comes from a newer Harmony: update Harmony before using this database [{2}].</source>
        <translation>Its schema (revision {0}) comes from a newer Harmony: update Harmony before using this database [{2}].</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="164" />
        <source>Saved in {0}. Harmony uses {1} from the next start: restart Harmony now.</source>
        <translation>Saved in {0}. Harmony uses {1} from the next start: restart Harmony now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="167" />
        <source>The password is kept in the system keyring.</source>
        <translation>The password is kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="169" />
        <source>Note: HARMONY_DATABASE_URL is set and wins over the configuration file; unset it to use this database.</source>
        <translation>Note: HARMONY_DATABASE_URL is set and wins over the configuration file; unset it to use this database.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="172" />
        <source>Note: Harmony was started with --database-url, which wins over the configuration file.</source>
        <translation>Note: Harmony was started with --database-url, which wins over the configuration file.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="122" />
        <source>Not connected: {0} [{1}]</source>
        <translation>Not connected: {0} [{1}]</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="129" />
        <source>Connected: PostgreSQL {0}.</source>
        <translation>Connected: PostgreSQL {0}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_database.py" line="160" />
        <source>Not saved: {0} [{1}]</source>
        <translation>Not saved: {0} [{1}]</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="26" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="29" />
        <source>Harmony hit an unexpected error and keeps running. The details below are also in the log view; please include them in a report.</source>
        <translation>Harmony hit an unexpected error and keeps running. The details below are also in the log view; please include them in a report.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/error_dialog.py" line="41" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="48" />
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="54" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="60" />
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="62" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="63" />
        <source>{0} ago</source>
        <translation>{0} ago</translation>
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
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/formatting.py" line="73" />
        <source>{0} w</source>
        <translation>{0} w</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../harmony_desktop/dnd.py" line="52" />
        <source>Import playlists</source>
        <translation>Import playlists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dnd.py" line="63" />
        <source>The import service is not running.</source>
        <translation>The import service is not running.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="40" />
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="43" />
        <source>Reading the input …</source>
        <translation>Reading the input …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="57" />
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="58" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="59" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="66" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="94" />
        <source>Tracks ({0})</source>
        <translation>Tracks ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="95" />
        <source>Links ({0})</source>
        <translation>Links ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="96" />
        <source>Rejected ({0})</source>
        <translation>Rejected ({0})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="99" />
        <source>{0} tracks and {1} links ready to import.</source>
        <translation>{0} tracks and {1} links ready to import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="101" />
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="102" />
        <source>{0} rejected · {1} duplicates removed · {2} already wanted</source>
        <translation>{0} rejected · {1} duplicates removed · {2} already wanted</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="109" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="114" />
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="140" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/dialogs/import_dialog.py" line="138" />
        <source>Import finished: {0} new, {1} merged, {2} links.</source>
        <translation>Import finished: {0} new, {1} merged, {2} links.</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="48" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="52" />
        <source>Music library</source>
        <translation>Music library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="52" />
        <source>Files Harmony knows in your music folder; scanned regularly.</source>
        <translation>Files Harmony knows in your music folder; scanned regularly.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="62" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="62" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="63" />
        <source>Music folder</source>
        <translation>Music folder</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="64" />
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="65" />
        <source>Wanted tracks</source>
        <translation>Wanted tracks</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="73" />
        <source>Scan now</source>
        <translation>Scan now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="83" />
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="83" />
        <source>Synced playlists are fetched from Spotify regularly; their tracks are searched and downloaded, and an .m3u8 list is written beside the library.</source>
        <translation>Synced playlists are fetched from Spotify regularly; their tracks are searched and downloaded, and an .m3u8 list is written beside the library.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="87" />
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="98" />
        <source>Loading playlists …</source>
        <translation>Loading playlists …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="99" />
        <source>No playlists yet.</source>
        <translation>No playlists yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="110" />
        <source>Refresh from Spotify</source>
        <translation>Refresh from Spotify</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="112" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="114" />
        <source>Sync all now</source>
        <translation>Sync all now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="142" />
        <source>The library service is not running.</source>
        <translation>The library service is not running.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="147" />
        <source>Library numbers could not be loaded: {0}</source>
        <translation>Library numbers could not be loaded: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="156" />
        <source>Not scanned yet</source>
        <translation>Not scanned yet</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="160" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="176" />
        <source>Enter your Spotify client ID in Settings, then log in with Spotify.</source>
        <translation>Enter your Spotify client ID in Settings, then log in with Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="179" />
        <source>Log in with Spotify in Settings (Spotify account).</source>
        <translation>Log in with Spotify in Settings (Spotify account).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="181" />
        <source>Spotify is not connected (FREE mode): imported lists are shown, but Spotify playlists and Liked Songs need a login. {0}</source>
        <translation>Spotify is not connected (FREE mode): imported lists are shown, but Spotify playlists and Liked Songs need a login. {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="196" />
        <source>The playlist service is not running.</source>
        <translation>The playlist service is not running.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="202" />
        <source>Fetching your playlists from Spotify …</source>
        <translation>Fetching your playlists from Spotify …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="208" />
        <source>Playlists could not be loaded: {0}</source>
        <translation>Playlists could not be loaded: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="210" />
        <source>Playlists could not be loaded.</source>
        <translation>Playlists could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="220" />
        <source>{0} playlists loaded from Spotify.</source>
        <translation>{0} playlists loaded from Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="235" />
        <source>Sync turned on for {0}; a sync was queued.</source>
        <translation>Sync turned on for {0}; a sync was queued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="236" />
        <source>Sync turned off for {0}.</source>
        <translation>Sync turned off for {0}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="246" />
        <source>Sync of {0} queued.</source>
        <translation>Sync of {0} queued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="247" />
        <source>Sync of all chosen playlists and Liked Songs queued.</source>
        <translation>Sync of all chosen playlists and Liked Songs queued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="253" />
        <source>Library scan queued.</source>
        <translation>Library scan queued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="255" />
        <location filename="../../harmony_desktop/tabs/library_tab.py" line="262" />
        <source>Action failed: {0}</source>
        <translation>Action failed: {0}</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="27" />
        <source>Show from level</source>
        <translation>Show from level</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="35" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/log_tab.py" line="44" />
        <source>Log</source>
        <translation>Log</translation>
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
        <translation>Expand navigation</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="174" />
        <source>Collapse navigation</source>
        <translation>Collapse navigation</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="206" />
        <source>The database is reachable again.</source>
        <translation>The database is reachable again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/main_window.py" line="219" />
        <source>Database not reachable – Harmony keeps trying… Downloads and imports wait and continue by themselves once it is back.</source>
        <translation>Database not reachable – Harmony keeps trying… Downloads and imports wait and continue by themselves once it is back.</translation>
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
        <translation>Worker status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="90" />
        <source>Matching worker — stores confirmed matches.</source>
        <translation>Matching worker — stores confirmed matches.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="93" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="216" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="95" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="218" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="98" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="100" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="114" />
        <source>Matching metrics</source>
        <translation>Matching metrics</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="116" />
        <source>Ø confidence (last batch)</source>
        <translation>Ø confidence (last batch)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="117" />
        <source>Discarded in last batch</source>
        <translation>Discarded in last batch</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="118" />
        <source>Saved in total</source>
        <translation>Saved in total</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="119" />
        <source>Discarded in total</source>
        <translation>Discarded in total</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="124" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="131" />
        <source>Recent matching batches</source>
        <translation>Recent matching batches</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="134" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="152" />
        <source>Loading data …</source>
        <translation>Loading data …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="135" />
        <source>No matching runs recorded yet.</source>
        <translation>No matching runs recorded yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="141" />
        <source>Candidates per item</source>
        <translation>Candidates per item</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="142" />
        <source>Pick a wanted item to see every file the matcher considered.</source>
        <translation>Pick a wanted item to see every file the matcher considered.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="145" />
        <source>Filter by artist or title</source>
        <translation>Filter by artist or title</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="153" />
        <source>No wanted items yet.</source>
        <translation>No wanted items yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="170" />
        <source>Loading candidates …</source>
        <translation>Loading candidates …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="171" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="308" />
        <source>Choose a wanted item above.</source>
        <translation>Choose a wanted item above.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="175" />
        <source>Use this file</source>
        <translation>Use this file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="177" />
        <source>Never this file</source>
        <translation>Never this file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="179" />
        <source>Ban this user</source>
        <translation>Ban this user</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="181" />
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="232" />
        <source>The matching queue holds {0} open jobs. Check the worker load or the matching configuration.</source>
        <translation>The matching queue holds {0} open jobs. Check the worker load or the matching configuration.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="238" />
        <source>The matching worker is stopped. Restart Harmony or turn the workers on in Settings.</source>
        <translation>The matching worker is stopped. Restart Harmony or turn the workers on in Settings.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="240" />
        <source>The matching worker reports errors. Check the log view and the matching settings.</source>
        <translation>The matching worker reports errors. Check the log view and the matching settings.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="242" />
        <source>The matching worker is blocked. Check queued jobs and credentials to remove the blocker.</source>
        <translation>The matching worker is blocked. Check queued jobs and credentials to remove the blocker.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="244" />
        <source>The matching worker has not been seen for a while. Check the heartbeat and the log view.</source>
        <translation>The matching worker has not been seen for a while. Check the heartbeat and the log view.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="251" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="260" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="263" />
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="294" />
        <source>Matching data is not available right now.</source>
        <translation>Matching data is not available right now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="270" />
        <source>Average score of the most recently stored matches.</source>
        <translation>Average score of the most recently stored matches.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="271" />
        <source>No matches scored yet.</source>
        <translation>No matches scored yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="275" />
        <source>Matches discarded for low scores or conflicts.</source>
        <translation>Matches discarded for low scores or conflicts.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="276" />
        <source>No discards yet.</source>
        <translation>No discards yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="279" />
        <source>Every match stored since the pipeline started.</source>
        <translation>Every match stored since the pipeline started.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="280" />
        <source>No matches stored yet.</source>
        <translation>No matches stored yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="283" />
        <source>All discarded proposals — watch for a rise.</source>
        <translation>All discarded proposals — watch for a rise.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="284" />
        <source>No discarded proposals recorded.</source>
        <translation>No discarded proposals recorded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="316" />
        <source>No candidates were found for this item.</source>
        <translation>No candidates were found for this item.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="330" />
        <source>This file will be used and downloaded.</source>
        <translation>This file will be used and downloaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="339" />
        <source>This file will never be used again.</source>
        <translation>This file will never be used again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="346" />
        <source>User {0} is banned.</source>
        <translation>User {0} is banned.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="354" />
        <source>Searching again …</source>
        <translation>Searching again …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/matching_tab.py" line="361" />
        <source>Action failed: {0}</source>
        <translation>Action failed: {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="18" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="19" />
        <location filename="../../harmony_desktop/messages.py" line="20" />
        <location filename="../../harmony_desktop/messages.py" line="21" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="22" />
        <source>Queued at peer</source>
        <translation>Queued at peer</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="23" />
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="24" />
        <location filename="../../harmony_desktop/messages.py" line="25" />
        <location filename="../../harmony_desktop/messages.py" line="45" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="26" />
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="27" />
        <location filename="../../harmony_desktop/messages.py" line="28" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="29" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="30" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="31" />
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="32" />
        <source>Errored</source>
        <translation>Errored</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="33" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="34" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="35" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="36" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="37" />
        <location filename="../../harmony_desktop/messages.py" line="194" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="39" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="40" />
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="41" />
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="42" />
        <source>In library</source>
        <translation>In library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="43" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="46" />
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="47" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="48" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="49" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="50" />
        <source>Restarted</source>
        <translation>Restarted</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="51" />
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="52" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="54" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="55" />
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="56" />
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="60" />
        <source>Sync</source>
        <translation>Sync</translation>
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
        <translation>Metadata</translation>
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
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="67" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="71" />
        <source>The engine is not running yet.</source>
        <translation>The engine is not running yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="72" />
        <source>An unexpected error occurred: {message}</source>
        <translation>An unexpected error occurred: {message}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="73" />
        <source>The database is not reachable.</source>
        <translation>The database is not reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="74" />
        <source>The configuration is invalid: {message}</source>
        <translation>The configuration is invalid: {message}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="75" />
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="77" />
        <source>The value must be at least {minimum}.</source>
        <translation>The value must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="78" />
        <source>The value must be at most {maximum}.</source>
        <translation>The value must be at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="79" />
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="80" />
        <source>The system keyring is not available.</source>
        <translation>The system keyring is not available.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="82" />
        <source>No system keyring is available; secrets cannot be stored.</source>
        <translation>No system keyring is available; secrets cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="85" />
        <source>The system keyring refused the value.</source>
        <translation>The system keyring refused the value.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="86" />
        <source>The service answered with an error.</source>
        <translation>The service answered with an error.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="87" />
        <source>The service is not reachable.</source>
        <translation>The service is not reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="89" />
        <source>The service asks us to slow down; retrying later.</source>
        <translation>The service asks us to slow down; retrying later.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="91" />
        <source>The credentials were refused.</source>
        <translation>The credentials were refused.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="93" />
        <source>The service sent an answer we do not understand.</source>
        <translation>The service sent an answer we do not understand.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="94" />
        <source>The service did not answer in time.</source>
        <translation>The service did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="95" />
        <source>The input was refused.</source>
        <translation>The input was refused.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="117" />
        <source>The helper process stopped while reading this input. Nothing was imported; try again, or split the file.</source>
        <translation>The helper process stopped while reading this input. Nothing was imported; try again, or split the file.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="96" />
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="98" />
        <source>This is not a text file (binary content).</source>
        <translation>This is not a text file (binary content).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="104" />
        <source>A title, artist or album in this line is far too long.</source>
        <translation>A title, artist or album in this line is far too long.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="100" />
        <source>Too many lines for a quick paste; use a file.</source>
        <translation>Too many lines for a quick paste; use a file.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="101" />
        <source>Too many tracks in one request.</source>
        <translation>Too many tracks in one request.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="103" />
        <source>Too many playlist links in one request.</source>
        <translation>Too many playlist links in one request.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="104" />
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="106" />
        <source>Line not understood (expected “Artist - Title”).</source>
        <translation>Line not understood (expected “Artist - Title”).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="107" />
        <source>The file format was not recognised.</source>
        <translation>The file format was not recognised.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="108" />
        <location filename="../../harmony_desktop/messages.py" line="109" />
        <source>This link is not supported.</source>
        <translation>This link is not supported.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="111" />
        <source>Short links (spotify.link) cannot be resolved offline.</source>
        <translation>Short links (spotify.link) cannot be resolved offline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="112" />
        <source>This is not a file.</source>
        <translation>This is not a file.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="113" />
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="114" />
        <source>Artist or title is missing.</source>
        <translation>Artist or title is missing.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="115" />
        <source>The CSV lacks artist/title columns.</source>
        <translation>The CSV lacks artist/title columns.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="117" />
        <source>Local Spotify files cannot be imported.</source>
        <translation>Local Spotify files cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="118" />
        <source>Read with a legacy encoding.</source>
        <translation>Read with a legacy encoding.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="120" />
        <source>Spotify is not configured (client ID missing).</source>
        <translation>Spotify is not configured (client ID missing).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="121" />
        <source>Not logged in to Spotify.</source>
        <translation>Not logged in to Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="123" />
        <source>The Spotify login was not completed in time.</source>
        <translation>The Spotify login was not completed in time.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="125" />
        <source>The Spotify login answer did not match; try again.</source>
        <translation>The Spotify login answer did not match; try again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="128" />
        <source>The Spotify session expired; log in again.</source>
        <translation>The Spotify session expired; log in again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="130" />
        <source>Spotify is rate limiting; retrying later.</source>
        <translation>Spotify is rate limiting; retrying later.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="131" />
        <source>Spotify is not reachable.</source>
        <translation>Spotify is not reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="133" />
        <source>Spotify refused access (Premium or scope missing).</source>
        <translation>Spotify refused access (Premium or scope missing).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="134" />
        <source>Not found on Spotify.</source>
        <translation>Not found on Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="135" />
        <source>Spotify is connected.</source>
        <translation>Spotify is connected.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="136" />
        <source>slskd is connected and logged in to Soulseek.</source>
        <translation>slskd is connected and logged in to Soulseek.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="137" />
        <source>slskd URL or API key is missing.</source>
        <translation>slskd URL or API key is missing.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="138" />
        <source>slskd is not reachable.</source>
        <translation>slskd is not reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="140" />
        <source>slskd is not logged in to the Soulseek network.</source>
        <translation>slskd is not logged in to the Soulseek network.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="141" />
        <location filename="../../harmony_desktop/messages.py" line="142" />
        <source>slskd refused the API key.</source>
        <translation>slskd refused the API key.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="143" />
        <source>The API key is valid.</source>
        <translation>The API key is valid.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="144" />
        <source>slskd asks us to slow down.</source>
        <translation>slskd asks us to slow down.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="145" />
        <source>slskd answered with an error.</source>
        <translation>slskd answered with an error.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="146" />
        <source>The peer is offline.</source>
        <translation>The peer is offline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="147" />
        <source>LRCLIB is reachable.</source>
        <translation>LRCLIB is reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="148" />
        <source>Lyrics are turned off.</source>
        <translation>Lyrics are turned off.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="149" />
        <source>LRCLIB is not reachable.</source>
        <translation>LRCLIB is not reachable.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="150" />
        <source>LRCLIB asks us to slow down.</source>
        <translation>LRCLIB asks us to slow down.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="152" />
        <source>The Soulseek search budget is used up; try again shortly.</source>
        <translation>The Soulseek search budget is used up; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="153" />
        <source>This playlist is not known (any more).</source>
        <translation>This playlist is not known (any more).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="155" />
        <source>The database is reachable again.</source>
        <translation>The database is reachable again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="157" />
        <source>This artist is already on the watchlist.</source>
        <translation>This artist is already on the watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="158" />
        <source>This download cannot be requeued.</source>
        <translation>This download cannot be requeued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="162" />
        <source>New release: {artist} – {album}</source>
        <translation>New release: {artist} – {album}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="164" />
        <source>{album}: {done} of {total} tracks in the library</source>
        <translation>{album}: {done} of {total} tracks in the library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="167" />
        <source>{artist}: {releases} earlier releases ({tracks} tracks) queued</source>
        <translation>{artist}: {releases} earlier releases ({tracks} tracks) queued</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="170" />
        <source>Import finished: {created} new, {merged} merged</source>
        <translation>Import finished: {created} new, {merged} merged</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="171" />
        <source>Downloaded: {artist} – {title}</source>
        <translation>Downloaded: {artist} – {title}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="172" />
        <source>Download needs attention: {title}</source>
        <translation>Download needs attention: {title}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="173" />
        <source>Harmony keeps running in the tray.</source>
        <translation>Harmony keeps running in the tray.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="76" />
        <source>Nothing answers at this address (connection refused).</source>
        <translation>Nothing answers at this address (connection refused).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="77" />
        <source>The server's host name is unknown.</source>
        <translation>The server's host name is unknown.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="79" />
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="80" />
        <source>The server has no database of this name.</source>
        <translation>The server has no database of this name.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="81" />
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="82" />
        <source>Enter a database URL.</source>
        <translation>Enter a database URL.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="84" />
        <source>SQLite is not supported: Harmony needs PostgreSQL.</source>
        <translation>SQLite is not supported: Harmony needs PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="86" />
        <source>Write postgresql+asyncpg:// (plain postgresql:// names no driver).</source>
        <translation>Write postgresql+asyncpg:// (plain postgresql:// names no driver).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="89" />
        <source>Only PostgreSQL URLs (postgresql+asyncpg://…) are accepted.</source>
        <translation>Only PostgreSQL URLs (postgresql+asyncpg://…) are accepted.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="92" />
        <source>This URL cannot be read or names no database.</source>
        <translation>This URL cannot be read or names no database.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="94" />
        <source>Secrets come from environment variables here and cannot be saved.</source>
        <translation>Secrets come from environment variables here and cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="186" />
        <source>No Soulseek results for this track.</source>
        <translation>No Soulseek results for this track.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="187" />
        <source>No candidate was good enough.</source>
        <translation>No candidate was good enough.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="188" />
        <source>Every candidate failed.</source>
        <translation>Every candidate failed.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="189" />
        <source>slskd did not accept the file.</source>
        <translation>slskd did not accept the file.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="190" />
        <source>The peer rejected the download.</source>
        <translation>The peer rejected the download.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="191" />
        <source>The transfer broke off with an error.</source>
        <translation>The transfer broke off with an error.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="192" />
        <source>The transfer was cancelled.</source>
        <translation>The transfer was cancelled.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="193" />
        <source>The transfer timed out.</source>
        <translation>The transfer timed out.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="194" />
        <source>The transfer failed.</source>
        <translation>The transfer failed.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="196" />
        <source>Waited too long in the peer's queue.</source>
        <translation>Waited too long in the peer's queue.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="197" />
        <source>The transfer made no progress.</source>
        <translation>The transfer made no progress.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="198" />
        <source>slskd lost the transfer repeatedly.</source>
        <translation>slskd lost the transfer repeatedly.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="200" />
        <source>The remote file name would leave slskd's downloads folder; refused.</source>
        <translation>The remote file name would leave slskd's downloads folder; refused.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="203" />
        <source>slskd reported success but the file never appeared in its downloads folder.</source>
        <translation>slskd reported success but the file never appeared in its downloads folder.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="206" />
        <source>The downloaded file disappeared before it was organised.</source>
        <translation>The downloaded file disappeared before it was organised.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="208" />
        <source>The downloaded file is not on disk.</source>
        <translation>The downloaded file is not on disk.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="209" />
        <source>The downloaded file is empty.</source>
        <translation>The downloaded file is empty.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="211" />
        <source>The file's size differs from the announced size.</source>
        <translation>The file's size differs from the announced size.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="212" />
        <source>The file is not readable audio.</source>
        <translation>The file is not readable audio.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="214" />
        <source>The file's length differs from the wanted track.</source>
        <translation>The file's length differs from the wanted track.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="215" />
        <source>The file has no playable length.</source>
        <translation>The file has no playable length.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="217" />
        <source>The file is too small for its length; probably cut short.</source>
        <translation>The file is too small for its length; probably cut short.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="219" />
        <source>Cancelled by you.</source>
        <translation>Cancelled by you.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="220" />
        <source>Banned by you.</source>
        <translation>Banned by you.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="221" />
        <source>Gave up after repeated attempts.</source>
        <translation>Gave up after repeated attempts.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/messages.py" line="223" />
        <source>Gave up after repeated failures.</source>
        <translation>Gave up after repeated failures.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="33" />
        <location filename="../../harmony_desktop/navigation.py" line="45" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="34" />
        <location filename="../../harmony_desktop/navigation.py" line="46" />
        <source>Warning: check the configuration</source>
        <translation>Warning: check the configuration</translation>
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
        <translation>Warning: service offline</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="38" />
        <location filename="../../harmony_desktop/navigation.py" line="51" />
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/navigation.py" line="39" />
        <location filename="../../harmony_desktop/navigation.py" line="52" />
        <source>Warning: service degraded</source>
        <translation>Warning: service degraded</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="27" />
        <source>title not found</source>
        <translation>title not found</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="28" />
        <source>artist not found</source>
        <translation>artist not found</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="29" />
        <source>low confidence {0}</source>
        <translation>low confidence {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="30" />
        <source>length unknown</source>
        <translation>length unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="31" />
        <source>duration {0} s</source>
        <translation>duration {0} s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="33" />
        <source>version mismatch: {0}</source>
        <translation>version mismatch: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="34" />
        <source>version missing: {0}</source>
        <translation>version missing: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="36" />
        <source>extra words: {0}</source>
        <translation>extra words: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="38" />
        <source>not audio: .{0}</source>
        <translation>not audio: .{0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="40" />
        <source>file too small ({0} bytes)</source>
        <translation>file too small ({0} bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="41" />
        <source>zero length</source>
        <translation>zero length</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="42" />
        <source>preview clip</source>
        <translation>preview clip</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="43" />
        <source>preview clip ({0} s)</source>
        <translation>preview clip ({0} s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="45" />
        <source>size too small for lossless ({0} kbit/s)</source>
        <translation>size too small for lossless ({0} kbit/s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="47" />
        <source>size too small for {0} kbit/s</source>
        <translation>size too small for {0} kbit/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="49" />
        <source>size too large for {0} kbit/s</source>
        <translation>size too large for {0} kbit/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="51" />
        <source>bitrate {0} &lt; {1}</source>
        <translation>bitrate {0} &lt; {1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="53" />
        <source>format {0} not in quality profile</source>
        <translation>format {0} not in quality profile</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="55" />
        <source>bit depth {0} out of bounds</source>
        <translation>bit depth {0} out of bounds</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="57" />
        <source>sample rate {0} out of bounds</source>
        <translation>sample rate {0} out of bounds</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="58" />
        <source>bitrate unknown</source>
        <translation>bitrate unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="59" />
        <source>{0} bitrate unknown</source>
        <translation>{0} bitrate unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="61" />
        <source>peer banned</source>
        <translation>peer banned</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="62" />
        <source>peer failed {0} times</source>
        <translation>peer failed {0} times</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="63" />
        <source>free slot, {0} MB/s</source>
        <translation>free slot, {0} MB/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="65" />
        <source>free slot, {0} MB/s, {1} recent failure</source>
        <translation>free slot, {0} MB/s, {1} recent failure</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="67" />
        <source>free slot, {0} MB/s, {1} recent failures</source>
        <translation>free slot, {0} MB/s, {1} recent failures</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="68" />
        <source>queue {0}, {1} MB/s</source>
        <translation>queue {0}, {1} MB/s</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="70" />
        <source>queue {0}, {1} MB/s, {2} recent failure</source>
        <translation>queue {0}, {1} MB/s, {2} recent failure</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/reason_text.py" line="72" />
        <source>queue {0}, {1} MB/s, {2} recent failures</source>
        <translation>queue {0}, {1} MB/s, {2} recent failures</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="63" />
        <source>Searching …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="64" />
        <source>Type a search above: free text or artist, title and album.</source>
        <translation>Type a search above: free text or artist, title and album.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="77" />
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="89" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="82" />
        <source>Search Spotify and Soulseek …</source>
        <translation>Search Spotify and Soulseek …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="84" />
        <source>Artist</source>
        <translation>Artist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="86" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="88" />
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="103" />
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="107" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="107" />
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="108" />
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="108" />
        <source>Artists</source>
        <translation>Artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="109" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="112" />
        <source>All formats</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="118" />
        <source>min. </source>
        <translation>min. </translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="120" />
        <source>Lossless only</source>
        <translation>Lossless only</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="133" />
        <source>Compare files with this track</source>
        <translation>Compare files with this track</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="135" />
        <source>Download file</source>
        <translation>Download file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="137" />
        <source>Add to wanted</source>
        <translation>Add to wanted</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="139" />
        <source>Add artist to watchlist</source>
        <translation>Add artist to watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="141" />
        <source>Never this file</source>
        <translation>Never this file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="143" />
        <source>Ban this user</source>
        <translation>Ban this user</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="163" />
        <source>The search service is not running.</source>
        <translation>The search service is not running.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="176" />
        <source>Waiting for results …</source>
        <translation>Waiting for results …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="202" />
        <source>No results.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="261" />
        <source>Files scored against „{0}“. Pick a file to download it with this track's metadata.</source>
        <translation>Files scored against „{0}“. Pick a file to download it with this track's metadata.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="278" />
        <source>Download queued: {0}</source>
        <translation>Download queued: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="287" />
        <source>{0} track(s) added to wanted.</source>
        <translation>{0} track(s) added to wanted.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="294" />
        <source>{0} is now on the watchlist.</source>
        <translation>{0} is now on the watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="304" />
        <source>User {0} is banned.</source>
        <translation>User {0} is banned.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="308" />
        <source>This file will never be used again.</source>
        <translation>This file will never be used again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/search_tab.py" line="312" />
        <source>Action failed: {0}</source>
        <translation>Action failed: {0}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="25" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="65" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="109" />
        <source>No value set</source>
        <translation>No value set</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/setting_editors.py" line="129" />
        <source>Choose folder</source>
        <translation>Choose folder</translation>
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
        <translation>Search budget</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="11" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="12" />
        <source>Cover art</source>
        <translation>Cover art</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="13" />
        <source>Lyrics</source>
        <translation>Lyrics</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="14" />
        <source>Quality profile</source>
        <translation>Quality profile</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="15" />
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="16" />
        <source>Workers and retries</source>
        <translation>Workers and retries</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="17" />
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="18" />
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="19" />
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="20" />
        <source>Language and notifications</source>
        <translation>Language and notifications</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="21" />
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="27" />
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="28" />
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="29" />
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="37" />
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="30" />
        <source>slskd downloads folder</source>
        <translation>slskd downloads folder</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="31" />
        <source>Searches per window</source>
        <translation>Searches per window</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="32" />
        <source>Budget window (s)</source>
        <translation>Budget window (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="33" />
        <source>Search timeout (s)</source>
        <translation>Search timeout (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="34" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="35" />
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="36" />
        <source>Redirect port</source>
        <translation>Redirect port</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="38" />
        <source>Spotify API address</source>
        <translation>Spotify API address</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="39" />
        <source>Spotify accounts address</source>
        <translation>Spotify accounts address</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="40" />
        <source>Cover Art Archive address</source>
        <translation>Cover Art Archive address</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="41" />
        <source>Music folder</source>
        <translation>Music folder</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="42" />
        <source>Naming template</source>
        <translation>Naming template</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="43" />
        <source>Scan interval (s)</source>
        <translation>Scan interval (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="44" />
        <source>Write playlists (m3u8)</source>
        <translation>Write playlists (m3u8)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="45" />
        <source>Embed cover art</source>
        <translation>Embed cover art</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="46" />
        <source>Largest cover (bytes)</source>
        <translation>Largest cover (bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="47" />
        <source>Fetch synced lyrics</source>
        <translation>Fetch synced lyrics</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="48" />
        <source>LRCLIB address</source>
        <translation>LRCLIB address</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="49" />
        <source>Formats (preferred first)</source>
        <translation>Formats (preferred first)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="50" />
        <source>Minimum bitrate (kbit/s)</source>
        <translation>Minimum bitrate (kbit/s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="51" />
        <source>Largest bit depth</source>
        <translation>Largest bit depth</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="52" />
        <source>Largest sample rate (Hz)</source>
        <translation>Largest sample rate (Hz)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="53" />
        <source>Accept threshold (0–1)</source>
        <translation>Accept threshold (0–1)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="54" />
        <source>Length tolerance (s)</source>
        <translation>Length tolerance (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="55" />
        <source>Workers on</source>
        <translation>Workers on</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="56" />
        <source>Attempts before giving up</source>
        <translation>Attempts before giving up</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="57" />
        <source>First retry after (s)</source>
        <translation>First retry after (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="58" />
        <source>Longest retry delay (s)</source>
        <translation>Longest retry delay (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="59" />
        <source>Retry jitter (0–1)</source>
        <translation>Retry jitter (0–1)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="60" />
        <source>Queued too long after (s)</source>
        <translation>Queued too long after (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="61" />
        <source>No progress for (s)</source>
        <translation>No progress for (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="62" />
        <source>File size stable for (s)</source>
        <translation>File size stable for (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="63" />
        <source>Check timer (s)</source>
        <translation>Check timer (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="64" />
        <source>Artists per check</source>
        <translation>Artists per check</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="65" />
        <source>Default interval (h)</source>
        <translation>Default interval (h)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="66" />
        <source>Cooldown after errors (min)</source>
        <translation>Cooldown after errors (min)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="67" />
        <source>Retry budget</source>
        <translation>Retry budget</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="68" />
        <source>Lines per paste</source>
        <translation>Lines per paste</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="69" />
        <source>Largest file (bytes)</source>
        <translation>Largest file (bytes)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="70" />
        <source>Playlist links per request</source>
        <translation>Playlist links per request</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="71" />
        <source>Tracks per request</source>
        <translation>Tracks per request</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="72" />
        <source>Keep activity (days)</source>
        <translation>Keep activity (days)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="73" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="74" />
        <source>Show notifications</source>
        <translation>Show notifications</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="76" />
        <source>Keep running in the tray when closed</source>
        <translation>Keep running in the tray when closed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Result polling (s)</source>
        <translation>Result polling (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Quiet period before a search ends (ms)</source>
        <translation>Quiet period before a search ends (ms)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Sync interval (s)</source>
        <translation>Sync interval (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Transfer polling (s)</source>
        <translation>Transfer polling (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Pipeline round every (s)</source>
        <translation>Pipeline round every (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Tracks per pipeline round</source>
        <translation>Tracks per pipeline round</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Searches per pipeline round</source>
        <translation>Searches per pipeline round</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Search result polling (s)</source>
        <translation>Search result polling (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Wait for the finished file (s)</source>
        <translation>Wait for the finished file (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Check the file size after downloading</source>
        <translation>Check the file size after downloading</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Attempts to tag and file</source>
        <translation>Attempts to tag and file</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Reuse search results for (s)</source>
        <translation>Reuse search results for (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Candidates kept per track</source>
        <translation>Candidates kept per track</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Remember peer failures for (h)</source>
        <translation>Remember peer failures for (h)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>First retry after an error (s)</source>
        <translation>First retry after an error (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Quiet time between progress notes (s)</source>
        <translation>Quiet time between progress notes (s)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Release types for new artists</source>
        <translation>Release types for new artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_labels.py" line="1" />
        <source>Skip words for new artists</source>
        <translation>Skip words for new artists</translation>
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
        <translation>Loading settings …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="48" />
        <source>No settings declared.</source>
        <translation>No settings declared.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="60" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="63" />
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="66" />
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="67" />
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="79" />
        <source>Settings could not be loaded.</source>
        <translation>Settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="125" />
        <source>Stored in the system keyring, never shown again.</source>
        <translation>Stored in the system keyring, never shown again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="138" />
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="150" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="159" />
        <source>No system keyring is available: secrets cannot be saved. Install a keyring service (e.g. GNOME Keyring or KWallet) or set them in the environment.</source>
        <translation>No system keyring is available: secrets cannot be saved. Install a keyring service (e.g. GNOME Keyring or KWallet) or set them in the environment.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="173" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="181" />
        <source>Saved. Takes effect after a restart.</source>
        <translation>Saved. Takes effect after a restart.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="202" />
        <source>(example available once the library service runs)</source>
        <translation>(example available once the library service runs)</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/settings_tab.py" line="210" />
        <source>Invalid template: {0}</source>
        <translation>Invalid template: {0}</translation>
    </message>
</context>
<context>
    <name>SoulseekTab</name>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="68" />
        <source>Overview of the slskd status, configuration and active upload and download transfers.</source>
        <translation>Overview of the slskd status, configuration and active upload and download transfers.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="84" />
        <source>Soulseek</source>
        <translation>Soulseek</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="88" />
        <source>Connection &amp;&amp; integrations</source>
        <translation>Connection &amp;&amp; integrations</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="90" />
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="91" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="94" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="98" />
        <source>Checking the connection …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="106" />
        <source>Loading integration data …</source>
        <translation>Loading integration data …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="107" />
        <source>No health data reported.</source>
        <translation>No health data reported.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="113" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="114" />
        <source>slskd settings, sensitive values masked.</source>
        <translation>slskd settings, sensitive values masked.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="121" />
        <source>Loading configuration …</source>
        <translation>Loading configuration …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="122" />
        <source>No slskd settings found.</source>
        <translation>No slskd settings found.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="126" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="136" />
        <source>Active uploads</source>
        <translation>Active uploads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="138" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="329" />
        <source>Show all uploads</source>
        <translation>Show all uploads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="140" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="187" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="150" />
        <source>Loading uploads …</source>
        <translation>Loading uploads …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="151" />
        <source>No uploads are active right now.</source>
        <translation>No uploads are active right now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="157" />
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="157" />
        <source>Active and past downloads of the pipeline.</source>
        <translation>Active and past downloads of the pipeline.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="168" />
        <source>Loading downloads …</source>
        <translation>Loading downloads …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="169" />
        <source>No downloads are active right now.</source>
        <translation>No downloads are active right now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="179" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="323" />
        <source>Show all downloads</source>
        <translation>Show all downloads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="181" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="344" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="183" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="346" />
        <source>Change priority…</source>
        <translation>Change priority…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="185" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="347" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="384" />
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="215" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="219" />
        <source>Integration status could not be loaded.</source>
        <translation>Integration status could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="227" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="228" />
        <source>Harmony is talking to slskd successfully.</source>
        <translation>Harmony is talking to slskd successfully.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="230" />
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="233" />
        <source>No confirmed connection to the Soulseek daemon.</source>
        <translation>No confirmed connection to the Soulseek daemon.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="239" />
        <source>Configuration could not be loaded.</source>
        <translation>Configuration could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="249" />
        <source>Missing: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="261" />
        <source>Testing …</source>
        <translation>Testing …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="268" />
        <source>✅ Connection successful</source>
        <translation>✅ Connection successful</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="268" />
        <source>❌ Connection failed</source>
        <translation>❌ Connection failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="274" />
        <source>❌ Connection could not be checked: {0}</source>
        <translation>❌ Connection could not be checked: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="278" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="286" />
        <source>Uploads could not be loaded.</source>
        <translation>Uploads could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="295" />
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="303" />
        <source>Downloads could not be loaded.</source>
        <translation>Downloads could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="321" />
        <source>Only active downloads</source>
        <translation>Only active downloads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="328" />
        <source>Only active uploads</source>
        <translation>Only active uploads</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="355" />
        <source>Restarting …</source>
        <translation>Restarting …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="357" />
        <source>Download requeued: {0} will be downloaded again.</source>
        <translation>Download requeued: {0} will be downloaded again.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="368" />
        <source>Change priority</source>
        <translation>Change priority</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="369" />
        <source>Priority (higher runs first):</source>
        <translation>Priority (higher runs first):</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="376" />
        <source>Priority updated: {0}</source>
        <translation>Priority updated: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="385" />
        <source>Really cancel the download of {0}?</source>
        <translation>Really cancel the download of {0}?</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="389" />
        <source>Download cancelled.</source>
        <translation>Download cancelled.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/soulseek_tab.py" line="397" />
        <source>Action failed: {0}</source>
        <translation>Action failed: {0}</translation>
    </message>
</context>
<context>
    <name>StateStack</name>
    <message>
        <location filename="../../harmony_desktop/widgets/state_stack.py" line="25" />
        <source>Try again</source>
        <translation>Try again</translation>
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
        <translation>Database: connecting…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="42" />
        <source>Engine: starting…</source>
        <translation>Engine: starting…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="42" />
        <source>Engine: running</source>
        <translation>Engine: running</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="43" />
        <source>Engine: degraded</source>
        <translation>Engine: degraded</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="44" />
        <source>Engine: stopping…</source>
        <translation>Engine: stopping…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="44" />
        <source>Engine: stopped</source>
        <translation>Engine: stopped</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="45" />
        <source>Engine: failed</source>
        <translation>Engine: failed</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="63" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="65" />
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="65" />
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="66" />
        <source>Database: {0} ({1})</source>
        <translation>Database: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="88" />
        <source>Searches: {0}/{1}</source>
        <translation>Searches: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="91" />
        <source>Soulseek searches left: {0} of {1} per {2} min.</source>
        <translation>Soulseek searches left: {0} of {1} per {2} min.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="94" />
        <source>Next free search in {0} s.</source>
        <translation>Next free search in {0} s.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="97" />
        <source>A search can start now.</source>
        <translation>A search can start now.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="99" />
        <source>A search is running.</source>
        <translation>A search is running.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="61" />
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="61" />
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="78" />
        <source>Queue: {0} waiting, {1} running</source>
        <translation>Queue: {0} waiting, {1} running</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/status_bar.py" line="80" />
        <source>workers paused</source>
        <translation>workers paused</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="46" />
        <source>Hide Harmony</source>
        <translation>Hide Harmony</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="46" />
        <source>Show Harmony</source>
        <translation>Show Harmony</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="48" />
        <source>Pause workers</source>
        <translation>Pause workers</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="49" />
        <source>Resume workers</source>
        <translation>Resume workers</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tray.py" line="51" />
        <source>Quit</source>
        <translation>Quit</translation>
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
        <translation>Every artist that is checked automatically for new releases.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="40" />
        <source>Loading watchlist …</source>
        <translation>Loading watchlist …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="41" />
        <source>No artists on the watchlist yet.</source>
        <translation>No artists on the watchlist yet.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="56" />
        <source>Add artist…</source>
        <translation>Add artist…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="58" />
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="93" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="60" />
        <source>Priority…</source>
        <translation>Priority…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="62" />
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="64" />
        <source>Check all now</source>
        <translation>Check all now</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="66" />
        <source>Add followed artists</source>
        <translation>Add followed artists</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="67" />
        <source>Watch every artist you follow on Spotify.</source>
        <translation>Watch every artist you follow on Spotify.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="69" />
        <source>Fetch back catalogue…</source>
        <translation>Fetch back catalogue…</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="71" />
        <source>Queue the tracks of the artist's earlier releases (only new releases are fetched automatically).</source>
        <translation>Queue the tracks of the artist's earlier releases (only new releases are fetched automatically).</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="74" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="92" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="106" />
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="112" />
        <source>The watchlist could not be loaded.</source>
        <translation>The watchlist could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="123" />
        <source>Artist added to the watchlist.</source>
        <translation>Artist added to the watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="133" />
        <source>{0} resumed.</source>
        <translation>{0} resumed.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="137" />
        <source>{0} paused.</source>
        <translation>{0} paused.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="146" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="147" />
        <source>Priority (higher is checked first):</source>
        <translation>Priority (higher is checked first):</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="154" />
        <source>Priority updated: {0}</source>
        <translation>Priority updated: {0}</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="161" />
        <source>Check queued.</source>
        <translation>Check queued.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="168" />
        <source>Remove artist</source>
        <translation>Remove artist</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="169" />
        <source>Really remove {0} from the watchlist?</source>
        <translation>Really remove {0} from the watchlist?</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="173" />
        <source>Watchlist entry removed.</source>
        <translation>Watchlist entry removed.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="184" />
        <source>Adding followed artists …</source>
        <translation>Adding followed artists …</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="186" />
        <source>{0} followed artists added.</source>
        <translation>{0} followed artists added.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="187" />
        <source>Every followed artist is already on the watchlist.</source>
        <translation>Every followed artist is already on the watchlist.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="195" />
        <source>Fetch back catalogue</source>
        <translation>Fetch back catalogue</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="196" />
        <source>Queue every earlier release of {0} that matches its release types? This can be many tracks.</source>
        <translation>Queue every earlier release of {0} that matches its release types? This can be many tracks.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="202" />
        <source>Back catalogue of {0} queued; a notice follows when its tracks are wanted.</source>
        <translation>Back catalogue of {0} queued; a notice follows when its tracks are wanted.</translation>
    </message>
    <message>
        <location filename="../../harmony_desktop/tabs/watchlist_tab.py" line="211" />
        <source>Action failed: {0}</source>
        <translation>Action failed: {0}</translation>
    </message>
</context>
</TS>