<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name/>
    <message>
        <source>Imported from “{file}”: {counts}.</source>
        <translation>Imported from “{file}”: {counts}.</translation>
    </message>
    <message>
        <source>Imported from “{file}”: nothing.</source>
        <translation>Imported from “{file}”: nothing.</translation>
    </message>
    <message>
        <source>Note: {remark}</source>
        <translation>Note: {remark}</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Skipped: {reason}</translation>
    </message>
    <message>
        <source>1 code already in the project</source>
        <translation>1 code already in the project</translation>
    </message>
    <message>
        <source>1 coding skipped (code missing from the file)</source>
        <translation>1 coding skipped (code missing from the file)</translation>
    </message>
    <message>
        <source>1 participant already in the project</source>
        <translation>1 participant already in the project</translation>
    </message>
    <message>
        <source>1 memo already in the project</source>
        <translation>1 memo already in the project</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{n} codes already in the project</source>
        <translation>{n} codes already in the project</translation>
    </message>
    <message>
        <source>{n} transcripts</source>
        <translation>{n} transcripts</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codings</translation>
    </message>
    <message>
        <source>{n} codings skipped (code missing from the file)</source>
        <translation>{n} codings skipped (code missing from the file)</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 attribute</translation>
    </message>
    <message>
        <source>{n} attributes</source>
        <translation>{n} attributes</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{n} participants already in the project</source>
        <translation>{n} participants already in the project</translation>
    </message>
    <message>
        <source>1 theme</source>
        <translation>1 theme</translation>
    </message>
    <message>
        <source>{n} themes</source>
        <translation>{n} themes</translation>
    </message>
    <message>
        <source>1 theme already in the project</source>
        <translation>1 theme already in the project</translation>
    </message>
    <message>
        <source>{n} themes already in the project</source>
        <translation>{n} themes already in the project</translation>
    </message>
    <message>
        <source>1 theme link</source>
        <translation>1 theme link</translation>
    </message>
    <message>
        <source>{n} theme links</source>
        <translation>{n} theme links</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} memos</translation>
    </message>
    <message>
        <source>{n} memos already in the project</source>
        <translation>{n} memos already in the project</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 journal entry</translation>
    </message>
    <message>
        <source>{n} journal entries</source>
        <translation>{n} journal entries</translation>
    </message>
    <message>
        <source>{item}, {rest}</source>
        <translation>{item}, {rest}</translation>
    </message>
    <message>
        <source>Imported from “{file}” (participants named by “{column}”): {created} new participants, {updated} updated, {attributes} new attributes, {values} values set.</source>
        <translation>Imported from “{file}” (participants named by “{column}”): {created} new participants, {updated} updated, {attributes} new attributes, {values} values set.</translation>
    </message>
    <message>
        <source>No column names a transcript of this project; no transcripts were assigned.</source>
        <translation>No column names a transcript of this project; no transcripts were assigned.</translation>
    </message>
    <message>
        <source>Transcripts matched by “{column}”: {n} ({pairs}).</source>
        <translation>Transcripts matched by “{column}”: {n} ({pairs}).</translation>
    </message>
    <message>
        <source>Left out, as they match no transcript or participant: {names}.</source>
        <translation>Left out, as they match no transcript or participant: {names}.</translation>
    </message>
    <message>
        <source>“{choice}” is not a choice for a conflict (keep, add or move).</source>
        <translation>“{choice}” is not a choice for a conflict (keep, add or move).</translation>
    </message>
    <message>
        <source>“{source}” stays with {linked}; not linked to “{case}”.</source>
        <translation>“{source}” stays with {linked}; not linked to “{case}”.</translation>
    </message>
    <message>
        <source>“{source}” moved from {linked} to “{case}”.</source>
        <translation>“{source}” moved from {linked} to “{case}”.</translation>
    </message>
    <message>
        <source>“{source}” linked to “{case}” as well as {linked}.</source>
        <translation>“{source}” linked to “{case}” as well as {linked}.</translation>
    </message>
    <message>
        <source>Transcripts with no row: {names}.</source>
        <translation>Transcripts with no row: {names}.</translation>
    </message>
    <message>
        <source>“{file}”: {rows}, participants named by “{column}”.</source>
        <translation>“{file}”: {rows}, participants named by “{column}”.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>1 row matches a participant: {names}.</source>
        <translation>1 row matches a participant: {names}.</translation>
    </message>
    <message>
        <source>{n} rows match participants: {names}.</source>
        <translation>{n} rows match participants: {names}.</translation>
    </message>
    <message>
        <source>No row matches a participant.</source>
        <translation>No row matches a participant.</translation>
    </message>
    <message>
        <source>1 new participant: {names}.</source>
        <translation>1 new participant: {names}.</translation>
    </message>
    <message>
        <source>{n} new participants: {names}.</source>
        <translation>{n} new participants: {names}.</translation>
    </message>
    <message>
        <source>1 row matches no transcript or participant and becomes a new participant: {names}.</source>
        <translation>1 row matches no transcript or participant and becomes a new participant: {names}.</translation>
    </message>
    <message>
        <source>{n} rows match no transcript or participant and become new participants: {names}.</source>
        <translation>{n} rows match no transcript or participant and become new participants: {names}.</translation>
    </message>
    <message>
        <source>1 row matches no transcript or participant and is left out: {names}.</source>
        <translation>1 row matches no transcript or participant and is left out: {names}.</translation>
    </message>
    <message>
        <source>{n} rows match no transcript or participant and are left out: {names}.</source>
        <translation>{n} rows match no transcript or participant and are left out: {names}.</translation>
    </message>
    <message>
        <source>{row} → {case} (transcript {source})</source>
        <translation>{row} → {case} (transcript {source})</translation>
    </message>
    <message>
        <source>{row} → {case}</source>
        <translation>{row} → {case}</translation>
    </message>
    <message>
        <source>{case} → {source}</source>
        <translation>{case} → {source}</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} and {n} more</translation>
    </message>
    <message>
        <source>Row {number} ({name}) names the transcript “{source}”, which is already linked to {linked}.</source>
        <translation>Row {number} ({name}) names the transcript “{source}”, which is already linked to {linked}.</translation>
    </message>
    <message>
        <source>“{file}” has no column “{column}” (it has: {titles}).</source>
        <translation>“{file}” has no column “{column}” (it has: {titles}).</translation>
    </message>
    <message>
        <source>row {number} has no “{column}”.</source>
        <translation>row {number} has no “{column}”.</translation>
    </message>
    <message>
        <source>row {number}: “{name}” is the same participant as row {first}; the first row counts.</source>
        <translation>row {number}: “{name}” is the same participant as row {first}; the first row counts.</translation>
    </message>
    <message>
        <source>row {number} ({name}): {error}</source>
        <translation>row {number} ({name}): {error}</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>A participant needs a name.</translation>
    </message>
    <message>
        <source>There is already a participant called “{name}”.</source>
        <translation>There is already a participant called “{name}”.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>That participant no longer exists.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: the name is empty or taken.</source>
        <translation>“{name}” cannot be used: the name is empty or taken.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>An attribute needs a name.</translation>
    </message>
    <message>
        <source>“{type}” is not an attribute type; use one of {types}.</source>
        <translation>“{type}” is not an attribute type; use one of {types}.</translation>
    </message>
    <message>
        <source>There is already an attribute called “{name}”.</source>
        <translation>There is already an attribute called “{name}”.</translation>
    </message>
    <message>
        <source>{participant}’s value does not fit: {reason} Nothing was changed.</source>
        <translation>{participant}’s value does not fit: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <source>“{value}” is not a number, which “{name}” needs.</source>
        <translation>“{value}” is not a number, which “{name}” needs.</translation>
    </message>
    <message>
        <source>“{value}” is not a date in the form YYYY-MM-DD, which “{name}” needs.</source>
        <translation>“{value}” is not a date in the form YYYY-MM-DD, which “{name}” needs.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices for “{name}”: {choices}.</source>
        <translation>“{value}” is not one of the choices for “{name}”: {choices}.</translation>
    </message>
    <message>
        <source>That attribute no longer exists.</source>
        <translation>That attribute no longer exists.</translation>
    </message>
    <message>
        <source>That transcript or participant no longer exists.</source>
        <translation>That transcript or participant no longer exists.</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>A code needs a name.</translation>
    </message>
    <message>
        <source>A code name cannot contain “{separator}”: it separates a code from its parent in code paths.</source>
        <translation>A code name cannot contain “{separator}”: it separates a code from its parent in code paths.</translation>
    </message>
    <message>
        <source>There is already a code called “{name}” there.</source>
        <translation>There is already a code called “{name}” there.</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>That code no longer exists.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour; use the form #RRGGBB.</source>
        <translation>“{color}” is not a colour; use the form #RRGGBB.</translation>
    </message>
    <message>
        <source>“{path}” is not a code path; write it like “Parent/Child”.</source>
        <translation>“{path}” is not a code path; write it like “Parent/Child”.</translation>
    </message>
    <message>
        <source>A code cannot be moved inside itself.</source>
        <translation>A code cannot be moved inside itself.</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>A code cannot be merged into itself.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into its own sub-code.</source>
        <translation>“{name}” cannot be merged into its own sub-code.</translation>
    </message>
    <message>
        <source>That transcript no longer exists.</source>
        <translation>That transcript no longer exists.</translation>
    </message>
    <message>
        <source>The excerpt {start}–{end} is not inside “{name}” (0–{length}), or is empty.</source>
        <translation>The excerpt {start}–{end} is not inside “{name}” (0–{length}), or is empty.</translation>
    </message>
    <message>
        <source>That coding no longer exists.</source>
        <translation>That coding no longer exists.</translation>
    </message>
    <message>
        <source>“{name}”, already in this project (same GUID), with its codings.</source>
        <translation>“{name}”, already in this project (same GUID), with its codings.</translation>
    </message>
    <message>
        <source>{n} selections without a code (Annotator keeps excerpts as codings).</source>
        <translation>{n} selections without a code (Annotator keeps excerpts as codings).</translation>
    </message>
    <message>
        <source>a value of “{name}”: {error}</source>
        <translation>a value of “{name}”: {error}</translation>
    </message>
    <message>
        <source>{n} sets of documents (only sets of codes become themes).</source>
        <translation>{n} sets of documents (only sets of codes become themes).</translation>
    </message>
    <message>
        <source>{n} graph edges that do not join two themes.</source>
        <translation>{n} graph edges that do not join two themes.</translation>
    </message>
    <message>
        <source>Memos cannot be attached to “{kind}”.</source>
        <translation>Memos cannot be attached to “{kind}”.</translation>
    </message>
    <message>
        <source>The project memo belongs to no item.</source>
        <translation>The project memo belongs to no item.</translation>
    </message>
    <message>
        <source>That source no longer exists.</source>
        <translation>That source no longer exists.</translation>
    </message>
    <message>
        <source>That theme no longer exists.</source>
        <translation>That theme no longer exists.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>That case no longer exists.</translation>
    </message>
    <message>
        <source>That memo no longer exists.</source>
        <translation>That memo no longer exists.</translation>
    </message>
    <message>
        <source>Say what to replace, as NAME=PSEUDONYM, for example “Marcia=P1”.</source>
        <translation>Say what to replace, as NAME=PSEUDONYM, for example “Marcia=P1”.</translation>
    </message>
    <message>
        <source>The pseudonym for “{name}” contains the name itself.</source>
        <translation>The pseudonym for “{name}” contains the name itself.</translation>
    </message>
    <message>
        <source>Say which placeholder to put in place of the names, for example “[name]”.</source>
        <translation>Say which placeholder to put in place of the names, for example “[name]”.</translation>
    </message>
    <message>
        <source>“{code}” in “{source}”</source>
        <translation>“{code}” in “{source}”</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} more</translation>
    </message>
    <message>
        <source>{n} coding(s) would cover nothing once the names they cover are replaced by nothing ({codings}); nothing was changed: choose to remove those codings, or to put a placeholder such as “[name]” in place of the names.</source>
        <translation>{n} coding(s) would cover nothing once the names they cover are replaced by nothing ({codings}); nothing was changed: choose to remove those codings, or to put a placeholder such as “[name]” in place of the names.</translation>
    </message>
    <message>
        <source>Widen must be one of: {choices}.</source>
        <translation>Widen must be one of: {choices}.</translation>
    </message>
    <message>
        <source>There are no results to code.</source>
        <translation>There are no results to code.</translation>
    </message>
    <message>
        <source>A transcript needs a name.</source>
        <translation>A transcript needs a name.</translation>
    </message>
    <message>
        <source>Another transcript is already called “{name}”.</source>
        <translation>Another transcript is already called “{name}”.</translation>
    </message>
    <message>
        <source>{codes} and {n} more</source>
        <translation>{codes} and {n} more</translation>
    </message>
    <message>
        <source>1 coding ({codes})</source>
        <translation>1 coding ({codes})</translation>
    </message>
    <message>
        <source>{n} codings ({codes})</source>
        <translation>{n} codings ({codes})</translation>
    </message>
    <message>
        <source>Its {codings} and {memos} go with it.</source>
        <translation>Its {codings} and {memos} go with it.</translation>
    </message>
    <message>
        <source>Its {codings} go with it.</source>
        <translation>Its {codings} go with it.</translation>
    </message>
    <message>
        <source>Its {memos} go with it.</source>
        <translation>Its {memos} go with it.</translation>
    </message>
    <message>
        <source>It has no codings and no memos.</source>
        <translation>It has no codings and no memos.</translation>
    </message>
    <message>
        <source>“{status}” is not a theme status; use one of {statuses}.</source>
        <translation>“{status}” is not a theme status; use one of {statuses}.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <source>The parent theme no longer exists.</source>
        <translation>The parent theme no longer exists.</translation>
    </message>
    <message>
        <source>That theme or code no longer exists.</source>
        <translation>That theme or code no longer exists.</translation>
    </message>
    <message>
        <source>A theme cannot be linked to itself.</source>
        <translation>A theme cannot be linked to itself.</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>That link no longer exists.</translation>
    </message>
    <message>
        <source>That code is no longer in the theme it was dragged from.</source>
        <translation>That code is no longer in the theme it was dragged from.</translation>
    </message>
    <message>
        <source>There is no transcript called “{name}” (there are: none yet).</source>
        <translation>There is no transcript called “{name}” (there are: none yet).</translation>
    </message>
    <message>
        <source>There is no transcript called “{name}” (there are: {names}).</source>
        <translation>There is no transcript called “{name}” (there are: {names}).</translation>
    </message>
    <message>
        <source>Overlapping excerpts</source>
        <translation>Overlapping excerpts</translation>
    </message>
    <message>
        <source>Within the same speaker turn</source>
        <translation>Within the same speaker turn</translation>
    </message>
    <message>
        <source>No participant</source>
        <translation>No participant</translation>
    </message>
    <message>
        <source>{row} × {column}: 1 pair</source>
        <translation>{row} × {column}: 1 pair</translation>
    </message>
    <message>
        <source>{row} × {column}: {n} pairs</source>
        <translation>{row} × {column}: {n} pairs</translation>
    </message>
    <message>
        <source>{row} × {column}: 1 excerpt</source>
        <translation>{row} × {column}: 1 excerpt</translation>
    </message>
    <message>
        <source>{row} × {column}: {n} excerpts</source>
        <translation>{row} × {column}: {n} excerpts</translation>
    </message>
    <message>
        <source>Codes by participants</source>
        <translation>Codes by participants</translation>
    </message>
    <message>
        <source>How many excerpts of each code come from each participant; select a cell to list its excerpts below.</source>
        <translation>How many excerpts of each code come from each participant; select a cell to list its excerpts below.</translation>
    </message>
    <message>
        <source>Codes × participants</source>
        <translation>Codes × participants</translation>
    </message>
    <message>
        <source>Co-occurrence rule</source>
        <translation>Co-occurrence rule</translation>
    </message>
    <message>
        <source>Choose when two codes count as occurring together</source>
        <translation>Choose when two codes count as occurring together</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Code co-occurrence</translation>
    </message>
    <message>
        <source>How often each pair of codes occurs together; select a cell to list the excerpts below.</source>
        <translation>How often each pair of codes occurs together; select a cell to list the excerpts below.</translation>
    </message>
    <message>
        <source>Count codes as co-occurring when:</source>
        <translation>Count codes as co-occurring when:</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Co-occurrence</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Code frequencies</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the table on show as CSV or Excel (.xlsx)</source>
        <translation>Save the table on show as CSV or Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Count only this coder's codings in every table</source>
        <translation>Count only this coder's codings in every table</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;oder:</translation>
    </message>
    <message>
        <source>Click a cell to list the excerpts behind it.</source>
        <translation>Click a cell to list the excerpts behind it.</translation>
    </message>
    <message>
        <source>Excerpts of the selected cell</source>
        <translation>Excerpts of the selected cell</translation>
    </message>
    <message>
        <source>The excerpts behind the selected table cell; activate one to open it in its transcript.</source>
        <translation>The excerpts behind the selected table cell; activate one to open it in its transcript.</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>Double-click to open in the transcript</source>
        <translation>Double-click to open in the transcript</translation>
    </message>
    <message>
        <source>The table could not be saved ({error}).</source>
        <translation>The table could not be saved ({error}).</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing coded yet.</source>
        <translation>Nothing coded yet.</translation>
    </message>
    <message>
        <source>A bar chart of how many codings each code has, the most used first.</source>
        <translation>A bar chart of how many codings each code has, the most used first.</translation>
    </message>
    <message>
        <source>Move theme {theme}</source>
        <translation>Move theme {theme}</translation>
    </message>
    <message>
        <source>Move {n} themes</source>
        <translation>Move {n} themes</translation>
    </message>
    <message>
        <source>Resize theme {theme}</source>
        <translation>Resize theme {theme}</translation>
    </message>
    <message>
        <source>New sub-theme {theme}</source>
        <translation>New sub-theme {theme}</translation>
    </message>
    <message>
        <source>New theme {theme}</source>
        <translation>New theme {theme}</translation>
    </message>
    <message>
        <source>Rename theme {theme} to {name}</source>
        <translation>Rename theme {theme} to {name}</translation>
    </message>
    <message>
        <source>Colour theme {theme}</source>
        <translation>Colour theme {theme}</translation>
    </message>
    <message>
        <source>Mark {theme} {status}</source>
        <translation>Mark {theme} {status}</translation>
    </message>
    <message>
        <source>Define theme {theme}</source>
        <translation>Define theme {theme}</translation>
    </message>
    <message>
        <source>Delete theme {theme}</source>
        <translation>Delete theme {theme}</translation>
    </message>
    <message>
        <source>Delete {n} themes</source>
        <translation>Delete {n} themes</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Remove {n} links</source>
        <translation>Remove {n} links</translation>
    </message>
    <message>
        <source>Delete from the board</source>
        <translation>Delete from the board</translation>
    </message>
    <message>
        <source>Add {codes} to {theme}</source>
        <translation>Add {codes} to {theme}</translation>
    </message>
    <message>
        <source>Move {codes} to {theme}</source>
        <translation>Move {codes} to {theme}</translation>
    </message>
    <message>
        <source>Remove {codes} from {theme}</source>
        <translation>Remove {codes} from {theme}</translation>
    </message>
    <message>
        <source>New theme {theme} from {codes}</source>
        <translation>New theme {theme} from {codes}</translation>
    </message>
    <message>
        <source>Link {source} to {target}</source>
        <translation>Link {source} to {target}</translation>
    </message>
    <message>
        <source>Edit link label</source>
        <translation>Edit link label</translation>
    </message>
    <message>
        <source>The board can be exported as .png or .svg, not “{suffix}”.</source>
        <translation>The board can be exported as .png or .svg, not “{suffix}”.</translation>
    </message>
    <message>
        <source>The picture could not be written to “{path}”.</source>
        <translation>The picture could not be written to “{path}”.</translation>
    </message>
    <message>
        <source>Theme board</source>
        <translation>Theme board</translation>
    </message>
    <message>
        <source>Themes, their codes and the links between them, from Annotator</source>
        <translation>Themes, their codes and the links between them, from Annotator</translation>
    </message>
    <message>
        <source>The drawing could not be written to “{path}”.</source>
        <translation>The drawing could not be written to “{path}”.</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Rename theme</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>New sub-theme</translation>
    </message>
    <message>
        <source>Theme name:</source>
        <translation>Theme name:</translation>
    </message>
    <message>
        <source>Link themes</source>
        <translation>Link themes</translation>
    </message>
    <message>
        <source>How are the themes related? (may be left empty)</source>
        <translation>How are the themes related? (may be left empty)</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Theme colour</translation>
    </message>
    <message>
        <source>Definition of “{theme}”</source>
        <translation>Definition of “{theme}”</translation>
    </message>
    <message>
        <source>What the theme is about, its scope and its boundaries:</source>
        <translation>What the theme is about, its scope and its boundaries:</translation>
    </message>
    <message>
        <source>Remove “{code}” from “{theme}”</source>
        <translation>Remove “{code}” from “{theme}”</translation>
    </message>
    <message>
        <source>New theme here…</source>
        <translation>New theme here…</translation>
    </message>
    <message>
        <source>Fit board to view</source>
        <translation>Fit board to view</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>Edit definition…</translation>
    </message>
    <message>
        <source>Find Similar Passages</source>
        <translation>Find Similar Passages</translation>
    </message>
    <message>
        <source>New sub-theme…</source>
        <translation>New sub-theme…</translation>
    </message>
    <message>
        <source>Link from here…</source>
        <translation>Link from here…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <source>Delete theme and its 1 sub-theme</source>
        <translation>Delete theme and its 1 sub-theme</translation>
    </message>
    <message>
        <source>Delete theme and its {n} sub-themes</source>
        <translation>Delete theme and its {n} sub-themes</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Edit label…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Board toolbar</source>
        <translation>Board toolbar</translation>
    </message>
    <message>
        <source>Add an empty theme in the middle of the view</source>
        <translation>Add an empty theme in the middle of the view</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole board (F)</source>
        <translation>Show the whole board (F)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Save the board as a PNG picture or an SVG drawing</source>
        <translation>Save the board as a PNG picture or an SVG drawing</translation>
    </message>
    <message>
        <source>{project} board</source>
        <translation>{project} board</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export board</source>
        <translation>Export board</translation>
    </message>
    <message>
        <source>Drag onto a theme, or onto empty board for a new one</source>
        <translation>Drag onto a theme, or onto empty board for a new one</translation>
    </message>
    <message>
        <source>Every code is in a theme.</source>
        <translation>Every code is in a theme.</translation>
    </message>
    <message>
        <source>Codes not in a theme</source>
        <translation>Codes not in a theme</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>theme status</comment>
        <translation>candidate</translation>
    </message>
    <message>
        <source>reviewed</source>
        <comment>theme status</comment>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>final</source>
        <comment>theme status</comment>
        <translation>final</translation>
    </message>
    <message>
        <source>Themes as cards with their codes and the links between them; drag codes onto a card, Shift+drag from one card to another to link them.</source>
        <translation>Themes as cards with their codes and the links between them; drag codes onto a card, Shift+drag from one card to another to link them.</translation>
    </message>
    <message>
        <source>{codings} codings in {sources} transcript</source>
        <translation>{codings} codings in {sources} transcript</translation>
    </message>
    <message>
        <source>{codings} codings in {sources} transcripts</source>
        <translation>{codings} codings in {sources} transcripts</translation>
    </message>
    <message>
        <source>Codes in no theme yet: drag them onto a theme, or onto empty board to start a new one</source>
        <translation>Codes in no theme yet: drag them onto a theme, or onto empty board to start a new one</translation>
    </message>
    <message>
        <source>Codes that no theme holds yet; drag them onto a theme card, or onto empty board to start a new theme.</source>
        <translation>Codes that no theme holds yet; drag them onto a theme card, or onto empty board to start a new theme.</translation>
    </message>
    <message>
        <source>1 coding</source>
        <translation>1 coding</translation>
    </message>
    <message>
        <source>1 transcript</source>
        <translation>1 transcript</translation>
    </message>
    <message>
        <source>1 paragraph</source>
        <translation>1 paragraph</translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation>{n} paragraphs</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <source>1 sub-code</source>
        <translation>1 sub-code</translation>
    </message>
    <message>
        <source>{n} sub-codes</source>
        <translation>{n} sub-codes</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filter codes</translation>
    </message>
    <message>
        <source>Type part of a code's name to show only the codes that contain it.</source>
        <translation>Type part of a code's name to show only the codes that contain it.</translation>
    </message>
    <message>
        <source>Code tree</source>
        <translation>Code tree</translation>
    </message>
    <message>
        <source>The project's codes with how many excerpts and transcripts use each; drag codes onto selected text to code it, F2 renames, Delete removes.</source>
        <translation>The project's codes with how many excerpts and transcripts use each; drag codes onto selected text to code it, F2 renames, Delete removes.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>Add a top-level code</source>
        <translation>Add a top-level code</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>New sub-code</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>Add a code under the selected one</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the code</source>
        <translation>Rename the code</translation>
    </message>
    <message>
        <source>Change the colour</source>
        <translation>Change the colour</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Description…</translation>
    </message>
    <message>
        <source>Say what the code means and when to use it</source>
        <translation>Say what the code means and when to use it</translation>
    </message>
    <message>
        <source>Find passages like this code's excerpts in every transcript</source>
        <translation>Find passages like this code's excerpts in every transcript</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Fold the selected codes into another code</source>
        <translation>Fold the selected codes into another code</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the code, its sub-codes and codings</source>
        <translation>Delete the code, its sub-codes and codings</translation>
    </message>
    <message>
        <source>Adds a code; its arrow also offers a sub-code of the selected one.</source>
        <translation>Adds a code; its arrow also offers a sub-code of the selected one.</translation>
    </message>
    <message>
        <source>More actions on the selected codes</source>
        <translation>More actions on the selected codes</translation>
    </message>
    <message>
        <source>Rename, recolour, describe, merge or delete the selected codes.</source>
        <translation>Rename, recolour, describe, merge or delete the selected codes.</translation>
    </message>
    <message>
        <source>New code {n}</source>
        <translation>New code {n}</translation>
    </message>
    <message>
        <source>New code “{name}”</source>
        <translation>New code “{name}”</translation>
    </message>
    <message>
        <source>Merge {name} into “{target}”? {outcome} You can undo this.</source>
        <translation>Merge {name} into “{target}”? {outcome} You can undo this.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>Merge into “{name}”</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Code colour</translation>
    </message>
    <message>
        <source>Code description</source>
        <translation>Code description</translation>
    </message>
    <message>
        <source>What the code means, and when to use it:</source>
        <translation>What the code means, and when to use it:</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Merge codes</translation>
    </message>
    <message>
        <source>Codes to merge into</source>
        <translation>Codes to merge into</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>Merge {name} into:</translation>
    </message>
    <message>
        <source>Change code colour</source>
        <translation>Change code colour</translation>
    </message>
    <message>
        <source>Describe code</source>
        <translation>Describe code</translation>
    </message>
    <message>
        <source>{name} and its {subcodes}</source>
        <translation>{name} and its {subcodes}</translation>
    </message>
    <message>
        <source>{codes} and their {subcodes}</source>
        <translation>{codes} and their {subcodes}</translation>
    </message>
    <message>
        <source>{codings} in {transcripts} will be removed.</source>
        <translation>{codings} in {transcripts} will be removed.</translation>
    </message>
    <message>
        <source>No excerpts are coded with it.</source>
        <translation>No excerpts are coded with it.</translation>
    </message>
    <message>
        <source>No excerpts are coded with them.</source>
        <translation>No excerpts are coded with them.</translation>
    </message>
    <message>
        <source>Delete {what}? {consequence} You can undo this.</source>
        <translation>Delete {what}? {consequence} You can undo this.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Delete code</translation>
    </message>
    <message>
        <source>Delete {n} codes</source>
        <translation>Delete {n} codes</translation>
    </message>
    <message>
        <source>Its {codings} in {transcripts} and its {subcodes} will move to “{target}”, and {name} will be removed.</source>
        <translation>Its {codings} in {transcripts} and its {subcodes} will move to “{target}”, and {name} will be removed.</translation>
    </message>
    <message>
        <source>Their {codings} in {transcripts} and their {subcodes} will move to “{target}”, and they will be removed.</source>
        <translation>Their {codings} in {transcripts} and their {subcodes} will move to “{target}”, and they will be removed.</translation>
    </message>
    <message>
        <source>Its {codings} in {transcripts} will move to “{target}”, and {name} will be removed.</source>
        <translation>Its {codings} in {transcripts} will move to “{target}”, and {name} will be removed.</translation>
    </message>
    <message>
        <source>Their {codings} in {transcripts} will move to “{target}”, and they will be removed.</source>
        <translation>Their {codings} in {transcripts} will move to “{target}”, and they will be removed.</translation>
    </message>
    <message>
        <source>Its {subcodes} will move to “{target}”, and {name} will be removed.</source>
        <translation>Its {subcodes} will move to “{target}”, and {name} will be removed.</translation>
    </message>
    <message>
        <source>Their {subcodes} will move to “{target}”, and they will be removed.</source>
        <translation>Their {subcodes} will move to “{target}”, and they will be removed.</translation>
    </message>
    <message>
        <source>{name} will be removed.</source>
        <translation>{name} will be removed.</translation>
    </message>
    <message>
        <source>They will be removed.</source>
        <translation>They will be removed.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Annotator keeps a copy of “{name}” each time it is opened. Restoring replaces the project with the copy you choose; its current state is backed up first, so you can come back to it from this list.</source>
        <translation>Annotator keeps a copy of “{name}” each time it is opened. Restoring replaces the project with the copy you choose; its current state is backed up first, so you can come back to it from this list.</translation>
    </message>
    <message>
        <source>There are no backups of “{name}” yet: one is taken each time the project is opened.</source>
        <translation>There are no backups of “{name}” yet: one is taken each time the project is opened.</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codings</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The project's backups, newest first, with what each holds.</source>
        <translation>The project's backups, newest first, with what each holds.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Everything done since then is replaced; the current state is backed up first, so you can return to it.</source>
        <translation>Go back to the backup of {when}? Everything done since then is replaced; the current state is backed up first, so you can return to it.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>The code and its colour</source>
        <translation>The code and its colour</translation>
    </message>
    <message>
        <source>How many excerpts are coded with it</source>
        <translation>How many excerpts are coded with it</translation>
    </message>
    <message>
        <source>In how many transcripts it is used</source>
        <translation>In how many transcripts it is used</translation>
    </message>
    <message>
        <source>(has a memo)</source>
        <translation>(has a memo)</translation>
    </message>
    <message>
        <source>In 1 transcript</source>
        <translation>In 1 transcript</translation>
    </message>
    <message>
        <source>In {n} transcripts</source>
        <translation>In {n} transcripts</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>Move “{name}”</translation>
    </message>
    <message>
        <source>Move {n} codes</source>
        <translation>Move {n} codes</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Select some text in the transcript first.</source>
        <translation>Select some text in the transcript first.</translation>
    </message>
    <message>
        <source>Code excerpt with “{code}”</source>
        <translation>Code excerpt with “{code}”</translation>
    </message>
    <message>
        <source>Code excerpt with {n} codes</source>
        <translation>Code excerpt with {n} codes</translation>
    </message>
    <message>
        <source>Code excerpt with new code “{name}”</source>
        <translation>Code excerpt with new code “{name}”</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after.</source>
        <translation>The selection has no words to name a code after.</translation>
    </message>
    <message>
        <source>In-vivo code “{name}”</source>
        <translation>In-vivo code “{name}”</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Remove coding</translation>
    </message>
    <message>
        <source>Adjust excerpt</source>
        <translation>Adjust excerpt</translation>
    </message>
    <message>
        <source>Coding margin</source>
        <translation>Coding margin</translation>
    </message>
    <message>
        <source>A stripe and the code's name beside each coded excerpt; click one to select its excerpt.</source>
        <translation>A stripe and the code's name beside each coded excerpt; click one to select its excerpt.</translation>
    </message>
    <message>
        <source>Coded by {coder}</source>
        <translation>Coded by {coder}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>In the sheet</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Matched participants ({n})</source>
        <translation>Matched participants ({n})</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>New participants ({n})</source>
        <translation>New participants ({n})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Unmatched rows ({n})</source>
        <translation>Unmatched rows ({n})</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Add the unmatched rows as new participants too</source>
        <translation>Add the unmatched rows as new participants too</translation>
    </message>
    <message>
        <source>Transcripts with no row: {names}</source>
        <translation>Transcripts with no row: {names}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>keep “{source}” with {linked}</source>
        <translation>keep “{source}” with {linked}</translation>
    </message>
    <message>
        <source>link “{source}” to both</source>
        <translation>link “{source}” to both</translation>
    </message>
    <message>
        <source>move “{source}” to “{case}”</source>
        <translation>move “{source}” to “{case}”</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <source>The project's transcripts under their participants, with word and coding counts; Enter or a double-click opens one.</source>
        <translation>The project's transcripts under their participants, with word and coding counts; Enter or a double-click opens one.</translation>
    </message>
    <message>
        <source>{name}: double-click to open</source>
        <translation>{name}: double-click to open</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Import “{name}”</translation>
    </message>
    <message>
        <source>Imported “{name}”</source>
        <translation>Imported “{name}”</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Export REFI-QDA project</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA projects (*.qdpx)</translation>
    </message>
    <message>
        <source>The project could not be exported ({error}).</source>
        <translation>The project could not be exported ({error}).</translation>
    </message>
    <message>
        <source>Exported {sources} transcripts and {codings} codings to {file}.</source>
        <translation>Exported {sources} transcripts and {codings} codings to {file}.</translation>
    </message>
    <message>
        <source>{project} codebook.qdc</source>
        <comment>a file name</comment>
        <translation>{project} codebook.qdc</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Export codebook</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA codebooks (*.qdc)</translation>
    </message>
    <message>
        <source>The codebook could not be exported ({error}).</source>
        <translation>The codebook could not be exported ({error}).</translation>
    </message>
    <message>
        <source>Exported the codebook to {file}.</source>
        <translation>Exported the codebook to {file}.</translation>
    </message>
    <message>
        <source>Annotator User Guide</source>
        <translation>Annotator User Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide, following the six phases of thematic analysis.</source>
        <translation>The user guide, following the six phases of thematic analysis.</translation>
    </message>
    <message>
        <source>Importing transcripts…</source>
        <translation>Importing transcripts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading “{name}” ({done} of {total})…</source>
        <translation>Reading “{name}” ({done} of {total})…</translation>
    </message>
    <message>
        <source>Import {n} files</source>
        <translation>Import {n} files</translation>
    </message>
    <message>
        <source>Imported “{file}” as “{name}” ({paragraphs})</source>
        <translation>Imported “{file}” as “{name}” ({paragraphs})</translation>
    </message>
    <message>
        <source>Saved {path} ({transcripts}, {codings})</source>
        <translation>Saved {path} ({transcripts}, {codings})</translation>
    </message>
    <message>
        <source>Select an excerpt to see its codes and memo.</source>
        <translation>Select an excerpt to see its codes and memo.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Codes here:</source>
        <translation>Codes here:</translation>
    </message>
    <message>
        <source>Codes here</source>
        <translation>Codes here</translation>
    </message>
    <message>
        <source>Every code on this excerpt or overlapping it.</source>
        <translation>Every code on this excerpt or overlapping it.</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Memo on this excerpt</source>
        <translation>Memo on this excerpt</translation>
    </message>
    <message>
        <source>Excerpt memo</source>
        <translation>Excerpt memo</translation>
    </message>
    <message>
        <source>Your note on this excerpt; it is saved when you pause typing.</source>
        <translation>Your note on this excerpt; it is saved when you pause typing.</translation>
    </message>
    <message>
        <source>Quote in the theme report (illustrative)</source>
        <translation>Quote in the theme report (illustrative)</translation>
    </message>
    <message>
        <source>Quote this excerpt under its themes in the theme report</source>
        <translation>Quote this excerpt under its themes in the theme report</translation>
    </message>
    <message>
        <source>Remove this coding</source>
        <translation>Remove this coding</translation>
    </message>
    <message>
        <source>Uncode this excerpt (you can undo this)</source>
        <translation>Uncode this excerpt (you can undo this)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nothing selected&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; in {transcript} ({start}–{end})</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; in {transcript} ({start}–{end})</translation>
    </message>
    <message>
        <source>The excerpt is no longer coded (deleted or undone), so this memo could not be saved. Copy it from here if you need it.</source>
        <translation>The excerpt is no longer coded (deleted or undone), so this memo could not be saved. Copy it from here if you need it.</translation>
    </message>
    <message>
        <source>Edit excerpt memo</source>
        <translation>Edit excerpt memo</translation>
    </message>
    <message>
        <source>Mark illustrative</source>
        <translation>Mark illustrative</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>The memo of the selected code, transcript or project; it is saved when you pause typing.</source>
        <translation>The memo of the selected code, transcript or project; it is saved when you pause typing.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (code)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (code)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (transcript)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (transcript)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (the whole project)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (the whole project)</translation>
    </message>
    <message>
        <source>Aims, questions, decisions: what the study is about.</source>
        <translation>Aims, questions, decisions: what the study is about.</translation>
    </message>
    <message>
        <source>Select a code or a transcript.</source>
        <translation>Select a code or a transcript.</translation>
    </message>
    <message>
        <source>What this memo was about is gone (deleted or undone), so it could not be saved. Copy it from here if you need it.</source>
        <translation>What this memo was about is gone (deleted or undone), so it could not be saved. Copy it from here if you need it.</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <source>The reflexive journal's entries, newest first, each with its date and title.</source>
        <translation>The reflexive journal's entries, newest first, each with its date and title.</translation>
    </message>
    <message>
        <source>Choose an entry to read and edit it.</source>
        <translation>Choose an entry to read and edit it.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Start a new journal entry dated now.</source>
        <translation>Start a new journal entry dated now.</translation>
    </message>
    <message>
        <source>Delete the open journal entry (you can undo this).</source>
        <translation>Delete the open journal entry (you can undo this).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Entry title</translation>
    </message>
    <message>
        <source>What did you notice, feel, assume? Write as you go.</source>
        <translation>What did you notice, feel, assume? Write as you go.</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>The text of the open journal entry; it is saved as you type.</source>
        <translation>The text of the open journal entry; it is saved as you type.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>{title}
Written {date}</source>
        <translation>{title}
Written {date}</translation>
    </message>
    <message>
        <source>Written {date}</source>
        <translation>Written {date}</translation>
    </message>
    <message>
        <source>Written {date}, edited {edited}</source>
        <translation>Written {date}, edited {edited}</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Edit journal entry</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Delete journal entry</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Annotator.</source>
        <translation>The user guide is not installed with this copy of Annotator.</translation>
    </message>
    <message>
        <source>The demo project could not be built: {reason}</source>
        <translation>The demo project could not be built: {reason}</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>About Annotator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotator {version}&lt;/h3&gt;&lt;p&gt;Reflexive thematic analysis of interview transcripts, offline on your computer: code excerpts, build themes on a board, export annotated Word documents and REFI-QDA projects.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Qt {qt} (PySide6 {pyside}), Python {python}; their licences are under Help &amp;gt; Third-Party Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {version}&lt;/h3&gt;&lt;p&gt;Reflexive thematic analysis of interview transcripts, offline on your computer: code excerpts, build themes on a board, export annotated Word documents and REFI-QDA projects.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Qt {qt} (PySide6 {pyside}), Python {python}; their licences are under Help &amp;gt; Third-Party Licences.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator)</source>
        <translation>Annotator projects (*.annotator)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Open or create a project before importing transcripts.</source>
        <translation>Open or create a project before importing transcripts.</translation>
    </message>
    <message>
        <source>Transcripts and REFI-QDA projects ({patterns})</source>
        <translation>Transcripts and REFI-QDA projects ({patterns})</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcripts ({patterns})</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks ({patterns})</source>
        <translation>REFI-QDA projects and codebooks ({patterns})</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Import transcripts</translation>
    </message>
    <message>
        <source>Imported 1 transcript.</source>
        <translation>Imported 1 transcript.</translation>
    </message>
    <message>
        <source>Imported {n} transcripts.</source>
        <translation>Imported {n} transcripts.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}).</source>
        <translation>The backup could not be restored ({reason}).</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the state it replaced was backed up first.</source>
        <translation>Restored the backup of {when}; the state it replaced was backed up first.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Clear Recent Projects</translation>
    </message>
    <message>
        <source>Empty this list; the project files stay where they are</source>
        <translation>Empty this list; the project files stay where they are</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Start a new, empty project file</source>
        <translation>Start a new, empty project file</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open an .annotator project file</source>
        <translation>Open an .annotator project file</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>&amp;Import Transcripts…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>REFI-QDA &amp;Project (.qdpx)…</translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives</source>
        <translation>For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives</translation>
    </message>
    <message>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Codebook (.qdc)…</translation>
    </message>
    <message>
        <source>The code tree with descriptions, for other tools</source>
        <translation>The code tree with descriptions, for other tools</translation>
    </message>
    <message>
        <source>Theme &amp;Board (PNG or SVG)…</source>
        <translation>Theme &amp;Board (PNG or SVG)…</translation>
    </message>
    <message>
        <source>The thematic map as a picture for a paper or slides</source>
        <translation>The thematic map as a picture for a paper or slides</translation>
    </message>
    <message>
        <source>&amp;Annotated Transcripts (Word)…</source>
        <translation>&amp;Annotated Transcripts (Word)…</translation>
    </message>
    <message>
        <source>Each transcript with codings shaded and as comments</source>
        <translation>Each transcript with codings shaded and as comments</translation>
    </message>
    <message>
        <source>Theme &amp;Report (Word)…</source>
        <translation>Theme &amp;Report (Word)…</translation>
    </message>
    <message>
        <source>Each theme with its definition and excerpts</source>
        <translation>Each theme with its definition and excerpts</translation>
    </message>
    <message>
        <source>&amp;Excerpts Table (Excel or CSV)…</source>
        <translation>&amp;Excerpts Table (Excel or CSV)…</translation>
    </message>
    <message>
        <source>Every excerpt with its codes, one per row</source>
        <translation>Every excerpt with its codes, one per row</translation>
    </message>
    <message>
        <source>Import Partner's &amp;Comments…</source>
        <translation>Import Partner's &amp;Comments…</translation>
    </message>
    <message>
        <source>Member checking: comments added in Word come back as memos</source>
        <translation>Member checking: comments added in Word come back as memos</translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Merge Project…</translation>
    </message>
    <message>
        <source>Bring another coder's copy (or a .qdpx) into this project</source>
        <translation>Bring another coder's copy (or a .qdpx) into this project</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>Go back to the project as it was when last opened, or before</source>
        <translation>Go back to the project as it was when last opened, or before</translation>
    </message>
    <message>
        <source>&amp;Close Transcript</source>
        <translation>&amp;Close Transcript</translation>
    </message>
    <message>
        <source>Close the transcript shown</source>
        <translation>Close the transcript shown</translation>
    </message>
    <message>
        <source>Close &amp;Project</source>
        <translation>Close &amp;Project</translation>
    </message>
    <message>
        <source>Close the project; everything is already saved</source>
        <translation>Close the project; everything is already saved</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Annotator</source>
        <translation>Close Annotator</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Redo the change last undone</translation>
    </message>
    <message>
        <source>&amp;Edit Transcript Text</source>
        <translation>&amp;Edit Transcript Text</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Edit Text</translation>
    </message>
    <message>
        <source>Correct the transcript's words; codings follow the text</source>
        <translation>Correct the transcript's words; codings follow the text</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Find and Rep&amp;lace…</translation>
    </message>
    <message>
        <source>Replace words in one or all transcripts, seeing every hit</source>
        <translation>Replace words in one or all transcripts, seeing every hit</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonymise…</translation>
    </message>
    <message>
        <source>Replace names and other identifiers everywhere</source>
        <translation>Replace names and other identifiers everywhere</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Language, appearance, your coder name, backups, font size</source>
        <translation>Language, appearance, your coder name, backups, font size</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>&amp;New Code</translation>
    </message>
    <message>
        <source>Add a code to the code tree</source>
        <translation>Add a code to the code tree</translation>
    </message>
    <message>
        <source>&amp;Quick Code…</source>
        <translation>&amp;Quick Code…</translation>
    </message>
    <message>
        <source>Code the selection by typing a code's name</source>
        <translation>Code the selection by typing a code's name</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Import transcripts: Word, text, subtitles, OpenDocument, RTF or PDF</source>
        <translation>Import transcripts: Word, text, subtitles, OpenDocument, RTF or PDF</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Theme &amp;Board</source>
        <translation>Theme &amp;Board</translation>
    </message>
    <message>
        <source>Gather codes into themes on the board</source>
        <translation>Gather codes into themes on the board</translation>
    </message>
    <message>
        <source>&amp;Analysis Tables</source>
        <translation>&amp;Analysis Tables</translation>
    </message>
    <message>
        <source>Codes by participant, co-occurrence, frequencies</source>
        <translation>Codes by participant, co-occurrence, frequencies</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Participants, their attributes and transcripts</source>
        <translation>Participants, their attributes and transcripts</translation>
    </message>
    <message>
        <source>Coder A&amp;greement</source>
        <translation>Coder A&amp;greement</translation>
    </message>
    <message>
        <source>Agreement of two coders by code and transcript</source>
        <translation>Agreement of two coders by code and transcript</translation>
    </message>
    <message>
        <source>&amp;Compare Coders</source>
        <translation>&amp;Compare Coders</translation>
    </message>
    <message>
        <source>Walk through two coders' disagreements to a consensus</source>
        <translation>Walk through two coders' disagreements to a consensus</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search transcripts and memos</source>
        <translation>Search transcripts and memos</translation>
    </message>
    <message>
        <source>Reflexive &amp;Journal</source>
        <translation>Reflexive &amp;Journal</translation>
    </message>
    <message>
        <source>Write in your reflexive journal</source>
        <translation>Write in your reflexive journal</translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation>Project &amp;Memo</translation>
    </message>
    <message>
        <source>The memo on the whole project</source>
        <translation>The memo on the whole project</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>Put every pane back where it was at first start</source>
        <translation>Put every pane back where it was at first start</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>The six phases of thematic analysis, step by step</source>
        <translation>The six phases of thematic analysis, step by step</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Every key the app knows, by menu and pane</source>
        <translation>Every key the app knows, by menu and pane</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Open the &amp;Demo Project</translation>
    </message>
    <message>
        <source>Five coded interviews with themes, to explore</source>
        <translation>Five coded interviews with themes, to explore</translation>
    </message>
    <message>
        <source>Third-Party &amp;Licences</source>
        <translation>Third-Party &amp;Licences</translation>
    </message>
    <message>
        <source>The free software Annotator is built from, and its licences</source>
        <translation>The free software Annotator is built from, and its licences</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>&amp;About Annotator</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>New Code</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Open transcripts and pages</source>
        <translation>Open transcripts and pages</translation>
    </message>
    <message>
        <source>Transcripts open for reading and coding, and the board, analysis and participants pages.</source>
        <translation>Transcripts open for reading and coding, and the board, analysis and participants pages.</translation>
    </message>
    <message>
        <source>Double-click a transcript in the list to read it.

To add transcripts, press Ctrl+I or drop Word, text, subtitle, OpenDocument, RTF or PDF files here.</source>
        <translation>Double-click a transcript in the list to read it.

To add transcripts, press Ctrl+I or drop Word, text, subtitle, OpenDocument, RTF or PDF files here.</translation>
    </message>
    <message>
        <source>Candidate theme</source>
        <translation>Candidate theme</translation>
    </message>
    <message>
        <source>Reviewed theme</source>
        <translation>Reviewed theme</translation>
    </message>
    <message>
        <source>Final theme</source>
        <translation>Final theme</translation>
    </message>
    <message>
        <source>Theme report: {project}</source>
        <translation>Theme report: {project}</translation>
    </message>
    <message>
        <source>This project has no themes yet.</source>
        <translation>This project has no themes yet.</translation>
    </message>
    <message>
        <source>Appendix: reflexive journal</source>
        <translation>Appendix: reflexive journal</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Untitled entry</translation>
    </message>
    <message>
        <source>Sub-themes: </source>
        <translation>Sub-themes: </translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Illustrative extracts</source>
        <translation>Illustrative extracts</translation>
    </message>
    <message>
        <source>Chosen by the researcher.</source>
        <translation>Chosen by the researcher.</translation>
    </message>
    <message>
        <source>None marked illustrative yet: chosen from different participants.</source>
        <translation>None marked illustrative yet: chosen from different participants.</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Unattributed</translation>
    </message>
    <message>
        <source>{transcript}, ¶ {paragraph}</source>
        <translation>{transcript}, ¶ {paragraph}</translation>
    </message>
    <message>
        <source>— {who} ({where}); coded “{code}”</source>
        <translation>— {who} ({where}); coded “{code}”</translation>
    </message>
    <message>
        <source>— {who} ({where})</source>
        <translation>— {who} ({where})</translation>
    </message>
    <message>
        <source>(1 coding in 1 transcript)</source>
        <translation>(1 coding in 1 transcript)</translation>
    </message>
    <message>
        <source>({codings} codings in 1 transcript)</source>
        <translation>({codings} codings in 1 transcript)</translation>
    </message>
    <message>
        <source>({codings} codings in {sources} transcripts)</source>
        <translation>({codings} codings in {sources} transcripts)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Retrieved excerpts</source>
        <translation>Retrieved excerpts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>No backup could be taken this time ({reason}); your project itself is unaffected.</source>
        <translation>No backup could be taken this time ({reason}); your project itself is unaffected.</translation>
    </message>
    <message>
        <source>“{name}” is read-only: you can read, search and export, but changes cannot be saved. Copy it to a folder you can write to to work on it.</source>
        <translation>“{name}” is read-only: you can read, search and export, but changes cannot be saved. Copy it to a folder you can write to to work on it.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Open or create a project to begin.</source>
        <translation>Open or create a project to begin.</translation>
    </message>
    <message>
        <source>Type to correct the text; Ctrl+Z undoes; Ctrl+E ends editing.</source>
        <translation>Type to correct the text; Ctrl+Z undoes; Ctrl+E ends editing.</translation>
    </message>
    <message>
        <source>Select text, then press 1–9, Ctrl+K, or drag a code onto it.</source>
        <translation>Select text, then press 1–9, Ctrl+K, or drag a code onto it.</translation>
    </message>
    <message>
        <source>Drop codes on a card to gather them; Shift+drag between cards to link themes; F fits the board.</source>
        <translation>Drop codes on a card to gather them; Shift+drag between cards to link themes; F fits the board.</translation>
    </message>
    <message>
        <source>Double-click a transcript to read it; Ctrl+I imports more.</source>
        <translation>Double-click a transcript to read it; Ctrl+I imports more.</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>{project} — Annotator</source>
        <translation>{project} — Annotator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>noun: a code in the code tree</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>(a removed transcript)</source>
        <translation>(a removed transcript)</translation>
    </message>
    <message>
        <source>(a removed code)</source>
        <translation>(a removed code)</translation>
    </message>
    <message>
        <source>(a removed theme)</source>
        <translation>(a removed theme)</translation>
    </message>
    <message>
        <source>(a removed participant)</source>
        <translation>(a removed participant)</translation>
    </message>
    <message>
        <source>Filter memos: words in the memo or what it is about</source>
        <translation>Filter memos: words in the memo or what it is about</translation>
    </message>
    <message>
        <source>Filter memos</source>
        <translation>Filter memos</translation>
    </message>
    <message>
        <source>Lists only the memos containing these words, in the memo or in what it is about.</source>
        <translation>Lists only the memos containing these words, in the memo or in what it is about.</translation>
    </message>
    <message>
        <source>Type words to list only the memos that contain them.</source>
        <translation>Type words to list only the memos that contain them.</translation>
    </message>
    <message>
        <source>Kind of memo</source>
        <translation>Kind of memo</translation>
    </message>
    <message>
        <source>List every memo, or only the memos on one kind of item.</source>
        <translation>List every memo, or only the memos on one kind of item.</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation>All memos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Every memo with what it is about, its first words and when it was updated; press Enter to go to what a memo is about.</source>
        <translation>Every memo with what it is about, its first words and when it was updated; press Enter to go to what a memo is about.</translation>
    </message>
    <message>
        <source>Double-click a memo or press Enter to go to what it is about.</source>
        <translation>Double-click a memo or press Enter to go to what it is about.</translation>
    </message>
    <message>
        <source>(a removed excerpt)</source>
        <translation>(a removed excerpt)</translation>
    </message>
    <message>
        <source>{transcript}: “{words}”</source>
        <translation>{transcript}: “{words}”</translation>
    </message>
    <message>
        <source>Reflexive journal</source>
        <translation>Reflexive journal</translation>
    </message>
    <message>
        <source>{shown} of {total} memos</source>
        <translation>{shown} of {total} memos</translation>
    </message>
    <message>
        <source>1 memo</source>
        <translation>1 memo</translation>
    </message>
    <message>
        <source>text</source>
        <comment>attribute type</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <comment>attribute type</comment>
        <translation>number</translation>
    </message>
    <message>
        <source>date</source>
        <comment>attribute type</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>choice</source>
        <comment>attribute type</comment>
        <translation>choice</translation>
    </message>
    <message>
        <source>Tick transcripts in the list beside the table to assign them.</source>
        <translation>Tick transcripts in the list beside the table to assign them.</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Rename participant</translation>
    </message>
    <message>
        <source>Edit attribute value</source>
        <translation>Edit attribute value</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>New attribute</translation>
    </message>
    <message>
        <source>for a choice: values separated by commas</source>
        <translation>for a choice: values separated by commas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>Edit attribute</translation>
    </message>
    <message>
        <source>One row per participant, one column per attribute; edit a cell to change a value.</source>
        <translation>One row per participant, one column per attribute; edit a cell to change a value.</translation>
    </message>
    <message>
        <source>Double-click an attribute's heading to edit it; right-click for more</source>
        <translation>Double-click an attribute's heading to edit it; right-click for more</translation>
    </message>
    <message>
        <source>Transcripts of the participant</source>
        <translation>Transcripts of the participant</translation>
    </message>
    <message>
        <source>Every transcript; the checked ones belong to the selected participant.</source>
        <translation>Every transcript; the checked ones belong to the selected participant.</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Add participant…</translation>
    </message>
    <message>
        <source>Add a participant to the table</source>
        <translation>Add a participant to the table</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Remove the selected participant (their transcripts stay)</source>
        <translation>Remove the selected participant (their transcripts stay)</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>Add attribute…</translation>
    </message>
    <message>
        <source>Add a column: an attribute every participant can have a value for</source>
        <translation>Add a column: an attribute every participant can have a value for</translation>
    </message>
    <message>
        <source>Import attributes…</source>
        <translation>Import attributes…</translation>
    </message>
    <message>
        <source>Read participants' attributes from a CSV or Excel sheet</source>
        <translation>Read participants' attributes from a CSV or Excel sheet</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Transcripts of {participant}</source>
        <translation>Transcripts of {participant}</translation>
    </message>
    <message>
        <source>Select a participant</source>
        <translation>Select a participant</translation>
    </message>
    <message>
        <source>Assign transcript</source>
        <translation>Assign transcript</translation>
    </message>
    <message>
        <source>Unassign transcript</source>
        <translation>Unassign transcript</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Delete participant “{name}”</source>
        <translation>Delete participant “{name}”</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Delete attribute</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>Import attributes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Edit Attribute…</source>
        <translation>Edit Attribute…</translation>
    </message>
    <message>
        <source>Delete Attribute…</source>
        <translation>Delete Attribute…</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}” and the values {n} participants have for it? You can undo this.</source>
        <translation>Delete the attribute “{name}” and the values {n} participants have for it? You can undo this.</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}”? No participant has a value for it yet.</source>
        <translation>Delete the attribute “{name}”? No participant has a value for it yet.</translation>
    </message>
    <message>
        <source>Attribute sheets (*.xlsx *.csv)</source>
        <translation>Attribute sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>System default ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of menus and windows.</source>
        <translation>The language of menus and windows.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system.</source>
        <translation>Light or dark colours, or as the system.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>Coder name</translation>
    </message>
    <message>
        <source>Recorded on the codings, memos and journal entries you make.</source>
        <translation>Recorded on the codings, memos and journal entries you make.</translation>
    </message>
    <message>
        <source>Recorded on the codings, memos and journal entries you make, so that colleagues sharing a project can tell who did what.</source>
        <translation>Recorded on the codings, memos and journal entries you make, so that colleagues sharing a project can tell who did what.</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Shown on your comments in Word, as Word shows a reviewer's initials.</source>
        <translation>Shown on your comments in Word, as Word shows a reviewer's initials.</translation>
    </message>
    <message>
        <source>Shown on your comments in Word exports.</source>
        <translation>Shown on your comments in Word exports.</translation>
    </message>
    <message>
        <source>&amp;Coder name:</source>
        <translation>&amp;Coder name:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>Your Name as a Coder</source>
        <translation>Your Name as a Coder</translation>
    </message>
    <message>
        <source>Annotator records who made each coding, memo and journal entry, and names you on the comments of Word exports. Colleagues who share a project see this name.</source>
        <translation>Annotator records who made each coding, memo and journal entry, and names you on the comments of Word exports. Colleagues who share a project see this name.</translation>
    </message>
    <message>
        <source>You can change both later in Preferences.</source>
        <translation>You can change both later in Preferences.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>How many backups of each project are kept; one is taken each time it opens.</source>
        <translation>How many backups of each project are kept; one is taken each time it opens.</translation>
    </message>
    <message>
        <source>A backup is taken each time a project opens; the oldest beyond this number are removed.</source>
        <translation>A backup is taken each time a project opens; the oldest beyond this number are removed.</translation>
    </message>
    <message>
        <source>&amp;Backups kept per project:</source>
        <translation>&amp;Backups kept per project:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>Transcript font size</translation>
    </message>
    <message>
        <source>The size of the text in transcripts.</source>
        <translation>The size of the text in transcripts.</translation>
    </message>
    <message>
        <source>Transcript &amp;font size:</source>
        <translation>Transcript &amp;font size:</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Snap selections to whole words</translation>
    </message>
    <message>
        <source>A selection made with the mouse is widened to the words it cuts. Hold Alt while dragging, or double-click and drag, to select part of a word.</source>
        <translation>A selection made with the mouse is widened to the words it cuts. Hold Alt while dragging, or double-click and drag, to select part of a word.</translation>
    </message>
    <message>
        <source>A new language reopens the window; your work stays as it is.</source>
        <translation>A new language reopens the window; your work stays as it is.</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymise</translation>
    </message>
    <message>
        <source>One identifier per line, then “=”, then its replacement, e.g. “Marcia = P1”. Every transcript and memo is changed; codings stay on the same words. The original Word files of changed transcripts get the pseudonyms too, so annotated exports keep their formatting; where a name would stay anywhere in a file (a header, a comment), that file is removed from the project. You can undo this.</source>
        <translation>One identifier per line, then “=”, then its replacement, e.g. “Marcia = P1”. Every transcript and memo is changed; codings stay on the same words. The original Word files of changed transcripts get the pseudonyms too, so annotated exports keep their formatting; where a name would stay anywhere in a file (a header, a comment), that file is removed from the project. You can undo this.</translation>
    </message>
    <message>
        <source>Marcia = P1
Ruth Okafor = the programme lead</source>
        <translation>Marcia = P1
Ruth Okafor = the programme lead</translation>
    </message>
    <message>
        <source>Identifiers and replacements</source>
        <translation>Identifiers and replacements</translation>
    </message>
    <message>
        <source>One identifier per line, then an equals sign, then its replacement.</source>
        <translation>One identifier per line, then an equals sign, then its replacement.</translation>
    </message>
    <message>
        <source>Stop and tell me which</source>
        <translation>Stop and tell me which</translation>
    </message>
    <message>
        <source>Remove those codings</source>
        <translation>Remove those codings</translation>
    </message>
    <message>
        <source>Put a placeholder in place of the names</source>
        <translation>Put a placeholder in place of the names</translation>
    </message>
    <message>
        <source>Codings that would cover nothing</source>
        <translation>Codings that would cover nothing</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[name]</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>A name replaced by nothing, when a coding covers only it:</source>
        <translation>A name replaced by nothing, when a coding covers only it:</translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation>Placeholder:</translation>
    </message>
    <message>
        <source>Replace everywhere</source>
        <translation>Replace everywhere</translation>
    </message>
    <message>
        <source>Replaced {n} occurrence(s) in {sources} transcript(s) and {memos} memo(s).</source>
        <translation>Replaced {n} occurrence(s) in {sources} transcript(s) and {memos} memo(s).</translation>
    </message>
    <message>
        <source>Type a code, Enter to apply</source>
        <translation>Type a code, Enter to apply</translation>
    </message>
    <message>
        <source>Code with</source>
        <translation>Code with</translation>
    </message>
    <message>
        <source>Type part of a code's name; Up and Down choose among the matches, Enter codes the selection with it, Escape closes. A new name can be created (Parent/Child places it under a parent).</source>
        <translation>Type part of a code's name; Up and Down choose among the matches, Enter codes the selection with it, Escape closes. A new name can be created (Parent/Child places it under a parent).</translation>
    </message>
    <message>
        <source>Why the code was not created</source>
        <translation>Why the code was not created</translation>
    </message>
    <message>
        <source>Create code “{name}”</source>
        <translation>Create code “{name}”</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Matching codes</translation>
    </message>
    <message>
        <source>1 excerpt</source>
        <translation>1 excerpt</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} excerpts</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>Select codes in the tree to read their excerpts.</source>
        <translation>Select codes in the tree to read their excerpts.</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>Include sub-codes</translation>
    </message>
    <message>
        <source>List the excerpts of the selected codes' sub-codes too, each once.</source>
        <translation>List the excerpts of the selected codes' sub-codes too, each once.</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <source>Show every coder's excerpts, or one coder's.</source>
        <translation>Show every coder's excerpts, or one coder's.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>Coded excerpts</translation>
    </message>
    <message>
        <source>Every excerpt coded with the selected codes, between a line of what came before and after; Enter or a double-click shows it in its transcript.</source>
        <translation>Every excerpt coded with the selected codes, between a line of what came before and after; Enter or a double-click shows it in its transcript.</translation>
    </message>
    <message>
        <source>Excerpt in context</source>
        <translation>Excerpt in context</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>All coders</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{excerpts} in {transcripts}: {codes}, with sub-codes</source>
        <translation>{excerpts} in {transcripts}: {codes}, with sub-codes</translation>
    </message>
    <message>
        <source>{excerpts} in {transcripts}: {codes}</source>
        <translation>{excerpts} in {transcripts}: {codes}</translation>
    </message>
    <message>
        <source>Theme “{name}”: {excerpts} from {participants}</source>
        <translation>Theme “{name}”: {excerpts} from {participants}</translation>
    </message>
    <message>
        <source>the words found</source>
        <translation>the words found</translation>
    </message>
    <message>
        <source>the whole sentence</source>
        <translation>the whole sentence</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>the speaker turn</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Project memo</translation>
    </message>
    <message>
        <source>Transcript memo</source>
        <translation>Transcript memo</translation>
    </message>
    <message>
        <source>Code memo</source>
        <translation>Code memo</translation>
    </message>
    <message>
        <source>Theme memo</source>
        <translation>Theme memo</translation>
    </message>
    <message>
        <source>Participant memo</source>
        <translation>Participant memo</translation>
    </message>
    <message>
        <source>Search transcripts and memos: a word, a phrase, 社区…</source>
        <translation>Search transcripts and memos: a word, a phrase, 社区…</translation>
    </message>
    <message>
        <source>Words or a phrase to find in every transcript and memo; results appear below.</source>
        <translation>Words or a phrase to find in every transcript and memo; results appear below.</translation>
    </message>
    <message>
        <source>Type words to find them in every transcript and memo.</source>
        <translation>Type words to find them in every transcript and memo.</translation>
    </message>
    <message>
        <source>Also search the memos and the reflexive journal.</source>
        <translation>Also search the memos and the reflexive journal.</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>Participant attribute</translation>
    </message>
    <message>
        <source>Only search transcripts of participants with this attribute value.</source>
        <translation>Only search transcripts of participants with this attribute value.</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Attribute value</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Any speaker</translation>
    </message>
    <message>
        <source>Only</source>
        <comment>search only this speaker's turns</comment>
        <translation>Only</translation>
    </message>
    <message>
        <source>Leave out</source>
        <comment>search all but this speaker's turns</comment>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Speaker filter</translation>
    </message>
    <message>
        <source>Search every turn, only the chosen speaker's turns, or all but theirs.</source>
        <translation>Search every turn, only the chosen speaker's turns, or all but theirs.</translation>
    </message>
    <message>
        <source>Code filter</source>
        <translation>Code filter</translation>
    </message>
    <message>
        <source>Only search the words already coded with this code.</source>
        <translation>Only search the words already coded with this code.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show or hide the filters by participant, speaker and code; the button counts those in use.</source>
        <translation>Show or hide the filters by participant, speaker and code; the button counts those in use.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Whole &amp;word</source>
        <translation>Whole &amp;word</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>&amp;This transcript</source>
        <translation>&amp;This transcript</translation>
    </message>
    <message>
        <source>All tra&amp;nscripts</source>
        <translation>All tra&amp;nscripts</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Replace wit&amp;h:</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Codes affected</source>
        <translation>Codes affected</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Replace the selected hit</source>
        <translation>Replace the selected hit</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Replace &amp;All</translation>
    </message>
    <message>
        <source>Replace every hit listed, as one step you can undo</source>
        <translation>Replace every hit listed, as one step you can undo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>No hits.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transcript</numerusform>
            <numerusform>%n transcripts</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n hit(s).</source>
        <translation>
            <numerusform>Replaced %n hit.</numerusform>
            <numerusform>Replaced %n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) removed ({codes}); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n coding removed ({codes}); Ctrl+Z brings it back.</numerusform>
            <numerusform>%n codings removed ({codes}); Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Hits grouped by transcript, then memos; press Enter on a hit to go to it.</source>
        <translation>Hits grouped by transcript, then memos; press Enter on a hit to go to it.</translation>
    </message>
    <message>
        <source>Double-click a hit or press Enter to go to it.</source>
        <translation>Double-click a hit or press Enter to go to it.</translation>
    </message>
    <message>
        <source>Code all results</source>
        <translation>Code all results</translation>
    </message>
    <message>
        <source>Code every transcript hit with the chosen code, as one step you can undo.</source>
        <translation>Code every transcript hit with the chosen code, as one step you can undo.</translation>
    </message>
    <message>
        <source>Code for all results</source>
        <translation>Code for all results</translation>
    </message>
    <message>
        <source>How much to code</source>
        <translation>How much to code</translation>
    </message>
    <message>
        <source>Code only the words found, or widen each hit to its sentence or speaker turn.</source>
        <translation>Code only the words found, or widen each hit to its sentence or speaker turn.</translation>
    </message>
    <message>
        <source>with</source>
        <comment>Code all results with &lt;code&gt;</comment>
        <translation>with</translation>
    </message>
    <message>
        <source>coding</source>
        <comment>…with &lt;code&gt; coding &lt;the whole sentence&gt;</comment>
        <translation>coding</translation>
    </message>
    <message>
        <source>Filters ({n})</source>
        <translation>Filters ({n})</translation>
    </message>
    <message>
        <source>Any participant</source>
        <translation>Any participant</translation>
    </message>
    <message>
        <source>Any code</source>
        <translation>Any code</translation>
    </message>
    <message>
        <source>Memos ({n})</source>
        <translation>Memos ({n})</translation>
    </message>
    <message>
        <source>Nothing found for “{words}”.</source>
        <translation>Nothing found for “{words}”.</translation>
    </message>
    <message>
        <source>{hits} in 1 transcript, {memos} in memos</source>
        <translation>{hits} in 1 transcript, {memos} in memos</translation>
    </message>
    <message>
        <source>{hits} in {groups} transcripts, {memos} in memos</source>
        <translation>{hits} in {groups} transcripts, {memos} in memos</translation>
    </message>
    <message>
        <source> (the first {shown} are listed)</source>
        <translation> (the first {shown} are listed)</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Code all {n} results</source>
        <translation>Code all {n} results</translation>
    </message>
    <message>
        <source>Code {n} search results</source>
        <translation>Code {n} search results</translation>
    </message>
    <message>
        <source>Coded {n} excerpts with “{code}”.</source>
        <translation>Coded {n} excerpts with “{code}”.</translation>
    </message>
    <message>
        <source>Code the selection with the code numbered in the code tree</source>
        <translation>Code the selection with the code numbered in the code tree</translation>
    </message>
    <message>
        <source>Quick code: type a code's name to code the selection</source>
        <translation>Quick code: type a code's name to code the selection</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copy the selected text</translation>
    </message>
    <message>
        <source>Drag a code</source>
        <translation>Drag a code</translation>
    </message>
    <message>
        <source>Drop a code from the tree onto selected text to code it</source>
        <translation>Drop a code from the tree onto selected text to code it</translation>
    </message>
    <message>
        <source>New sub-code under the selected code</source>
        <translation>New sub-code under the selected code</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the code's excerpts</source>
        <translation>Show the code's excerpts</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete the selected codes (asks first)</source>
        <translation>Delete the selected codes (asks first)</translation>
    </message>
    <message>
        <source>Alt+drop</source>
        <translation>Alt+drop</translation>
    </message>
    <message>
        <source>Merge the dragged code into the one it is dropped on</source>
        <translation>Merge the dragged code into the one it is dropped on</translation>
    </message>
    <message>
        <source>Fit the whole board in view</source>
        <translation>Fit the whole board in view</translation>
    </message>
    <message>
        <source>Zoom in and out (or Ctrl+wheel)</source>
        <translation>Zoom in and out (or Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Space+drag</translation>
    </message>
    <message>
        <source>Pan the board (or drag with the middle button)</source>
        <translation>Pan the board (or drag with the middle button)</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+drag</translation>
    </message>
    <message>
        <source>Draw a link from one theme to another</source>
        <translation>Draw a link from one theme to another</translation>
    </message>
    <message>
        <source>Ctrl+drag a chip</source>
        <translation>Ctrl+drag a chip</translation>
    </message>
    <message>
        <source>Copy a code to another theme instead of moving it</source>
        <translation>Copy a code to another theme instead of moving it</translation>
    </message>
    <message>
        <source>Delete the selected themes or links</source>
        <translation>Delete the selected themes or links</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel drawing a link</source>
        <translation>Cancel drawing a link</translation>
    </message>
    <message>
        <source>Quick code box</source>
        <translation>Quick code box</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Choose among the matching codes</source>
        <translation>Choose among the matching codes</translation>
    </message>
    <message>
        <source>Code the selection (a new code if none matches)</source>
        <translation>Code the selection (a new code if none matches)</translation>
    </message>
    <message>
        <source>Close without coding</source>
        <translation>Close without coding</translation>
    </message>
    <message>
        <source>Welcome page</source>
        <translation>Welcome page</translation>
    </message>
    <message>
        <source>Open the recent project selected</source>
        <translation>Open the recent project selected</translation>
    </message>
    <message>
        <source>Take the selected project off the list (the file stays)</source>
        <translation>Take the selected project off the list (the file stays)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys and what they do, grouped by menu and pane.</source>
        <translation>Keys and what they do, grouped by menu and pane.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>No definition yet: double-click here to write one</source>
        <translation>No definition yet: double-click here to write one</translation>
    </message>
    <message>
        <source>✓ final</source>
        <translation>✓ final</translation>
    </message>
    <message>
        <source>Also holds: {codes}</source>
        <translation>Also holds: {codes}</translation>
    </message>
    <message>
        <source>sub-theme of {theme}</source>
        <translation>sub-theme of {theme}</translation>
    </message>
    <message>
        <source>Select a theme on the board.</source>
        <translation>Select a theme on the board.</translation>
    </message>
    <message>
        <source>What this theme is about, and where it stops</source>
        <translation>What this theme is about, and where it stops</translation>
    </message>
    <message>
        <source>Memo: your thinking about this theme</source>
        <translation>Memo: your thinking about this theme</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Theme name</translation>
    </message>
    <message>
        <source>Theme status</source>
        <translation>Theme status</translation>
    </message>
    <message>
        <source>Candidate, reviewed or final: how far the theme has come in the review.</source>
        <translation>Candidate, reviewed or final: how far the theme has come in the review.</translation>
    </message>
    <message>
        <source>Theme definition</source>
        <translation>Theme definition</translation>
    </message>
    <message>
        <source>What the theme is about, its scope and its boundaries.</source>
        <translation>What the theme is about, its scope and its boundaries.</translation>
    </message>
    <message>
        <source>Your thinking about this theme.</source>
        <translation>Your thinking about this theme.</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>1 code</source>
        <translation>1 code</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>Recent codes</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>New code…</translation>
    </message>
    <message>
        <source>Name a new code and code the selection with it</source>
        <translation>Name a new code and code the selection with it</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>In-vivo code</translation>
    </message>
    <message>
        <source>Code the selection with a code named after its own words</source>
        <translation>Code the selection with a code named after its own words</translation>
    </message>
    <message>
        <source>Remove coding “{code}”</source>
        <translation>Remove coding “{code}”</translation>
    </message>
    <message>
        <source>Adjust excerpt to selection</source>
        <translation>Adjust excerpt to selection</translation>
    </message>
    <message>
        <source>Adjust excerpt to selection “{code}”</source>
        <translation>Adjust excerpt to selection “{code}”</translation>
    </message>
    <message>
        <source>Find passages like the selection in every transcript</source>
        <translation>Find passages like the selection in every transcript</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Code with…</source>
        <translation>Code with…</translation>
    </message>
    <message>
        <source>Type part of a code's name to code the selection with it</source>
        <translation>Type part of a code's name to code the selection with it</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to place it under a parent):</source>
        <translation>Name of the new code (Parent/Child to place it under a parent):</translation>
    </message>
    <message>
        <source>The transcript's text with its coded excerpts shaded in their codes' colours; select words and press 1 to 9, Ctrl+K or drop a code to code them.</source>
        <translation>The transcript's text with its coded excerpts shaded in their codes' colours; select words and press 1 to 9, Ctrl+K or drop a code to code them.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Start a project, open one, or open the demo project.</source>
        <translation>Start a project, open one, or open the demo project.</translation>
    </message>
    <message>
        <source>Reflexive thematic analysis of interview transcripts</source>
        <translation>Reflexive thematic analysis of interview transcripts</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>New Project…</translation>
    </message>
    <message>
        <source>Ctrl+N: a new, empty project</source>
        <translation>Ctrl+N: a new, empty project</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Open Project…</translation>
    </message>
    <message>
        <source>Ctrl+O: an .annotator project file</source>
        <translation>Ctrl+O: an .annotator project file</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Open the Demo Project</translation>
    </message>
    <message>
        <source>Five interviews about a community partnership with a medical school, coded, with themes on the board</source>
        <translation>Five interviews about a community partnership with a medical school, coded, with themes on the board</translation>
    </message>
    <message>
        <source>Then import Word or text transcripts (Ctrl+I), or drop them on the window.</source>
        <translation>Then import Word or text transcripts (Ctrl+I), or drop them on the window.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open one.</source>
        <translation>Press Enter or double-click to open one.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a recent project</source>
        <translation>Press Enter or double-click to open a recent project</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Projects you open will be listed here.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Remove from Recent Projects</source>
        <translation>Remove from Recent Projects</translation>
    </message>
    <message>
        <source>Export annotated transcripts into</source>
        <translation>Export annotated transcripts into</translation>
    </message>
    <message>
        <source>Import a partner's comments</source>
        <translation>Import a partner's comments</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Writing annotated transcripts…</source>
        <translation>Writing annotated transcripts…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing “{name}” ({done} of {total})…</source>
        <translation>Writing “{name}” ({done} of {total})…</translation>
    </message>
    <message>
        <source>The transcripts could not be exported ({error}).</source>
        <translation>The transcripts could not be exported ({error}).</translation>
    </message>
    <message>
        <source>Wrote 1 annotated transcript into {folder}.</source>
        <translation>Wrote 1 annotated transcript into {folder}.</translation>
    </message>
    <message>
        <source>Wrote {n} annotated transcripts into {folder}.</source>
        <translation>Wrote {n} annotated transcripts into {folder}.</translation>
    </message>
    <message>
        <source>Annotated transcripts</source>
        <translation>Annotated transcripts</translation>
    </message>
    <message>
        <source>Export theme report</source>
        <translation>Export theme report</translation>
    </message>
    <message>
        <source>{project} themes.docx</source>
        <comment>a file name</comment>
        <translation>{project} themes.docx</translation>
    </message>
    <message>
        <source>The theme report could not be written ({error}).</source>
        <translation>The theme report could not be written ({error}).</translation>
    </message>
    <message>
        <source>Wrote the theme report to {file}.</source>
        <translation>Wrote the theme report to {file}.</translation>
    </message>
    <message>
        <source>Export excerpts</source>
        <translation>Export excerpts</translation>
    </message>
    <message>
        <source>{project} excerpts.xlsx</source>
        <comment>a file name</comment>
        <translation>{project} excerpts.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The excerpts could not be written ({error}).</source>
        <translation>The excerpts could not be written ({error}).</translation>
    </message>
    <message>
        <source>Wrote {n} excerpts to {file}.</source>
        <translation>Wrote {n} excerpts to {file}.</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>Import comments</translation>
    </message>
    <message>
        <source>Comments from “{name}”</source>
        <translation>Comments from “{name}”</translation>
    </message>
    <message>
        <source>The demo project's files are missing (looked in: {tried}).</source>
        <translation>The demo project's files are missing (looked in: {tried}).</translation>
    </message>
    <message>
        <source>“{file}” is not an attribute sheet; use a .csv or .xlsx file with one row per participant.</source>
        <translation>“{file}” is not an attribute sheet; use a .csv or .xlsx file with one row per participant.</translation>
    </message>
    <message>
        <source>“{file}” is too large for an attribute sheet.</source>
        <translation>“{file}” is too large for an attribute sheet.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a table; ({error}).</source>
        <translation>“{file}” cannot be read as a table; ({error}).</translation>
    </message>
    <message>
        <source>“{file}” has no rows; the first row should name the columns.</source>
        <translation>“{file}” has no rows; the first row should name the columns.</translation>
    </message>
    <message>
        <source>{count} comment(s) already in the original document were left out.</source>
        <translation>{count} comment(s) already in the original document were left out.</translation>
    </message>
    <message>
        <source>The comment by {author} on “{words}” is on words that are not in the transcript; it is kept as a memo on the transcript: {comment}</source>
        <translation>The comment by {author} on “{words}” is on words that are not in the transcript; it is kept as a memo on the transcript: {comment}</translation>
    </message>
    <message>
        <source>The comment by {author} is anchored to no text; it is kept as a memo on the transcript: {comment}</source>
        <translation>The comment by {author} is anchored to no text; it is kept as a memo on the transcript: {comment}</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by document property): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}” is “{source}” (matched by document property): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by file name): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}” is “{source}” (matched by file name): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by text): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}” is “{source}” (matched by text): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by {how}): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}” is “{source}” (matched by {how}): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</translation>
    </message>
    <message>
        <source>“{file}” does not match any transcript of this project (it was not exported from it, and no transcript has its name or its text).</source>
        <translation>“{file}” does not match any transcript of this project (it was not exported from it, and no transcript has its name or its text).</translation>
    </message>
    <message>
        <source>paragraph {n} was not found in the original document</source>
        <translation>paragraph {n} was not found in the original document</translation>
    </message>
    <message>
        <source>paragraph {n} reads differently from the imported text, so its codings were not marked</source>
        <translation>paragraph {n} reads differently from the imported text, so its codings were not marked</translation>
    </message>
    <message>
        <source>1 excerpt crosses a text box: split into {k} comments.</source>
        <translation>1 excerpt crosses a text box: split into {k} comments.</translation>
    </message>
    <message>
        <source>{n} excerpts cross a text box: split into {k} comments each.</source>
        <translation>{n} excerpts cross a text box: split into {k} comments each.</translation>
    </message>
    <message>
        <source>1 excerpt reaches a text box only by a paragraph break: its comment stops at the box's edge.</source>
        <translation>1 excerpt reaches a text box only by a paragraph break: its comment stops at the box's edge.</translation>
    </message>
    <message>
        <source>{n} excerpts reach a text box only by a paragraph break: their comments stop at the box's edge.</source>
        <translation>{n} excerpts reach a text box only by a paragraph break: their comments stop at the box's edge.</translation>
    </message>
    <message>
        <source>1 excerpt holding only the paragraph break beside a text box was not marked.</source>
        <translation>1 excerpt holding only the paragraph break beside a text box was not marked.</translation>
    </message>
    <message>
        <source>{n} excerpts holding only the paragraph break beside a text box were not marked.</source>
        <translation>{n} excerpts holding only the paragraph break beside a text box were not marked.</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which Word never writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}” contains XML with a document type declaration, which Word never writes and which can hide harmful content, so it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” is nested far more deeply than any real document, so it was not read.</source>
        <translation>“{file}” is nested far more deeply than any real document, so it was not read.</translation>
    </message>
    <message>
        <source>“{file}” is damaged: part of it is not well-formed XML; open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}” is damaged: part of it is not well-formed XML; open it in Word, save it again as .docx and try again.</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, so it was not opened.</source>
        <translation>“{file}” contains XML with a document type declaration, so it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” is not a complete Word document: its main text part is missing; open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}” is not a complete Word document: its main text part is missing; open it in Word, save it again as .docx and try again.</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document (its main part holds no text).</source>
        <translation>“{file}” is not a Word document (its main part holds no text).</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as a .docx must be); if it was downloaded or copied, fetch it again.</source>
        <translation>“{file}” is damaged or incomplete (it is not a readable zip package, as a .docx must be); if it was downloaded or copied, fetch it again.</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any Word document does.</source>
        <translation>“{file}” holds far more parts than any Word document does.</translation>
    </message>
    <message>
        <source>“{file}” would unpack to an implausibly large size (it looks like a zip bomb), so it was not opened.</source>
        <translation>“{file}” would unpack to an implausibly large size (it looks like a zip bomb), so it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Word, save it again as .docx and try again.</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in Word and try again.</source>
        <translation>“{file}” is password-protected; remove the password in Word and try again.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a table: it is damaged or incomplete (not a readable zip package, as an .xlsx must be); open it in Excel, save it again and try again.</source>
        <translation>“{file}” cannot be read as a table: it is damaged or incomplete (not a readable zip package, as an .xlsx must be); open it in Excel, save it again and try again.</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which Excel never writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}” contains XML with a document type declaration, which Excel never writes and which can hide harmful content, so it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any spreadsheet does.</source>
        <translation>“{file}” holds far more parts than any spreadsheet does.</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any text document does.</source>
        <translation>“{file}” holds far more parts than any text document does.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as an .odt must be); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}” is damaged or incomplete (it is not a readable zip package, as an .odt must be); open it in LibreOffice, save it again and try again.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Excel, save it again as .xlsx and try again.</source>
        <translation>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Excel, save it again as .xlsx and try again.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in LibreOffice, save it again and try again.</translation>
    </message>
    <message>
        <source>“{file}” is far larger than an attribute sheet (at most {rows} rows of {columns} columns), so it was not read.</source>
        <translation>“{file}” is far larger than an attribute sheet (at most {rows} rows of {columns} columns), so it was not read.</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in Excel and try again.</source>
        <translation>“{file}” is password-protected; remove the password in Excel and try again.</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in LibreOffice (File &gt; Properties) and try again.</source>
        <translation>“{file}” is password-protected; remove the password in LibreOffice (File &gt; Properties) and try again.</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, far larger than any REFI-QDA project, so it was not read.</source>
        <translation>“{file}” is {size} MB, far larger than any REFI-QDA project, so it was not read.</translation>
    </message>
    <message>
        <source>“{file}” is a zip file but not a Word document.</source>
        <translation>“{file}” is a zip file but not a Word document.</translation>
    </message>
    <message>
        <source>“{file}” is an Excel workbook, not a Word document; only Word files can be imported.</source>
        <translation>“{file}” is an Excel workbook, not a Word document; only Word files can be imported.</translation>
    </message>
    <message>
        <source>“{file}” is a PowerPoint presentation, not a Word document; only Word files can be imported.</source>
        <translation>“{file}” is a PowerPoint presentation, not a Word document; only Word files can be imported.</translation>
    </message>
    <message>
        <source>“{file}” is an OpenDocument file, not a Word document; only Word files can be imported.</source>
        <translation>“{file}” is an OpenDocument file, not a Word document; only Word files can be imported.</translation>
    </message>
    <message>
        <source>“{file}” is not a complete Word document: it has no body.</source>
        <translation>“{file}” is not a complete Word document: it has no body.</translation>
    </message>
    <message>
        <source>“{file}” is nested too deeply to be read.</source>
        <translation>“{file}” is nested too deeply to be read.</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>“{file}” is empty.</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document, although its name ends in {suffix}; open it in Word, save it as .docx and try again.</source>
        <translation>“{file}” is not a Word document, although its name ends in {suffix}; open it in Word, save it as .docx and try again.</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: Apple Pages files are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>“{file}” cannot be imported: Apple Pages files are not supported yet; save or copy it into a Word .docx file and import that.</translation>
    </message>
    <message>
        <source>“{file}” is not a kind of file Annotator can import (Word .docx or .doc, plain text .txt, subtitles .vtt, .srt or .sbv, OpenDocument .odt, RTF or PDF).</source>
        <translation>“{file}” is not a kind of file Annotator can import (Word .docx or .doc, plain text .txt, subtitles .vtt, .srt or .sbv, OpenDocument .odt, RTF or PDF).</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: spreadsheet files (.csv) are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>“{file}” cannot be imported: spreadsheet files (.csv) are not supported yet; save or copy it into a Word .docx file and import that.</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: Excel workbooks are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>“{file}” cannot be imported: Excel workbooks are not supported yet; save or copy it into a Word .docx file and import that.</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: OpenDocument spreadsheets are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>“{file}” cannot be imported: OpenDocument spreadsheets are not supported yet; save or copy it into a Word .docx file and import that.</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, too large to be a transcript; split it into files under {limit} MB.</source>
        <translation>“{file}” is {size} MB, too large to be a transcript; split it into files under {limit} MB.</translation>
    </message>
    <message>
        <source>“{file}” could not be found (it may have been moved or deleted).</source>
        <translation>“{file}” could not be found (it may have been moved or deleted).</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: permission was refused.</source>
        <translation>“{file}” cannot be opened: permission was refused.</translation>
    </message>
    <message>
        <source>“{file}” is not an ordinary file (it is a device, a pipe or a socket), so it was not read.</source>
        <translation>“{file}” is not an ordinary file (it is a device, a pipe or a socket), so it was not read.</translation>
    </message>
    <message>
        <source>{code} (continued)</source>
        <translation>{code} (continued)</translation>
    </message>
    <message>
        <source>“{name}” was exported as a clean document, not into its Word original: the edits of its text could not be made there ({reason}).</source>
        <translation>“{name}” was exported as a clean document, not into its Word original: the edits of its text could not be made there ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is a file; give the folder to write the annotated transcripts into.</source>
        <translation>“{name}” is a file; give the folder to write the annotated transcripts into.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be made ({reason}).</source>
        <translation>The folder “{folder}” cannot be made ({reason}).</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of 1 transcript.</source>
        <translation>Export cancelled: wrote {done} of 1 transcript.</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of {total} transcripts.</source>
        <translation>Export cancelled: wrote {done} of {total} transcripts.</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of 1 transcript; not written: {names}.</source>
        <translation>Export cancelled: wrote {done} of 1 transcript; not written: {names}.</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of {total} transcripts; not written: {names}.</source>
        <translation>Export cancelled: wrote {done} of {total} transcripts; not written: {names}.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read ({reason}).</source>
        <translation>“{file}” cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a file.</source>
        <translation>“{file}” is a folder, not a file.</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password (it is encrypted); remove the password in Word (File &gt; Info &gt; Protect Document) and try again.</source>
        <translation>“{file}” is protected with a password (it is encrypted); remove the password in Word (File &gt; Info &gt; Protect Document) and try again.</translation>
    </message>
    <message>
        <source>“{file}” could not be converted by LibreOffice within {seconds} seconds; open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>“{file}” could not be converted by LibreOffice within {seconds} seconds; open it in Word or LibreOffice, save it as .docx and import that.</translation>
    </message>
    <message>
        <source>“{file}” is an old-format Word document (.doc) or another old Office file, not a .docx; open it in Word, save it as .docx and try again.</source>
        <translation>“{file}” is an old-format Word document (.doc) or another old Office file, not a .docx; open it in Word, save it as .docx and try again.</translation>
    </message>
    <message>
        <source>“{file}” contains no text to import.</source>
        <translation>“{file}” contains no text to import.</translation>
    </message>
    <message>
        <source>“{file}” is not a REFI-QDA project or codebook; export it again as .qdpx or .qdc.</source>
        <translation>“{file}” is not a REFI-QDA project or codebook; export it again as .qdpx or .qdc.</translation>
    </message>
    <message>
        <source>{program} counts text positions in UTF-16 units (an emoji counts two) and CRLF line ends as two characters; they were converted to characters.</source>
        <translation>{program} counts text positions in UTF-16 units (an emoji counts two) and CRLF line ends as two characters; they were converted to characters.</translation>
    </message>
    <message>
        <source>{sources}: only text sources are supported yet.</source>
        <translation>{sources}: only text sources are supported yet.</translation>
    </message>
    <message>
        <source>{n} links between items (Annotator links themes on its board only).</source>
        <translation>{n} links between items (Annotator links themes on its board only).</translation>
    </message>
    <message>
        <source>“{name}” (PDF)</source>
        <translation>“{name}” (PDF)</translation>
    </message>
    <message>
        <source>“{name}” (picture)</source>
        <translation>“{name}” (picture)</translation>
    </message>
    <message>
        <source>“{name}” (audio)</source>
        <translation>“{name}” (audio)</translation>
    </message>
    <message>
        <source>“{name}” (video)</source>
        <translation>“{name}” (video)</translation>
    </message>
    <message>
        <source>{n} selections in “{name}” that are empty or reach outside its text.</source>
        <translation>{n} selections in “{name}” that are empty or reach outside its text.</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file ({path}), so its {n} codings were left out too.</source>
        <translation>“{name}”: its text is not in the file ({path}), so its {n} codings were left out too.</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file ({path}).</source>
        <translation>“{name}”: its text is not in the file ({path}).</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file (no path), so its {n} codings were left out too.</source>
        <translation>“{name}”: its text is not in the file (no path), so its {n} codings were left out too.</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file (no path).</source>
        <translation>“{name}”: its text is not in the file (no path).</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which no REFI-QDA program writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}” contains XML with a document type declaration, which no REFI-QDA program writes and which can hide harmful content, so it was not opened.</translation>
    </message>
    <message>
        <source>“{file}” is damaged: its project description is not well-formed XML; export it again from the program that made it.</source>
        <translation>“{file}” is damaged: its project description is not well-formed XML; export it again from the program that made it.</translation>
    </message>
    <message>
        <source>“{file}” contains XML that cannot be read safely.</source>
        <translation>“{file}” contains XML that cannot be read safely.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as a .qdpx must be); export it again or fetch it again.</source>
        <translation>“{file}” is damaged or incomplete (it is not a readable zip package, as a .qdpx must be); export it again or fetch it again.</translation>
    </message>
    <message>
        <source>“{file}” holds far more files than any project does.</source>
        <translation>“{file}” holds far more files than any project does.</translation>
    </message>
    <message>
        <source>“{file}” is not a REFI-QDA project: it holds no project.qde; export it again as a REFI-QDA project (.qdpx).</source>
        <translation>“{file}” is not a REFI-QDA project: it holds no project.qde; export it again as a REFI-QDA project (.qdpx).</translation>
    </message>
    <message>
        <source>“{file}” holds more than one project document ({names}), so it is unclear which one to import.</source>
        <translation>“{file}” holds more than one project document ({names}), so it is unclear which one to import.</translation>
    </message>
    <message>
        <source>“{file}” is password-protected.</source>
        <translation>“{file}” is password-protected.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); export it again or fetch it again.</source>
        <translation>“{file}” is damaged or incomplete (part of it cannot be unpacked); export it again or fetch it again.</translation>
    </message>
    <message>
        <source>“{file}” is not a text file (it contains binary data); save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}” is not a text file (it contains binary data); save it as UTF-8 text (or as .docx) and try again.</translation>
    </message>
    <message>
        <source>“{file}” is in a text encoding that cannot be recognised; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}” is in a text encoding that cannot be recognised; save it as UTF-8 text (or as .docx) and try again.</translation>
    </message>
    <message>
        <source>“{file}” is marked as {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}” is marked as {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</translation>
    </message>
    <message>
        <source>“{file}” looks like {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}” looks like {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</translation>
    </message>
    <message>
        <source>There is no code “{path}”.</source>
        <translation>There is no code “{path}”.</translation>
    </message>
    <message>
        <source>Name at least two coders.</source>
        <translation>Name at least two coders.</translation>
    </message>
    <message>
        <source>The overlap must be between 1 and 100 %.</source>
        <translation>The overlap must be between 1 and 100 %.</translation>
    </message>
    <message>
        <source>A codebook can be written as .docx, .csv, .xlsx or .qdc, not “{suffix}”.</source>
        <translation>A codebook can be written as .docx, .csv, .xlsx or .qdc, not “{suffix}”.</translation>
    </message>
    <message>
        <source>“{file}” should end in .csv or .xlsx.</source>
        <translation>“{file}” should end in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The app's resource files are missing (looked in: {tried}).</source>
        <translation>The app's resource files are missing (looked in: {tried}).</translation>
    </message>
    <message>
        <source>No backup of “{name}” could be written to “{folder}” ({reason}); the project itself is unaffected.</source>
        <translation>No backup of “{name}” could be written to “{folder}” ({reason}); the project itself is unaffected.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged and was not restored.</source>
        <translation>The backup “{name}” is damaged and was not restored.</translation>
    </message>
    <message>
        <source>{n} coding(s) lie outside their transcript's text.</source>
        <translation>{n} coding(s) lie outside their transcript's text.</translation>
    </message>
    <message>
        <source>{n} paragraph(s) reach past the end of their transcript.</source>
        <translation>{n} paragraph(s) reach past the end of their transcript.</translation>
    </message>
    <message>
        <source>{n} code(s) are their own ancestors.</source>
        <translation>{n} code(s) are their own ancestors.</translation>
    </message>
    <message>
        <source>Part of the project file's structure is missing: {items}.</source>
        <translation>Part of the project file's structure is missing: {items}.</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a source that no longer exists.</source>
        <translation>{n} memo(s) belong to a source that no longer exists.</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a code that no longer exists.</source>
        <translation>{n} memo(s) belong to a code that no longer exists.</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a theme that no longer exists.</source>
        <translation>{n} memo(s) belong to a theme that no longer exists.</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a coding that no longer exists.</source>
        <translation>{n} memo(s) belong to a coding that no longer exists.</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a case that no longer exists.</source>
        <translation>{n} memo(s) belong to a case that no longer exists.</translation>
    </message>
    <message>
        <source>There is no project at “{path}”.</source>
        <translation>There is no project at “{path}”.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not an Annotator project.</source>
        <translation>“{name}” is a folder, not an Annotator project.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason}).</source>
        <translation>“{name}” cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is not an Annotator project.</source>
        <translation>“{name}” is not an Annotator project.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened with the file “{wal}” beside it, which holds changes that do not fit this copy (it was probably copied from another copy of the project, or while the project was open). Move “{wal}” into another folder, keeping it, and open the project again: it opens as it was when last closed.</source>
        <translation>“{name}” cannot be opened with the file “{wal}” beside it, which holds changes that do not fit this copy (it was probably copied from another copy of the project, or while the project was open). Move “{wal}” into another folder, keeping it, and open the project again: it opens as it was when last closed.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened ({reason}).</source>
        <translation>“{name}” is damaged and cannot be opened ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not an Annotator project.</source>
        <translation>“{name}” is a database, but not an Annotator project.</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of Annotator (file format {version}; this version reads up to {supported}); please update Annotator to open it.</source>
        <translation>“{name}” was saved by a newer version of Annotator (file format {version}; this version reads up to {supported}); please update Annotator to open it.</translation>
    </message>
    <message>
        <source>“{name}” is being changed by another Annotator window or command; nothing was changed here, please try again in a moment.</source>
        <translation>“{name}” is being changed by another Annotator window or command; nothing was changed here, please try again in a moment.</translation>
    </message>
    <message>
        <source>“{name}” is read-only, so changes cannot be saved.</source>
        <translation>“{name}” is read-only, so changes cannot be saved.</translation>
    </message>
    <message>
        <source>The disk holding “{name}” is full; nothing was changed.</source>
        <translation>The disk holding “{name}” is full; nothing was changed.</translation>
    </message>
    <message>
        <source>“{name}” could not be changed: {reason}.</source>
        <translation>“{name}” could not be changed: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation>“{name}” already exists; choose another name.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>“{name}” cannot be created ({reason}).</source>
        <translation>“{name}” cannot be created ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is read-only and was saved by an older version of Annotator; copy it to a folder you can write to, then open the copy.</source>
        <translation>“{name}” is read-only and was saved by an older version of Annotator; copy it to a folder you can write to, then open the copy.</translation>
    </message>
    <message>
        <source>“{name}” is read-only, so this change cannot be saved; copy the project to a folder you can write to in order to work on it.</source>
        <translation>“{name}” is read-only, so this change cannot be saved; copy the project to a folder you can write to in order to work on it.</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted while open, and it could not be written back ({reason}); keep this window open and copy your work elsewhere.</source>
        <translation>“{name}” was moved or deleted while open, and it could not be written back ({reason}); keep this window open and copy your work elsewhere.</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted while open; everything saved so far was written to “{copy}”; open that file to go on.</source>
        <translation>“{name}” was moved or deleted while open; everything saved so far was written to “{copy}”; open that file to go on.</translation>
    </message>
    <message>
        <source>“{name}” was not brought up to date: the copy kept before that could not be written ({reason}); the project is unchanged.</source>
        <translation>“{name}” was not brought up to date: the copy kept before that could not be written ({reason}); the project is unchanged.</translation>
    </message>
    <message>
        <source>“{name}” is already open in another Annotator window; switch to that window, or close the project there first.</source>
        <translation>“{name}” is already open in another Annotator window; switch to that window, or close the project there first.</translation>
    </message>
    <message>
        <source>Row {row} of {table} points at a missing {parent}.</source>
        <translation>Row {row} of {table} points at a missing {parent}.</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read part of it ({reason}). Restore the newest backup (annotator restore, or File &gt; Restore from Backup…); the damaged file is kept aside.</source>
        <translation>The file is damaged: SQLite cannot read part of it ({reason}). Restore the newest backup (annotator restore, or File &gt; Restore from Backup…); the damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Third-Party Licences</source>
        <translation>Third-Party Licences</translation>
    </message>
    <message>
        <source>Annotator is built on this free software, with thanks. Qt and PySide6 are used under the GNU LGPL 3.0: their libraries sit in the app's folder as shared libraries, which you may replace with versions of your own.</source>
        <translation>Annotator is built on this free software, with thanks. Qt and PySide6 are used under the GNU LGPL 3.0: their libraries sit in the app's folder as shared libraries, which you may replace with versions of your own.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Rename transcript</source>
        <translation>Rename transcript</translation>
    </message>
    <message>
        <source>Remove transcript</source>
        <translation>Remove transcript</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>Move code</translation>
    </message>
    <message>
        <source>Code excerpt</source>
        <translation>Code excerpt</translation>
    </message>
    <message>
        <source>Unmark illustrative</source>
        <translation>Unmark illustrative</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Delete memo</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Add code to theme</source>
        <translation>Add code to theme</translation>
    </message>
    <message>
        <source>Remove code from theme</source>
        <translation>Remove code from theme</translation>
    </message>
    <message>
        <source>Relabel link</source>
        <translation>Relabel link</translation>
    </message>
    <message>
        <source>Move code to theme</source>
        <translation>Move code to theme</translation>
    </message>
    <message>
        <source>New theme “{name}”</source>
        <translation>New theme “{name}”</translation>
    </message>
    <message>
        <source>Code {n} similar passages</source>
        <translation>Code {n} similar passages</translation>
    </message>
    <message>
        <source>Mark not relevant</source>
        <translation>Mark not relevant</translation>
    </message>
    <message>
        <source>Cannot redo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</source>
        <translation>Cannot redo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot undo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</source>
        <translation>Cannot undo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Changed by another program</translation>
    </message>
    <message>
        <source>“{file}” is not an OpenDocument text (it has no content); open it in LibreOffice, save it as .odt and try again.</source>
        <translation>“{file}” is not an OpenDocument text (it has no content); open it in LibreOffice, save it as .odt and try again.</translation>
    </message>
    <message>
        <source>“{file}” is an OpenDocument file but not a text document; open it in LibreOffice, copy the text into a new text document and import that.</source>
        <translation>“{file}” is an OpenDocument file but not a text document; open it in LibreOffice, copy the text into a new text document and import that.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (its text cannot be read); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}” is damaged (its text cannot be read); open it in LibreOffice, save it again and try again.</translation>
    </message>
    <message>
        <source>“{file}” has no text in it, only images of pages (it is a scan); run text recognition (OCR) on it, or import a Word or text version instead.</source>
        <translation>“{file}” has no text in it, only images of pages (it is a scan); run text recognition (OCR) on it, or import a Word or text version instead.</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password; open it in a PDF viewer, save a copy without the password and import that.</source>
        <translation>“{file}” is protected with a password; open it in a PDF viewer, save a copy without the password and import that.</translation>
    </message>
    <message>
        <source>“{file}” has more than {limit} pages, far more than any transcript; split it and import the parts.</source>
        <translation>“{file}” has more than {limit} pages, far more than any transcript; split it and import the parts.</translation>
    </message>
    <message>
        <source>“{file}” holds far more text than any transcript; split it and import the parts.</source>
        <translation>“{file}” holds far more text than any transcript; split it and import the parts.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not a PDF that can be read; open it in a PDF viewer, save or print it as PDF again, and try again.</source>
        <translation>“{file}” is damaged or is not a PDF that can be read; open it in a PDF viewer, save or print it as PDF again, and try again.</translation>
    </message>
    <message>
        <source>“{file}” is nested far deeper than any real RTF document, so it was not read.</source>
        <translation>“{file}” is nested far deeper than any real RTF document, so it was not read.</translation>
    </message>
    <message>
        <source>“{name}” is a folder; give the name of a file to write.</source>
        <translation>“{name}” is a folder; give the name of a file to write.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist, so “{name}” was not written.</source>
        <translation>The folder “{folder}” does not exist, so “{name}” was not written.</translation>
    </message>
    <message>
        <source>“{name}” is the open project, one of its working files or a backup; an export never writes over those: choose another file name.</source>
        <translation>“{name}” is the open project, one of its working files or a backup; an export never writes over those: choose another file name.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file, so nothing was written to it.</source>
        <translation>“{name}” is not an ordinary file, so nothing was written to it.</translation>
    </message>
    <message>
        <source>“{name}” is an Annotator project or a backup of one; an export never writes over those: choose another file name.</source>
        <translation>“{name}” is an Annotator project or a backup of one; an export never writes over those: choose another file name.</translation>
    </message>
    <message>
        <source>“{name}” was not written: the disk is full. Any earlier copy of it is untouched; make room and try again.</source>
        <translation>“{name}” was not written: the disk is full. Any earlier copy of it is untouched; make room and try again.</translation>
    </message>
    <message>
        <source>“{name}” was not written: the folder “{folder}” cannot be written to. Any earlier copy of it is untouched; choose another folder.</source>
        <translation>“{name}” was not written: the folder “{folder}” cannot be written to. Any earlier copy of it is untouched; choose another folder.</translation>
    </message>
    <message>
        <source>“{name}” was not written ({reason}). Any earlier copy of it is untouched.</source>
        <translation>“{name}” was not written ({reason}). Any earlier copy of it is untouched.</translation>
    </message>
    <message>
        <source>“{file}” is not a readable {kind} subtitle file ({reason}).</source>
        <translation>“{file}” is not a readable {kind} subtitle file ({reason}).</translation>
    </message>
    <message>
        <source>An agreement table can be written as .csv, .xlsx or .docx, not “{suffix}”.</source>
        <translation>An agreement table can be written as .csv, .xlsx or .docx, not “{suffix}”.</translation>
    </message>
    <message>
        <source>Choose codes other than the one to merge into.</source>
        <translation>Choose codes other than the one to merge into.</translation>
    </message>
    <message>
        <source>The consensus needs a coder name.</source>
        <translation>The consensus needs a coder name.</translation>
    </message>
    <message>
        <source>That range is not inside the transcript.</source>
        <translation>That range is not inside the transcript.</translation>
    </message>
    <message>
        <source>Merged from “{file}”: {counts}.</source>
        <translation>Merged from “{file}”: {counts}.</translation>
    </message>
    <message>
        <source>Merged from “{file}”: nothing new.</source>
        <translation>Merged from “{file}”: nothing new.</translation>
    </message>
    <message>
        <source>Coders in the merged copy: {names}.</source>
        <translation>Coders in the merged copy: {names}.</translation>
    </message>
    <message>
        <source>1 coding was already here and was not added again.</source>
        <translation>1 coding was already here and was not added again.</translation>
    </message>
    <message>
        <source>{n} codings were already here and were not added again.</source>
        <translation>{n} codings were already here and were not added again.</translation>
    </message>
    <message>
        <source>Code “{here}” is called “{there}” in the other copy; kept as one code, named “{here}”.</source>
        <translation>Code “{here}” is called “{there}” in the other copy; kept as one code, named “{here}”.</translation>
    </message>
    <message>
        <source>Transcript “{name}” has different text in the other copy (edited in one of them): its codings were not merged.</source>
        <translation>Transcript “{name}” has different text in the other copy (edited in one of them): its codings were not merged.</translation>
    </message>
    <message>
        <source>Transcript “{name}” has different text in the other copy: added as a separate transcript.</source>
        <translation>Transcript “{name}” has different text in the other copy: added as a separate transcript.</translation>
    </message>
    <message>
        <source>Conflict: {what}</source>
        <translation>Conflict: {what}</translation>
    </message>
    <message>
        <source>{n} attribute values</source>
        <translation>{n} attribute values</translation>
    </message>
    <message>
        <source>1 attribute value</source>
        <translation>1 attribute value</translation>
    </message>
    <message>
        <source>the description of code “{name}” differs; this project's is kept.</source>
        <translation>the description of code “{name}” differs; this project's is kept.</translation>
    </message>
    <message>
        <source>“{attribute}” of {name} is “{mine}” here and “{theirs}” in the other copy; “{kept}” is kept.</source>
        <translation>“{attribute}” of {name} is “{mine}” here and “{theirs}” in the other copy; “{kept}” is kept.</translation>
    </message>
    <message>
        <source>the definition of theme “{name}” differs; this project's is kept.</source>
        <translation>the definition of theme “{name}” differs; this project's is kept.</translation>
    </message>
    <message>
        <source>a memo “{title}” differs from the one here on the same item; this project's is kept.</source>
        <translation>a memo “{title}” differs from the one here on the same item; this project's is kept.</translation>
    </message>
    <message>
        <source>Choose a code, a theme, an excerpt or some text first.</source>
        <translation>Choose a code, a theme, an excerpt or some text first.</translation>
    </message>
    <message>
        <source>Choose one or more passages to code.</source>
        <translation>Choose one or more passages to code.</translation>
    </message>
    <message>
        <source>Choose one or more passages first.</source>
        <translation>Choose one or more passages first.</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>A project cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Merge “{name}”</source>
        <translation>Merge “{name}”</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Choose two different coders.</translation>
    </message>
    <message>
        <source>No coding in this project is by “{name}”.</source>
        <translation>No coding in this project is by “{name}”.</translation>
    </message>
    <message>
        <source>Consensus decision</source>
        <translation>Consensus decision</translation>
    </message>
    <message>
        <source>Consensus: keep neither</source>
        <translation>Consensus: keep neither</translation>
    </message>
    <message>
        <source>Percent agreement (characters)</source>
        <translation>Percent agreement (characters)</translation>
    </message>
    <message>
        <source>Cohen's kappa (characters)</source>
        <translation>Cohen's kappa (characters)</translation>
    </message>
    <message>
        <source>Segment agreement (%)</source>
        <translation>Segment agreement (%)</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (characters)</source>
        <translation>Krippendorff's alpha (characters)</translation>
    </message>
    <message>
        <source>How much two segments must overlap to agree</source>
        <translation>How much two segments must overlap to agree</translation>
    </message>
    <message>
        <source>Save the table as CSV, Excel or Word</source>
        <translation>Save the table as CSV, Excel or Word</translation>
    </message>
    <message>
        <source>Coder A:</source>
        <translation>Coder A:</translation>
    </message>
    <message>
        <source>Coder B:</source>
        <translation>Coder B:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Overlap:</translation>
    </message>
    <message>
        <source>Agreement by code and transcript</source>
        <translation>Agreement by code and transcript</translation>
    </message>
    <message>
        <source>Disagreements in the chosen cell</source>
        <translation>Disagreements in the chosen cell</translation>
    </message>
    <message>
        <source>Choose two coders: merge their copies of the project first (File &gt; Merge Project…).</source>
        <translation>Choose two coders: merge their copies of the project first (File &gt; Merge Project…).</translation>
    </message>
    <message>
        <source>All transcripts</source>
        <translation>All transcripts</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>All codes</translation>
    </message>
    <message>
        <source>{a} and {b}, all codes: {percent} of characters agree, kappa {kappa}; segments {segments} at {overlap} % overlap (Brennan-Prediger kappa {bp}); alpha {alpha}.</source>
        <translation>{a} and {b}, all codes: {percent} of characters agree, kappa {kappa}; segments {segments} at {overlap} % overlap (Brennan-Prediger kappa {bp}); alpha {alpha}.</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>No disagreements here.</translation>
    </message>
    <message>
        <source>Double-click to decide it in the comparison view</source>
        <translation>Double-click to decide it in the comparison view</translation>
    </message>
    <message>
        <source>only {coder}</source>
        <translation>only {coder}</translation>
    </message>
    <message>
        <source>different boundaries</source>
        <translation>different boundaries</translation>
    </message>
    <message>
        <source>{project} agreement.xlsx</source>
        <translation>{project} agreement.xlsx</translation>
    </message>
    <message>
        <source>Export agreement table</source>
        <translation>Export agreement table</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;Word documents (*.docx)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv);;Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>Inter-coder agreement</translation>
    </message>
    <message>
        <source>The table could not be exported ({error}).</source>
        <translation>The table could not be exported ({error}).</translation>
    </message>
    <message>
        <source>The coder name the consensus codings are recorded under</source>
        <translation>The coder name the consensus codings are recorded under</translation>
    </message>
    <message>
        <source>Consensus coder:</source>
        <translation>Consensus coder:</translation>
    </message>
    <message>
        <source>The disagreement in its transcript</source>
        <translation>The disagreement in its transcript</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>Keep &amp;neither</source>
        <translation>Keep &amp;neither</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Keep &amp;adjusted range</source>
        <translation>Keep &amp;adjusted range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Keep {coder}'s (&amp;A)</source>
        <translation>Keep {coder}'s (&amp;A)</translation>
    </message>
    <message>
        <source>Keep {coder}'s (&amp;B)</source>
        <translation>Keep {coder}'s (&amp;B)</translation>
    </message>
    <message>
        <source>&lt;span style="{a}"&gt;{coder_a}&lt;/span&gt; and &lt;span style="{b}"&gt;{coder_b}&lt;/span&gt;</source>
        <translation>&lt;span style="{a}"&gt;{coder_a}&lt;/span&gt; and &lt;span style="{b}"&gt;{coder_b}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{done} of {total} disagreements resolved</source>
        <translation>{done} of {total} disagreements resolved</translation>
    </message>
    <message>
        <source>No disagreements between these coders.</source>
        <translation>No disagreements between these coders.</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>Disagreement {n} of {total} ({state}): “{code}” in {transcript}</source>
        <translation>Disagreement {n} of {total} ({state}): “{code}” in {transcript}</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>The range must end after it starts.</translation>
    </message>
    <message>
        <source>Indexing transcripts: %v of %m</source>
        <translation>Indexing transcripts: %v of %m</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indexing progress</translation>
    </message>
    <message>
        <source>Stop indexing; it goes on after the next change.</source>
        <translation>Stop indexing; it goes on after the next change.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Similar passages</source>
        <translation>Similar passages</translation>
    </message>
    <message>
        <source>Passages like the chosen text, uncoded first; press Enter on one to go to it.</source>
        <translation>Passages like the chosen text, uncoded first; press Enter on one to go to it.</translation>
    </message>
    <message>
        <source>Double-click a passage or press Enter to go to it.</source>
        <translation>Double-click a passage or press Enter to go to it.</translation>
    </message>
    <message>
        <source>Code for the selected passages</source>
        <translation>Code for the selected passages</translation>
    </message>
    <message>
        <source>Code selected</source>
        <translation>Code selected</translation>
    </message>
    <message>
        <source>Code the selected passages with the chosen code, as one step you can undo.</source>
        <translation>Code the selected passages with the chosen code, as one step you can undo.</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Hide the selected passages from this code's suggestions; the project remembers.</source>
        <translation>Hide the selected passages from this code's suggestions; the project remembers.</translation>
    </message>
    <message>
        <source>with</source>
        <comment>Code selected with &lt;code&gt;</comment>
        <translation>with</translation>
    </message>
    <message>
        <source>Indexing stopped; ask again to finish it and see the passages.</source>
        <translation>Indexing stopped; ask again to finish it and see the passages.</translation>
    </message>
    <message>
        <source>Indexing transcripts; the passages follow.</source>
        <translation>Indexing transcripts; the passages follow.</translation>
    </message>
    <message>
        <source>Passages like the selection in “{name}”</source>
        <translation>Passages like the selection in “{name}”</translation>
    </message>
    <message>
        <source>Passages like this excerpt of “{code}”</source>
        <translation>Passages like this excerpt of “{code}”</translation>
    </message>
    <message>
        <source>Passages like the theme “{name}”</source>
        <translation>Passages like the theme “{name}”</translation>
    </message>
    <message>
        <source>Passages like the excerpts of “{code}”</source>
        <translation>Passages like the excerpts of “{code}”</translation>
    </message>
    <message>
        <source>Right-click a code, an excerpt or selected text and choose “Find similar passages”.</source>
        <translation>Right-click a code, an excerpt or selected text and choose “Find similar passages”.</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>coded</translation>
    </message>
    <message>
        <source>No similar passages found.</source>
        <translation>No similar passages found.</translation>
    </message>
    <message>
        <source>{n} passages not yet coded, then {m} already coded (✓).</source>
        <translation>{n} passages not yet coded, then {m} already coded (✓).</translation>
    </message>
    <message>
        <source>Add transcripts whose text differs as separate transcripts</source>
        <translation>Add transcripts whose text differs as separate transcripts</translation>
    </message>
    <message>
        <source>Where values conflict, take the other copy's</source>
        <translation>Where values conflict, take the other copy's</translation>
    </message>
    <message>
        <source>Codings keep their coder; what is already here is not added again. A report follows.</source>
        <translation>Codings keep their coder; what is already here is not added again. A report follows.</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Merge Project</translation>
    </message>
    <message>
        <source>Annotator projects and REFI-QDA projects (*.annotator *.qdpx)</source>
        <translation>Annotator projects and REFI-QDA projects (*.annotator *.qdpx)</translation>
    </message>
    <message>
        <source>Merged “{name}”</source>
        <translation>Merged “{name}”</translation>
    </message>
    <message>
        <source>Coder agreement</source>
        <translation>Coder agreement</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>Compare coders</translation>
    </message>
    <message>
        <source>A project can hold {limit} codings, and this would make {n}; nothing was added. Split the project (one per group of transcripts) to go on.</source>
        <translation>A project can hold {limit} codings, and this would make {n}; nothing was added. Split the project (one per group of transcripts) to go on.</translation>
    </message>
    <message>
        <source>“{file}” holds {n} characters, more than a transcript can ({limit}, some sixty hours of talk); split it into several files and import those.</source>
        <translation>“{file}” holds {n} characters, more than a transcript can ({limit}, some sixty hours of talk); split it into several files and import those.</translation>
    </message>
    <message>
        <source>“{file}” holds {n} codings, more than a project can ({limit}); import its transcripts in parts, or export it again with fewer codings.</source>
        <translation>“{file}” holds {n} codings, more than a project can ({limit}); import its transcripts in parts, or export it again with fewer codings.</translation>
    </message>
    <message>
        <source>“{name}”: it holds {n} characters, more than a transcript can ({limit}), so it and its codings were left out.</source>
        <translation>“{name}”: it holds {n} characters, more than a transcript can ({limit}), so it and its codings were left out.</translation>
    </message>
    <message>
        <source>“{name}” is the same file as “{other}” (a hard link to it), which is open now; open it as “{other}”, or close it there first: two names for one project would each keep their own changes and lose the other's.</source>
        <translation>“{name}” is the same file as “{other}” (a hard link to it), which is open now; open it as “{other}”, or close it there first: two names for one project would each keep their own changes and lose the other's.</translation>
    </message>
    <message>
        <source>Saved {path} ({rows} × {columns})</source>
        <translation>Saved {path} ({rows} × {columns})</translation>
    </message>
    <message>
        <source>{codings} in {transcripts}</source>
        <translation>{codings} in {transcripts}</translation>
    </message>
    <message>
        <source>Give either --occurrence N or --all, not both.</source>
        <translation>Give either --occurrence N or --all, not both.</translation>
    </message>
    <message>
        <source>--occurrence and --all go with --replace.</source>
        <translation>--occurrence and --all go with --replace.</translation>
    </message>
    <message>
        <source>Replaced {what} in “{source}”.</source>
        <translation>Replaced {what} in “{source}”.</translation>
    </message>
    <message>
        <source>1 occurrence of “{old}”</source>
        <translation>1 occurrence of “{old}”</translation>
    </message>
    <message>
        <source>{n} occurrences of “{old}”</source>
        <translation>{n} occurrences of “{old}”</translation>
    </message>
    <message>
        <source>Edited “{source}” at character {start}.</source>
        <translation>Edited “{source}” at character {start}.</translation>
    </message>
    <message>
        <source>Say what to replace: --replace OLD NEW with OLD not empty.</source>
        <translation>Say what to replace: --replace OLD NEW with OLD not empty.</translation>
    </message>
    <message>
        <source>--occurrence counts from 1.</source>
        <translation>--occurrence counts from 1.</translation>
    </message>
    <message>
        <source>“{old}” does not occur in “{source}”; nothing was changed.</source>
        <translation>“{old}” does not occur in “{source}”; nothing was changed.</translation>
    </message>
    <message>
        <source>“{old}” occurs once in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</source>
        <translation>“{old}” occurs once in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</translation>
    </message>
    <message>
        <source>“{old}” occurs {found} times in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</source>
        <translation>“{old}” occurs {found} times in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</translation>
    </message>
    <message>
        <source>Say where to edit with --at START (characters from 0).</source>
        <translation>Say where to edit with --at START (characters from 0).</translation>
    </message>
    <message>
        <source>--at and --delete count characters: they cannot be negative.</source>
        <translation>--at and --delete count characters: they cannot be negative.</translation>
    </message>
    <message>
        <source>Say what to change at {start}: --delete N and/or --insert TEXT.</source>
        <translation>Say what to change at {start}: --delete N and/or --insert TEXT.</translation>
    </message>
    <message>
        <source>1 coding moved or grew with the text</source>
        <translation>1 coding moved or grew with the text</translation>
    </message>
    <message>
        <source>{n} codings moved or grew with the text</source>
        <translation>{n} codings moved or grew with the text</translation>
    </message>
    <message>
        <source>1 coding shrank ({codings})</source>
        <translation>1 coding shrank ({codings})</translation>
    </message>
    <message>
        <source>{n} codings shrank ({codings})</source>
        <translation>{n} codings shrank ({codings})</translation>
    </message>
    <message>
        <source>1 coding went, all its words deleted ({codings}); undo brings it back</source>
        <translation>1 coding went, all its words deleted ({codings}); undo brings it back</translation>
    </message>
    <message>
        <source>{n} codings went, all their words deleted ({codings}); undo brings them back</source>
        <translation>{n} codings went, all their words deleted ({codings}); undo brings them back</translation>
    </message>
    <message>
        <source>No coding changed.</source>
        <translation>No coding changed.</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>“{code}”</source>
        <translation>“{code}”</translation>
    </message>
    <message>
        <source>and {more}</source>
        <translation>and {more}</translation>
    </message>
    <message>
        <source>“{name}” has {problems}: {list}</source>
        <translation>“{name}” has {problems}: {list}</translation>
    </message>
    <message>
        <source>“{name}” is sound: the database passes SQLite's integrity check, its 1 coding lies inside its transcript and nothing points at something that no longer exists.</source>
        <translation>“{name}” is sound: the database passes SQLite's integrity check, its 1 coding lies inside its transcript and nothing points at something that no longer exists.</translation>
    </message>
    <message>
        <source>“{name}” is sound: the database passes SQLite's integrity check, all {n} codings lie inside their transcripts and nothing points at something that no longer exists.</source>
        <translation>“{name}” is sound: the database passes SQLite's integrity check, all {n} codings lie inside their transcripts and nothing points at something that no longer exists.</translation>
    </message>
    <message>
        <source>Replaced {occurrences} in {transcripts} and {memos}; every coding still covers the same words.</source>
        <translation>Replaced {occurrences} in {transcripts} and {memos}; every coding still covers the same words.</translation>
    </message>
    <message>
        <source>1 coding that would have covered nothing was removed.</source>
        <translation>1 coding that would have covered nothing was removed.</translation>
    </message>
    <message>
        <source>{n} codings that would have covered nothing were removed.</source>
        <translation>{n} codings that would have covered nothing were removed.</translation>
    </message>
    <message>
        <source>The original Word files of changed transcripts now hold the pseudonyms too, or were removed where a name would have stayed.</source>
        <translation>The original Word files of changed transcripts now hold the pseudonyms too, or were removed where a name would have stayed.</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Renamed “{old}” to “{new}”.</translation>
    </message>
    <message>
        <source>Removing “{name}”: {what}</source>
        <translation>Removing “{name}”: {what}</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Removed “{name}”.</translation>
    </message>
    <message>
        <source>Saved {path} ({excerpts})</source>
        <translation>Saved {path} ({excerpts})</translation>
    </message>
    <message>
        <source>The Word document has no paragraph to hold the text.</source>
        <translation>The Word document has no paragraph to hold the text.</translation>
    </message>
    <message>
        <source>The edit reaches past the end of the Word document's text.</source>
        <translation>The edit reaches past the end of the Word document's text.</translation>
    </message>
    <message>
        <source>The new text holds a control character that a Word document cannot hold.</source>
        <translation>The new text holds a control character that a Word document cannot hold.</translation>
    </message>
    <message>
        <source>This edit cannot be made faithfully in the Word document, so it was not made.</source>
        <translation>This edit cannot be made faithfully in the Word document, so it was not made.</translation>
    </message>
    <message>
        <source>This text is the result of a field (a page number, a date or a citation) in the Word document, which Word would write over; edit it in Word.</source>
        <translation>This text is the result of a field (a page number, a date or a citation) in the Word document, which Word would write over; edit it in Word.</translation>
    </message>
    <message>
        <source>This text is an equation in the Word document; edit it in Word.</source>
        <translation>This text is an equation in the Word document; edit it in Word.</translation>
    </message>
    <message>
        <source>This text is a phonetic guide or an alternative rendering in the Word document; edit it in Word.</source>
        <translation>This text is a phonetic guide or an alternative rendering in the Word document; edit it in Word.</translation>
    </message>
    <message>
        <source>This text is in a text box of the Word document; edit it in Word.</source>
        <translation>This text is in a text box of the Word document; edit it in Word.</translation>
    </message>
    <message>
        <source>This text is in a merged table cell of the Word document; edit it in Word.</source>
        <translation>This text is in a merged table cell of the Word document; edit it in Word.</translation>
    </message>
    <message>
        <source>This paragraph holds a page or column break in the Word document; edit it in Word.</source>
        <translation>This paragraph holds a page or column break in the Word document; edit it in Word.</translation>
    </message>
    <message>
        <source>This text is bound to data stored in the Word document (a content control), which Word would write over; edit it in Word.</source>
        <translation>This text is bound to data stored in the Word document (a content control), which Word would write over; edit it in Word.</translation>
    </message>
    <message>
        <source>These paragraphs are in different table cells or parts of the Word document, so they cannot be joined.</source>
        <translation>These paragraphs are in different table cells or parts of the Word document, so they cannot be joined.</translation>
    </message>
    <message>
        <source>Say what to find.</source>
        <translation>Say what to find.</translation>
    </message>
    <message>
        <source>Edits of one transcript may not overlap.</source>
        <translation>Edits of one transcript may not overlap.</translation>
    </message>
    <message>
        <source>The edit reaches past the end of the transcript ({length} characters).</source>
        <translation>The edit reaches past the end of the transcript ({length} characters).</translation>
    </message>
    <message>
        <source>The text holds a control character; type or paste plain text.</source>
        <translation>The text holds a control character; type or paste plain text.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>This Word transcript cannot be edited here yet: its original could not follow the edit.</source>
        <translation>This Word transcript cannot be edited here yet: its original could not follow the edit.</translation>
    </message>
    <message>
        <source>Edit transcript text</source>
        <translation>Edit transcript text</translation>
    </message>
    <message>
        <source>Replace “{old}” with “{new}”</source>
        <translation>Replace “{old}” with “{new}”</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Files not imported</translation>
    </message>
    <message>
        <source>1 file could not be imported:</source>
        <translation>1 file could not be imported:</translation>
    </message>
    <message>
        <source>{n} files could not be imported:</source>
        <translation>{n} files could not be imported:</translation>
    </message>
    <message>
        <source>Imported 1 transcript. </source>
        <translation>Imported 1 transcript. </translation>
    </message>
    <message>
        <source>Imported {n} transcripts. </source>
        <translation>Imported {n} transcripts. </translation>
    </message>
    <message>
        <source>Remove the transcript “{name}” from the project?</source>
        <translation>Remove the transcript “{name}” from the project?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>Edit &gt; Undo brings it all back.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>One coder</source>
        <translation>One coder</translation>
    </message>
    <message>
        <source>Compare two coders</source>
        <translation>Compare two coders</translation>
    </message>
    <message>
        <source>Coders shown</source>
        <translation>Coders shown</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Second coder</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>C&amp;oders:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Margin: {a} left, {b} right</source>
        <translation>Margin: {a} left, {b} right</translation>
    </message>
    <message>
        <source>In the margin, {a}'s stripes are the left group of columns and {b}'s the right group, by the text.</source>
        <translation>In the margin, {a}'s stripes are the left group of columns and {b}'s the right group, by the text.</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>Edit mode</translation>
    </message>
    <message>
        <source>Editing the text — codings follow your changes. Ctrl+E ends editing.</source>
        <translation>Editing the text — codings follow your changes. Ctrl+E ends editing.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) went with the deleted text: {codes}. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n coding went with the deleted text: {codes}. Ctrl+Z brings it back.</numerusform>
            <numerusform>%n codings went with the deleted text: {codes}. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit mode: type to correct the transcript; codings follow the text.</source>
        <translation>Edit mode: type to correct the transcript; codings follow the text.</translation>
    </message>
    <message>
        <source>Edit mode ended.</source>
        <translation>Edit mode ended.</translation>
    </message>
</context>
</TS>