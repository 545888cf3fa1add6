<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name/>
    <message>
        <source>Imported from “{file}”: {counts}.</source>
        <translation>已从“{file}”导入：{counts}。</translation>
    </message>
    <message>
        <source>Imported from “{file}”: nothing.</source>
        <translation>已从“{file}”导入：没有任何内容。</translation>
    </message>
    <message>
        <source>Note: {remark}</source>
        <translation>注意：{remark}</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>已跳过：{reason}</translation>
    </message>
    <message>
        <source>1 code already in the project</source>
        <translation>1 个项目中已有的编码</translation>
    </message>
    <message>
        <source>1 coding skipped (code missing from the file)</source>
        <translation>跳过 1 处编码（文件中缺少对应的编码）</translation>
    </message>
    <message>
        <source>1 participant already in the project</source>
        <translation>1 位项目中已有的参与者</translation>
    </message>
    <message>
        <source>1 memo already in the project</source>
        <translation>1 条项目中已有的备忘录</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} 个编码</translation>
    </message>
    <message>
        <source>{n} codes already in the project</source>
        <translation>{n} 个项目中已有的编码</translation>
    </message>
    <message>
        <source>{n} transcripts</source>
        <translation>{n} 份转录稿</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} 处编码</translation>
    </message>
    <message>
        <source>{n} codings skipped (code missing from the file)</source>
        <translation>跳过 {n} 处编码（文件中缺少对应的编码）</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 个属性</translation>
    </message>
    <message>
        <source>{n} attributes</source>
        <translation>{n} 个属性</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} 位参与者</translation>
    </message>
    <message>
        <source>{n} participants already in the project</source>
        <translation>{n} 位项目中已有的参与者</translation>
    </message>
    <message>
        <source>1 theme</source>
        <translation>1 个主题</translation>
    </message>
    <message>
        <source>{n} themes</source>
        <translation>{n} 个主题</translation>
    </message>
    <message>
        <source>1 theme already in the project</source>
        <translation>1 个项目中已有的主题</translation>
    </message>
    <message>
        <source>{n} themes already in the project</source>
        <translation>{n} 个项目中已有的主题</translation>
    </message>
    <message>
        <source>1 theme link</source>
        <translation>1 条主题链接</translation>
    </message>
    <message>
        <source>{n} theme links</source>
        <translation>{n} 条主题链接</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} 条备忘录</translation>
    </message>
    <message>
        <source>{n} memos already in the project</source>
        <translation>{n} 条项目中已有的备忘录</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 条反思日志</translation>
    </message>
    <message>
        <source>{n} journal entries</source>
        <translation>{n} 条反思日志</translation>
    </message>
    <message>
        <source>{item}, {rest}</source>
        <translation>{item}、{rest}</translation>
    </message>
    <message>
        <source>Imported from “{file}” (participants named by “{column}”): {created} new participants, {updated} updated, {attributes} new attributes, {values} values set.</source>
        <translation>已从“{file}”导入（参与者名称取自“{column}”列）：新增 {created} 位参与者，更新 {updated} 位，新增 {attributes} 个属性，设置了 {values} 个值。</translation>
    </message>
    <message>
        <source>No column names a transcript of this project; no transcripts were assigned.</source>
        <translation>没有任何一列包含本项目的转录稿名称；未分配任何转录稿。</translation>
    </message>
    <message>
        <source>Transcripts matched by “{column}”: {n} ({pairs}).</source>
        <translation>按“{column}”列匹配到的转录稿：{n} 份（{pairs}）。</translation>
    </message>
    <message>
        <source>Left out, as they match no transcript or participant: {names}.</source>
        <translation>未导入（与任何转录稿或参与者都不匹配）：{names}。</translation>
    </message>
    <message>
        <source>“{choice}” is not a choice for a conflict (keep, add or move).</source>
        <translation>“{choice}”不是处理冲突的可选项（keep、add 或 move）。</translation>
    </message>
    <message>
        <source>“{source}” stays with {linked}; not linked to “{case}”.</source>
        <translation>“{source}”仍归属于{linked}；未关联到“{case}”。</translation>
    </message>
    <message>
        <source>“{source}” moved from {linked} to “{case}”.</source>
        <translation>“{source}”已从{linked}移至“{case}”。</translation>
    </message>
    <message>
        <source>“{source}” linked to “{case}” as well as {linked}.</source>
        <translation>“{source}”除关联到{linked}外，也已关联到“{case}”。</translation>
    </message>
    <message>
        <source>Transcripts with no row: {names}.</source>
        <translation>没有对应行的转录稿：{names}。</translation>
    </message>
    <message>
        <source>“{file}”: {rows}, participants named by “{column}”.</source>
        <translation>“{file}”：{rows}，参与者名称取自“{column}”列。</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>1 row matches a participant: {names}.</source>
        <translation>1 行与参与者匹配：{names}。</translation>
    </message>
    <message>
        <source>{n} rows match participants: {names}.</source>
        <translation>{n} 行与参与者匹配：{names}。</translation>
    </message>
    <message>
        <source>No row matches a participant.</source>
        <translation>没有任何行与参与者匹配。</translation>
    </message>
    <message>
        <source>1 new participant: {names}.</source>
        <translation>1 位新参与者：{names}。</translation>
    </message>
    <message>
        <source>{n} new participants: {names}.</source>
        <translation>{n} 位新参与者：{names}。</translation>
    </message>
    <message>
        <source>1 row matches no transcript or participant and becomes a new participant: {names}.</source>
        <translation>1 行与任何转录稿或参与者都不匹配，将成为新参与者：{names}。</translation>
    </message>
    <message>
        <source>{n} rows match no transcript or participant and become new participants: {names}.</source>
        <translation>{n} 行与任何转录稿或参与者都不匹配，将成为新参与者：{names}。</translation>
    </message>
    <message>
        <source>1 row matches no transcript or participant and is left out: {names}.</source>
        <translation>1 行与任何转录稿或参与者都不匹配，不予导入：{names}。</translation>
    </message>
    <message>
        <source>{n} rows match no transcript or participant and are left out: {names}.</source>
        <translation>{n} 行与任何转录稿或参与者都不匹配，不予导入：{names}。</translation>
    </message>
    <message>
        <source>{row} → {case} (transcript {source})</source>
        <translation>{row} → {case}（转录稿 {source}）</translation>
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
        <translation>{names}，另有 {n} 个</translation>
    </message>
    <message>
        <source>Row {number} ({name}) names the transcript “{source}”, which is already linked to {linked}.</source>
        <translation>第 {number} 行（{name}）指定的转录稿“{source}”已关联到{linked}。</translation>
    </message>
    <message>
        <source>“{file}” has no column “{column}” (it has: {titles}).</source>
        <translation>“{file}”中没有“{column}”列（现有的列：{titles}）。</translation>
    </message>
    <message>
        <source>row {number} has no “{column}”.</source>
        <translation>第 {number} 行没有“{column}”。</translation>
    </message>
    <message>
        <source>row {number}: “{name}” is the same participant as row {first}; the first row counts.</source>
        <translation>第 {number} 行：“{name}”与第 {first} 行是同一位参与者；以第一行为准。</translation>
    </message>
    <message>
        <source>row {number} ({name}): {error}</source>
        <translation>第 {number} 行（{name}）：{error}</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>参与者需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a participant called “{name}”.</source>
        <translation>已经有名为“{name}”的参与者。</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>该参与者已不存在。</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: the name is empty or taken.</source>
        <translation>无法使用“{name}”：名称为空或已被占用。</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>属性需要一个名称。</translation>
    </message>
    <message>
        <source>“{type}” is not an attribute type; use one of {types}.</source>
        <translation>“{type}”不是属性类型；请使用以下之一：{types}。</translation>
    </message>
    <message>
        <source>There is already an attribute called “{name}”.</source>
        <translation>已经有名为“{name}”的属性。</translation>
    </message>
    <message>
        <source>{participant}’s value does not fit: {reason} Nothing was changed.</source>
        <translation>{participant} 的值不符合：{reason}没有做任何更改。</translation>
    </message>
    <message>
        <source>“{value}” is not a number, which “{name}” needs.</source>
        <translation>“{value}”不是数字，而“{name}”需要数字。</translation>
    </message>
    <message>
        <source>“{value}” is not a date in the form YYYY-MM-DD, which “{name}” needs.</source>
        <translation>“{value}”不是 YYYY-MM-DD 格式的日期，而“{name}”需要这种日期。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices for “{name}”: {choices}.</source>
        <translation>“{value}”不是“{name}”的可选值之一：{choices}。</translation>
    </message>
    <message>
        <source>That attribute no longer exists.</source>
        <translation>该属性已不存在。</translation>
    </message>
    <message>
        <source>That transcript or participant no longer exists.</source>
        <translation>该转录稿或参与者已不存在。</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>编码需要一个名称。</translation>
    </message>
    <message>
        <source>A code name cannot contain “{separator}”: it separates a code from its parent in code paths.</source>
        <translation>编码名称不能包含“{separator}”：在编码路径中它用于分隔编码与其上级编码。</translation>
    </message>
    <message>
        <source>There is already a code called “{name}” there.</source>
        <translation>该位置已经有名为“{name}”的编码。</translation>
    </message>
    <message>
        <source>That code no longer exists.</source>
        <translation>该编码已不存在。</translation>
    </message>
    <message>
        <source>“{color}” is not a colour; use the form #RRGGBB.</source>
        <translation>“{color}”不是颜色；请使用 #RRGGBB 格式。</translation>
    </message>
    <message>
        <source>“{path}” is not a code path; write it like “Parent/Child”.</source>
        <translation>“{path}”不是编码路径；请写成“上级/下级”的形式。</translation>
    </message>
    <message>
        <source>A code cannot be moved inside itself.</source>
        <translation>编码不能移动到其自身内部。</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>编码不能合并到其自身。</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into its own sub-code.</source>
        <translation>“{name}”不能合并到它自己的子编码中。</translation>
    </message>
    <message>
        <source>That transcript no longer exists.</source>
        <translation>该转录稿已不存在。</translation>
    </message>
    <message>
        <source>The excerpt {start}–{end} is not inside “{name}” (0–{length}), or is empty.</source>
        <translation>摘录 {start}–{end} 不在“{name}”的范围（0–{length}）内，或者为空。</translation>
    </message>
    <message>
        <source>That coding no longer exists.</source>
        <translation>该处编码已不存在。</translation>
    </message>
    <message>
        <source>“{name}”, already in this project (same GUID), with its codings.</source>
        <translation>“{name}”（及其编码）：本项目中已有（GUID 相同）。</translation>
    </message>
    <message>
        <source>{n} selections without a code (Annotator keeps excerpts as codings).</source>
        <translation>{n} 处未附带编码的选区（Annotator 只以编码的形式保存摘录）。</translation>
    </message>
    <message>
        <source>a value of “{name}”: {error}</source>
        <translation>“{name}”的一个值：{error}</translation>
    </message>
    <message>
        <source>{n} sets of documents (only sets of codes become themes).</source>
        <translation>{n} 个文档集（只有编码集会成为主题）。</translation>
    </message>
    <message>
        <source>{n} graph edges that do not join two themes.</source>
        <translation>{n} 条未连接两个主题的图边。</translation>
    </message>
    <message>
        <source>Memos cannot be attached to “{kind}”.</source>
        <translation>备忘录不能附加到“{kind}”。</translation>
    </message>
    <message>
        <source>The project memo belongs to no item.</source>
        <translation>项目备忘录不属于任何条目。</translation>
    </message>
    <message>
        <source>That source no longer exists.</source>
        <translation>该转录稿已不存在。</translation>
    </message>
    <message>
        <source>That theme no longer exists.</source>
        <translation>该主题已不存在。</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>该参与者已不存在。</translation>
    </message>
    <message>
        <source>That memo no longer exists.</source>
        <translation>该备忘录已不存在。</translation>
    </message>
    <message>
        <source>Say what to replace, as NAME=PSEUDONYM, for example “Marcia=P1”.</source>
        <translation>请以“姓名=化名”的形式说明要替换的内容，例如“Marcia=P1”。</translation>
    </message>
    <message>
        <source>The pseudonym for “{name}” contains the name itself.</source>
        <translation>“{name}”的化名中包含了该名字本身。</translation>
    </message>
    <message>
        <source>Say which placeholder to put in place of the names, for example “[name]”.</source>
        <translation>请说明用哪个占位符代替这些名字，例如“[name]”。</translation>
    </message>
    <message>
        <source>“{code}” in “{source}”</source>
        <translation>“{source}”中的“{code}”</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另外 {n} 个</translation>
    </message>
    <message>
        <source>{n} coding(s) would cover nothing once the names they cover are replaced by nothing ({codings}); nothing was changed: choose to remove those codings, or to put a placeholder such as “[name]” in place of the names.</source>
        <translation>名字被替换为空后，{n} 个编码将不再覆盖任何内容（{codings}）；未做任何更改：请选择删除这些编码，或用“[name]”之类的占位符代替这些名字。</translation>
    </message>
    <message>
        <source>Widen must be one of: {choices}.</source>
        <translation>扩展范围必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>There are no results to code.</source>
        <translation>没有可编码的结果。</translation>
    </message>
    <message>
        <source>A transcript needs a name.</source>
        <translation>转录稿需要一个名称。</translation>
    </message>
    <message>
        <source>Another transcript is already called “{name}”.</source>
        <translation>已有另一份转录稿名为“{name}”。</translation>
    </message>
    <message>
        <source>{codes} and {n} more</source>
        <translation>{codes}，另有 {n} 个</translation>
    </message>
    <message>
        <source>1 coding ({codes})</source>
        <translation>1 处编码（{codes}）</translation>
    </message>
    <message>
        <source>{n} codings ({codes})</source>
        <translation>{n} 处编码（{codes}）</translation>
    </message>
    <message>
        <source>Its {codings} and {memos} go with it.</source>
        <translation>它的 {codings}和 {memos}将一并移除。</translation>
    </message>
    <message>
        <source>Its {codings} go with it.</source>
        <translation>它的 {codings}将一并移除。</translation>
    </message>
    <message>
        <source>Its {memos} go with it.</source>
        <translation>它的 {memos}将一并移除。</translation>
    </message>
    <message>
        <source>It has no codings and no memos.</source>
        <translation>它没有编码，也没有备忘录。</translation>
    </message>
    <message>
        <source>“{status}” is not a theme status; use one of {statuses}.</source>
        <translation>“{status}”不是主题状态；请使用以下之一：{statuses}。</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <source>The parent theme no longer exists.</source>
        <translation>上级主题已不存在。</translation>
    </message>
    <message>
        <source>That theme or code no longer exists.</source>
        <translation>该主题或编码已不存在。</translation>
    </message>
    <message>
        <source>A theme cannot be linked to itself.</source>
        <translation>主题不能与其自身链接。</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>该链接已不存在。</translation>
    </message>
    <message>
        <source>That code is no longer in the theme it was dragged from.</source>
        <translation>该编码已不在拖出它的那个主题中。</translation>
    </message>
    <message>
        <source>There is no transcript called “{name}” (there are: none yet).</source>
        <translation>没有名为“{name}”的转录稿（目前还没有任何转录稿）。</translation>
    </message>
    <message>
        <source>There is no transcript called “{name}” (there are: {names}).</source>
        <translation>没有名为“{name}”的转录稿（现有：{names}）。</translation>
    </message>
    <message>
        <source>Overlapping excerpts</source>
        <translation>摘录相互重叠</translation>
    </message>
    <message>
        <source>Within the same speaker turn</source>
        <translation>位于同一发言轮次内</translation>
    </message>
    <message>
        <source>No participant</source>
        <translation>无参与者</translation>
    </message>
    <message>
        <source>{row} × {column}: 1 pair</source>
        <translation>{row} × {column}：1 对</translation>
    </message>
    <message>
        <source>{row} × {column}: {n} pairs</source>
        <translation>{row} × {column}：{n} 对</translation>
    </message>
    <message>
        <source>{row} × {column}: 1 excerpt</source>
        <translation>{row} × {column}：1 条摘录</translation>
    </message>
    <message>
        <source>{row} × {column}: {n} excerpts</source>
        <translation>{row} × {column}：{n} 条摘录</translation>
    </message>
    <message>
        <source>Codes by participants</source>
        <translation>编码 × 参与者</translation>
    </message>
    <message>
        <source>How many excerpts of each code come from each participant; select a cell to list its excerpts below.</source>
        <translation>每个编码在每位参与者中的摘录数；选中单元格即可在下方列出其摘录。</translation>
    </message>
    <message>
        <source>Codes × participants</source>
        <translation>编码 × 参与者</translation>
    </message>
    <message>
        <source>Co-occurrence rule</source>
        <translation>共现规则</translation>
    </message>
    <message>
        <source>Choose when two codes count as occurring together</source>
        <translation>选择两个编码在何种情况下算作共同出现</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>编码共现</translation>
    </message>
    <message>
        <source>How often each pair of codes occurs together; select a cell to list the excerpts below.</source>
        <translation>每对编码共同出现的次数；选中单元格即可在下方列出摘录。</translation>
    </message>
    <message>
        <source>Count codes as co-occurring when:</source>
        <translation>以下情况算作编码共现：</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>编码频次</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the table on show as CSV or Excel (.xlsx)</source>
        <translation>将当前显示的表格保存为 CSV 或 Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Count only this coder's codings in every table</source>
        <translation>所有表格只统计此编码者的编码</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>编码者(&amp;O)：</translation>
    </message>
    <message>
        <source>Click a cell to list the excerpts behind it.</source>
        <translation>点击单元格即可列出其对应的摘录。</translation>
    </message>
    <message>
        <source>Excerpts of the selected cell</source>
        <translation>所选单元格的摘录</translation>
    </message>
    <message>
        <source>The excerpts behind the selected table cell; activate one to open it in its transcript.</source>
        <translation>所选表格单元格对应的摘录；激活其中一条即可在其转录稿中打开。</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}：{text}</translation>
    </message>
    <message>
        <source>Double-click to open in the transcript</source>
        <translation>双击在转录稿中打开</translation>
    </message>
    <message>
        <source>The table could not be saved ({error}).</source>
        <translation>无法保存表格（{error}）。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing coded yet.</source>
        <translation>尚无编码。</translation>
    </message>
    <message>
        <source>A bar chart of how many codings each code has, the most used first.</source>
        <translation>各编码的编码次数条形图，使用最多的排在最前。</translation>
    </message>
    <message>
        <source>Move theme {theme}</source>
        <translation>移动主题{theme}</translation>
    </message>
    <message>
        <source>Move {n} themes</source>
        <translation>移动 {n} 个主题</translation>
    </message>
    <message>
        <source>Resize theme {theme}</source>
        <translation>调整主题{theme}的大小</translation>
    </message>
    <message>
        <source>New sub-theme {theme}</source>
        <translation>新建子主题{theme}</translation>
    </message>
    <message>
        <source>New theme {theme}</source>
        <translation>新建主题{theme}</translation>
    </message>
    <message>
        <source>Rename theme {theme} to {name}</source>
        <translation>将主题{theme}重命名为{name}</translation>
    </message>
    <message>
        <source>Colour theme {theme}</source>
        <translation>设置主题{theme}的颜色</translation>
    </message>
    <message>
        <source>Mark {theme} {status}</source>
        <translation>将{theme}标记为{status}</translation>
    </message>
    <message>
        <source>Define theme {theme}</source>
        <translation>定义主题{theme}</translation>
    </message>
    <message>
        <source>Delete theme {theme}</source>
        <translation>删除主题{theme}</translation>
    </message>
    <message>
        <source>Delete {n} themes</source>
        <translation>删除 {n} 个主题</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <source>Remove {n} links</source>
        <translation>删除 {n} 条关系</translation>
    </message>
    <message>
        <source>Delete from the board</source>
        <translation>从主题看板中删除</translation>
    </message>
    <message>
        <source>Add {codes} to {theme}</source>
        <translation>将{codes}加入{theme}</translation>
    </message>
    <message>
        <source>Move {codes} to {theme}</source>
        <translation>将{codes}移至{theme}</translation>
    </message>
    <message>
        <source>Remove {codes} from {theme}</source>
        <translation>从{theme}中移除{codes}</translation>
    </message>
    <message>
        <source>New theme {theme} from {codes}</source>
        <translation>由{codes}新建主题{theme}</translation>
    </message>
    <message>
        <source>Link {source} to {target}</source>
        <translation>将{source}关联到{target}</translation>
    </message>
    <message>
        <source>Edit link label</source>
        <translation>编辑关系标签</translation>
    </message>
    <message>
        <source>The board can be exported as .png or .svg, not “{suffix}”.</source>
        <translation>主题看板只能导出为 .png 或 .svg，不能导出为“{suffix}”。</translation>
    </message>
    <message>
        <source>The picture could not be written to “{path}”.</source>
        <translation>无法将图片写入“{path}”。</translation>
    </message>
    <message>
        <source>Theme board</source>
        <translation>主题看板</translation>
    </message>
    <message>
        <source>Themes, their codes and the links between them, from Annotator</source>
        <translation>由 Annotator 导出的主题、其编码及主题间的关系</translation>
    </message>
    <message>
        <source>The drawing could not be written to “{path}”.</source>
        <translation>无法将矢量图写入“{path}”。</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>新建子主题</translation>
    </message>
    <message>
        <source>Theme name:</source>
        <translation>主题名称：</translation>
    </message>
    <message>
        <source>Link themes</source>
        <translation>关联主题</translation>
    </message>
    <message>
        <source>How are the themes related? (may be left empty)</source>
        <translation>这些主题之间是什么关系？（可留空）</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>主题颜色</translation>
    </message>
    <message>
        <source>Definition of “{theme}”</source>
        <translation>“{theme}”的定义</translation>
    </message>
    <message>
        <source>What the theme is about, its scope and its boundaries:</source>
        <translation>主题的内容、范围与边界：</translation>
    </message>
    <message>
        <source>Remove “{code}” from “{theme}”</source>
        <translation>从“{theme}”中移除“{code}”</translation>
    </message>
    <message>
        <source>New theme here…</source>
        <translation>在此新建主题…</translation>
    </message>
    <message>
        <source>Fit board to view</source>
        <translation>使看板适应视图</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Edit definition…</source>
        <translation>编辑定义…</translation>
    </message>
    <message>
        <source>Find Similar Passages</source>
        <translation>查找相似段落</translation>
    </message>
    <message>
        <source>New sub-theme…</source>
        <translation>新建子主题…</translation>
    </message>
    <message>
        <source>Link from here…</source>
        <translation>从此处建立关系…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Delete theme and its 1 sub-theme</source>
        <translation>删除主题及其 1 个子主题</translation>
    </message>
    <message>
        <source>Delete theme and its {n} sub-themes</source>
        <translation>删除主题及其 {n} 个子主题</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>主题看板</translation>
    </message>
    <message>
        <source>Board toolbar</source>
        <translation>主题看板工具栏</translation>
    </message>
    <message>
        <source>Add an empty theme in the middle of the view</source>
        <translation>在视图中央添加一个空主题</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole board (F)</source>
        <translation>显示整个主题看板（F）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Save the board as a PNG picture or an SVG drawing</source>
        <translation>将主题看板保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>{project} board</source>
        <translation>{project} 主题看板</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export board</source>
        <translation>导出主题看板</translation>
    </message>
    <message>
        <source>Drag onto a theme, or onto empty board for a new one</source>
        <translation>拖到某个主题上，或拖到看板空白处以新建主题</translation>
    </message>
    <message>
        <source>Every code is in a theme.</source>
        <translation>所有编码都已归入主题。</translation>
    </message>
    <message>
        <source>Codes not in a theme</source>
        <translation>未归入主题的编码</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>theme status</comment>
        <translation>候选</translation>
    </message>
    <message>
        <source>reviewed</source>
        <comment>theme status</comment>
        <translation>已审查</translation>
    </message>
    <message>
        <source>final</source>
        <comment>theme status</comment>
        <translation>最终</translation>
    </message>
    <message>
        <source>Themes as cards with their codes and the links between them; drag codes onto a card, Shift+drag from one card to another to link them.</source>
        <translation>以卡片显示的主题及其编码和主题间的关系；将编码拖到卡片上即可加入，按住 Shift 从一张卡片拖到另一张即可建立关系。</translation>
    </message>
    <message>
        <source>{codings} codings in {sources} transcript</source>
        <translation>{sources} 份转录稿中共 {codings} 处编码</translation>
    </message>
    <message>
        <source>{codings} codings in {sources} transcripts</source>
        <translation>{sources} 份转录稿中共 {codings} 处编码</translation>
    </message>
    <message>
        <source>Codes in no theme yet: drag them onto a theme, or onto empty board to start a new one</source>
        <translation>尚未归入任何主题的编码：将其拖到某个主题上，或拖到看板空白处以新建主题</translation>
    </message>
    <message>
        <source>Codes that no theme holds yet; drag them onto a theme card, or onto empty board to start a new theme.</source>
        <translation>尚未归入任何主题的编码；将其拖到主题卡片上，或拖到看板空白处以新建主题。</translation>
    </message>
    <message>
        <source>1 coding</source>
        <translation>1 处编码</translation>
    </message>
    <message>
        <source>1 transcript</source>
        <translation>1 份转录稿</translation>
    </message>
    <message>
        <source>1 paragraph</source>
        <translation>1 段</translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation>{n} 段</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 处</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} 处</translation>
    </message>
    <message>
        <source>1 sub-code</source>
        <translation>1 个子编码</translation>
    </message>
    <message>
        <source>{n} sub-codes</source>
        <translation>{n} 个子编码</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>筛选编码</translation>
    </message>
    <message>
        <source>Type part of a code's name to show only the codes that contain it.</source>
        <translation>输入编码名称的一部分，只显示包含它的编码。</translation>
    </message>
    <message>
        <source>Code tree</source>
        <translation>编码树</translation>
    </message>
    <message>
        <source>The project's codes with how many excerpts and transcripts use each; drag codes onto selected text to code it, F2 renames, Delete removes.</source>
        <translation>项目的编码，以及使用每个编码的摘录数和转录稿数；将编码拖到选中的文字上即可编码，F2 重命名，Delete 删除。</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Add a top-level code</source>
        <translation>添加一个顶层编码</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>新建子编码</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>在所选编码下添加一个编码</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the code</source>
        <translation>重命名编码</translation>
    </message>
    <message>
        <source>Change the colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Say what the code means and when to use it</source>
        <translation>说明编码的含义及使用时机</translation>
    </message>
    <message>
        <source>Find passages like this code's excerpts in every transcript</source>
        <translation>在所有转录稿中查找与此编码的摘录相似的段落</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Fold the selected codes into another code</source>
        <translation>将所选编码并入另一个编码</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the code, its sub-codes and codings</source>
        <translation>删除该编码及其子编码和编码处</translation>
    </message>
    <message>
        <source>Adds a code; its arrow also offers a sub-code of the selected one.</source>
        <translation>添加一个编码；点击旁边的箭头还可为所选编码添加子编码。</translation>
    </message>
    <message>
        <source>More actions on the selected codes</source>
        <translation>对所选编码的更多操作</translation>
    </message>
    <message>
        <source>Rename, recolour, describe, merge or delete the selected codes.</source>
        <translation>重命名、更改颜色、说明、合并或删除所选编码。</translation>
    </message>
    <message>
        <source>New code {n}</source>
        <translation>新建编码 {n}</translation>
    </message>
    <message>
        <source>New code “{name}”</source>
        <translation>新建编码“{name}”</translation>
    </message>
    <message>
        <source>Merge {name} into “{target}”? {outcome} You can undo this.</source>
        <translation>将{name}合并到“{target}”？{outcome}此操作可以撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>合并到“{name}”</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <source>Code description</source>
        <translation>编码说明</translation>
    </message>
    <message>
        <source>What the code means, and when to use it:</source>
        <translation>编码的含义及使用时机：</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Codes to merge into</source>
        <translation>可合并到的编码</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>将{name}合并到：</translation>
    </message>
    <message>
        <source>Change code colour</source>
        <translation>更改编码颜色</translation>
    </message>
    <message>
        <source>Describe code</source>
        <translation>说明编码</translation>
    </message>
    <message>
        <source>{name} and its {subcodes}</source>
        <translation>{name}及其 {subcodes}</translation>
    </message>
    <message>
        <source>{codes} and their {subcodes}</source>
        <translation>{codes}及其 {subcodes}</translation>
    </message>
    <message>
        <source>{codings} in {transcripts} will be removed.</source>
        <translation>{transcripts}中的 {codings}将被删除。</translation>
    </message>
    <message>
        <source>No excerpts are coded with it.</source>
        <translation>没有摘录使用该编码。</translation>
    </message>
    <message>
        <source>No excerpts are coded with them.</source>
        <translation>没有摘录使用这些编码。</translation>
    </message>
    <message>
        <source>Delete {what}? {consequence} You can undo this.</source>
        <translation>删除{what}？{consequence}此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Delete {n} codes</source>
        <translation>删除 {n} 个编码</translation>
    </message>
    <message>
        <source>Its {codings} in {transcripts} and its {subcodes} will move to “{target}”, and {name} will be removed.</source>
        <translation>它在 {transcripts}中的 {codings}及其 {subcodes}将移至“{target}”，{name}将被删除。</translation>
    </message>
    <message>
        <source>Their {codings} in {transcripts} and their {subcodes} will move to “{target}”, and they will be removed.</source>
        <translation>它们在 {transcripts}中的 {codings}及其 {subcodes}将移至“{target}”，这些编码将被删除。</translation>
    </message>
    <message>
        <source>Its {codings} in {transcripts} will move to “{target}”, and {name} will be removed.</source>
        <translation>它在 {transcripts}中的 {codings}将移至“{target}”，{name}将被删除。</translation>
    </message>
    <message>
        <source>Their {codings} in {transcripts} will move to “{target}”, and they will be removed.</source>
        <translation>它们在 {transcripts}中的 {codings}将移至“{target}”，这些编码将被删除。</translation>
    </message>
    <message>
        <source>Its {subcodes} will move to “{target}”, and {name} will be removed.</source>
        <translation>它的 {subcodes}将移至“{target}”，{name}将被删除。</translation>
    </message>
    <message>
        <source>Their {subcodes} will move to “{target}”, and they will be removed.</source>
        <translation>它们的 {subcodes}将移至“{target}”，这些编码将被删除。</translation>
    </message>
    <message>
        <source>{name} will be removed.</source>
        <translation>{name}将被删除。</translation>
    </message>
    <message>
        <source>They will be removed.</source>
        <translation>这些编码将被删除。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Annotator keeps a copy of “{name}” each time it is opened. Restoring replaces the project with the copy you choose; its current state is backed up first, so you can come back to it from this list.</source>
        <translation>每次打开“{name}”时，Annotator 都会保留一份副本。恢复会用您选择的副本替换项目；项目的当前状态会先备份，因此您可以从此列表中再回到它。</translation>
    </message>
    <message>
        <source>There are no backups of “{name}” yet: one is taken each time the project is opened.</source>
        <translation>“{name}”还没有备份：每次打开项目时都会备份一次。</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The project's backups, newest first, with what each holds.</source>
        <translation>项目的备份，最新的在前，并列出每份备份的内容。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}? Everything done since then is replaced; the current state is backed up first, so you can return to it.</source>
        <translation>要回到 {when} 的备份吗？此后所做的一切都会被替换；当前状态会先备份，因此您可以再回到它。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>The code and its colour</source>
        <translation>编码及其颜色</translation>
    </message>
    <message>
        <source>How many excerpts are coded with it</source>
        <translation>使用该编码的摘录数</translation>
    </message>
    <message>
        <source>In how many transcripts it is used</source>
        <translation>使用该编码的转录稿数</translation>
    </message>
    <message>
        <source>(has a memo)</source>
        <translation>（有备忘录）</translation>
    </message>
    <message>
        <source>In 1 transcript</source>
        <translation>见于 1 份转录稿</translation>
    </message>
    <message>
        <source>In {n} transcripts</source>
        <translation>见于 {n} 份转录稿</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重命名编码</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>移动“{name}”</translation>
    </message>
    <message>
        <source>Move {n} codes</source>
        <translation>移动 {n} 个编码</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>另有 {n} 个</translation>
    </message>
    <message>
        <source>Select some text in the transcript first.</source>
        <translation>请先在转录稿中选中一些文字。</translation>
    </message>
    <message>
        <source>Code excerpt with “{code}”</source>
        <translation>用“{code}”为摘录编码</translation>
    </message>
    <message>
        <source>Code excerpt with {n} codes</source>
        <translation>用 {n} 个编码为摘录编码</translation>
    </message>
    <message>
        <source>Code excerpt with new code “{name}”</source>
        <translation>用新编码“{name}”为摘录编码</translation>
    </message>
    <message>
        <source>The selection has no words to name a code after.</source>
        <translation>所选内容中没有可用来命名编码的文字。</translation>
    </message>
    <message>
        <source>In-vivo code “{name}”</source>
        <translation>实境编码“{name}”</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>移除编码</translation>
    </message>
    <message>
        <source>Adjust excerpt</source>
        <translation>调整摘录</translation>
    </message>
    <message>
        <source>Coding margin</source>
        <translation>编码边栏</translation>
    </message>
    <message>
        <source>A stripe and the code's name beside each coded excerpt; click one to select its excerpt.</source>
        <translation>每段已编码的摘录旁都有一条色带和编码名称；点击即可选中对应摘录。</translation>
    </message>
    <message>
        <source>Coded by {coder}</source>
        <translation>编码者：{coder}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>表中名称</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转录稿</translation>
    </message>
    <message>
        <source>Matched participants ({n})</source>
        <translation>已匹配的参与者（{n}）</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>New participants ({n})</source>
        <translation>新参与者（{n}）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Unmatched rows ({n})</source>
        <translation>未匹配的行（{n}）</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Add the unmatched rows as new participants too</source>
        <translation>将未匹配的行也添加为新参与者</translation>
    </message>
    <message>
        <source>Transcripts with no row: {names}</source>
        <translation>没有对应行的转录稿：{names}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <source>keep “{source}” with {linked}</source>
        <translation>“{source}”仍归属于{linked}</translation>
    </message>
    <message>
        <source>link “{source}” to both</source>
        <translation>将“{source}”同时关联到两者</translation>
    </message>
    <message>
        <source>move “{source}” to “{case}”</source>
        <translation>将“{source}”移至“{case}”</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>转录稿</translation>
    </message>
    <message>
        <source>The project's transcripts under their participants, with word and coding counts; Enter or a double-click opens one.</source>
        <translation>项目的转录稿，按参与者分组，并显示字数和编码数；按 Enter 或双击即可打开。</translation>
    </message>
    <message>
        <source>{name}: double-click to open</source>
        <translation>{name}：双击打开</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>导入“{name}”</translation>
    </message>
    <message>
        <source>Imported “{name}”</source>
        <translation>已导入“{name}”</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>The project could not be exported ({error}).</source>
        <translation>无法导出项目（{error}）。</translation>
    </message>
    <message>
        <source>Exported {sources} transcripts and {codings} codings to {file}.</source>
        <translation>已将 {sources} 份转录稿和 {codings} 处编码导出到 {file}。</translation>
    </message>
    <message>
        <source>{project} codebook.qdc</source>
        <comment>a file name</comment>
        <translation>{project} 编码手册.qdc</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>导出编码手册</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 编码手册 (*.qdc)</translation>
    </message>
    <message>
        <source>The codebook could not be exported ({error}).</source>
        <translation>无法导出编码手册（{error}）。</translation>
    </message>
    <message>
        <source>Exported the codebook to {file}.</source>
        <translation>已将编码手册导出到 {file}。</translation>
    </message>
    <message>
        <source>Annotator User Guide</source>
        <translation>Annotator 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide, following the six phases of thematic analysis.</source>
        <translation>按照主题分析的六个阶段编写的用户指南。</translation>
    </message>
    <message>
        <source>Importing transcripts…</source>
        <translation>正在导入转录稿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading “{name}” ({done} of {total})…</source>
        <translation>正在读取“{name}”（第 {done} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <source>Import {n} files</source>
        <translation>导入 {n} 个文件</translation>
    </message>
    <message>
        <source>Imported “{file}” as “{name}” ({paragraphs})</source>
        <translation>已将“{file}”导入为“{name}”（{paragraphs}）</translation>
    </message>
    <message>
        <source>Saved {path} ({transcripts}, {codings})</source>
        <translation>已保存 {path}（{transcripts}，{codings}）</translation>
    </message>
    <message>
        <source>Select an excerpt to see its codes and memo.</source>
        <translation>选择一段摘录，查看其编码和备忘录。</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Codes here:</source>
        <translation>此处的编码：</translation>
    </message>
    <message>
        <source>Codes here</source>
        <translation>此处的编码</translation>
    </message>
    <message>
        <source>Every code on this excerpt or overlapping it.</source>
        <translation>此摘录上或与其重叠的所有编码。</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘录：</translation>
    </message>
    <message>
        <source>Memo on this excerpt</source>
        <translation>关于此摘录的备忘录</translation>
    </message>
    <message>
        <source>Excerpt memo</source>
        <translation>摘录备忘录</translation>
    </message>
    <message>
        <source>Your note on this excerpt; it is saved when you pause typing.</source>
        <translation>你对此摘录的记录；停止输入时自动保存。</translation>
    </message>
    <message>
        <source>Quote in the theme report (illustrative)</source>
        <translation>在主题报告中引用（示例摘录）</translation>
    </message>
    <message>
        <source>Quote this excerpt under its themes in the theme report</source>
        <translation>在主题报告中将此摘录引用在其所属主题下</translation>
    </message>
    <message>
        <source>Remove this coding</source>
        <translation>移除此编码</translation>
    </message>
    <message>
        <source>Uncode this excerpt (you can undo this)</source>
        <translation>取消此摘录的编码（可以撤销）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;未选择任何内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; in {transcript} ({start}–{end})</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;，位于 {transcript}（{start}–{end}）</translation>
    </message>
    <message>
        <source>The excerpt is no longer coded (deleted or undone), so this memo could not be saved. Copy it from here if you need it.</source>
        <translation>该摘录已不再有编码（已删除或已撤销），因此无法保存此备忘录。如有需要，请从这里复制。</translation>
    </message>
    <message>
        <source>Edit excerpt memo</source>
        <translation>编辑摘录备忘录</translation>
    </message>
    <message>
        <source>Mark illustrative</source>
        <translation>标记为示例摘录</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>The memo of the selected code, transcript or project; it is saved when you pause typing.</source>
        <translation>所选编码、转录稿或项目的备忘录；停止输入时自动保存。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (code)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（编码）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (transcript)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（转录稿）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (the whole project)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（整个项目）</translation>
    </message>
    <message>
        <source>Aims, questions, decisions: what the study is about.</source>
        <translation>目标、问题、决策：这项研究关注什么。</translation>
    </message>
    <message>
        <source>Select a code or a transcript.</source>
        <translation>请选择一个编码或一份转录稿。</translation>
    </message>
    <message>
        <source>What this memo was about is gone (deleted or undone), so it could not be saved. Copy it from here if you need it.</source>
        <translation>此备忘录所属的对象已不存在（已删除或已撤销），因此无法保存。如有需要，请从这里复制。</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <source>The reflexive journal's entries, newest first, each with its date and title.</source>
        <translation>反思日志的条目，最新的在前，每条附日期和标题。</translation>
    </message>
    <message>
        <source>Choose an entry to read and edit it.</source>
        <translation>选择一个条目来阅读和编辑。</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Start a new journal entry dated now.</source>
        <translation>新建一条以当前时间为日期的日志条目。</translation>
    </message>
    <message>
        <source>Delete the open journal entry (you can undo this).</source>
        <translation>删除当前打开的日志条目（可撤销）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>条目标题</translation>
    </message>
    <message>
        <source>What did you notice, feel, assume? Write as you go.</source>
        <translation>你注意到了什么？有什么感受、什么预设？随时记下来。</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <source>The text of the open journal entry; it is saved as you type.</source>
        <translation>当前日志条目的正文；输入时自动保存。</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>{title}
Written {date}</source>
        <translation>{title}
写于 {date}</translation>
    </message>
    <message>
        <source>Written {date}</source>
        <translation>写于 {date}</translation>
    </message>
    <message>
        <source>Written {date}, edited {edited}</source>
        <translation>写于 {date}，修改于 {edited}</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>编辑日志条目</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>新建日志条目</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>删除日志条目</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Annotator.</source>
        <translation>此 Annotator 副本未安装用户指南。</translation>
    </message>
    <message>
        <source>The demo project could not be built: {reason}</source>
        <translation>无法创建示例项目：{reason}</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>关于 Annotator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annotator {version}&lt;/h3&gt;&lt;p&gt;Reflexive thematic analysis of interview transcripts, offline on your computer: code excerpts, build themes on a board, export annotated Word documents and REFI-QDA projects.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Qt {qt} (PySide6 {pyside}), Python {python}; their licences are under Help &amp;gt; Third-Party Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {version}&lt;/h3&gt;&lt;p&gt;在您自己的电脑上离线对访谈转录稿进行反思性主题分析：为摘录编码，在看板上构建主题，导出带标注的 Word 文档和 REFI-QDA 项目。&lt;/p&gt;&lt;p&gt;基于 MIT 许可证的自由软件。Qt {qt}（PySide6 {pyside}），Python {python}；它们的许可证见“帮助 &amp;gt; 第三方许可证”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator)</source>
        <translation>Annotator 项目 (*.annotator)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Open or create a project before importing transcripts.</source>
        <translation>请先打开或新建项目，再导入转录稿。</translation>
    </message>
    <message>
        <source>Transcripts and REFI-QDA projects ({patterns})</source>
        <translation>转录稿和 REFI-QDA 项目 ({patterns})</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>转录稿 ({patterns})</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks ({patterns})</source>
        <translation>REFI-QDA 项目和编码手册 ({patterns})</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>导入转录稿</translation>
    </message>
    <message>
        <source>Imported 1 transcript.</source>
        <translation>已导入 1 份转录稿。</translation>
    </message>
    <message>
        <source>Imported {n} transcripts.</source>
        <translation>已导入 {n} 份转录稿。</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}).</source>
        <translation>无法恢复备份（{reason}）。</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the state it replaced was backed up first.</source>
        <translation>已恢复 {when} 的备份；被替换的状态已先行备份。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>清空最近的项目</translation>
    </message>
    <message>
        <source>Empty this list; the project files stay where they are</source>
        <translation>清空此列表；项目文件仍保留在原处</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new, empty project file</source>
        <translation>新建一个空的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an .annotator project file</source>
        <translation>打开 .annotator 项目文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>导入转录稿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>REFI-QDA 项目(&amp;P)（.qdpx）…</translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives</source>
        <translation>用于 NVivo、ATLAS.ti、MAXQDA、QualCoder 和归档</translation>
    </message>
    <message>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>编码手册(&amp;C)（.qdc）…</translation>
    </message>
    <message>
        <source>The code tree with descriptions, for other tools</source>
        <translation>带说明的编码树，供其他软件使用</translation>
    </message>
    <message>
        <source>Theme &amp;Board (PNG or SVG)…</source>
        <translation>主题看板(&amp;B)（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>The thematic map as a picture for a paper or slides</source>
        <translation>把主题图导出为图片，用于论文或幻灯片</translation>
    </message>
    <message>
        <source>&amp;Annotated Transcripts (Word)…</source>
        <translation>带标注的转录稿(&amp;A)（Word）…</translation>
    </message>
    <message>
        <source>Each transcript with codings shaded and as comments</source>
        <translation>每份转录稿，编码以底色和批注标出</translation>
    </message>
    <message>
        <source>Theme &amp;Report (Word)…</source>
        <translation>主题报告(&amp;R)（Word）…</translation>
    </message>
    <message>
        <source>Each theme with its definition and excerpts</source>
        <translation>每个主题及其定义和摘录</translation>
    </message>
    <message>
        <source>&amp;Excerpts Table (Excel or CSV)…</source>
        <translation>摘录表(&amp;E)（Excel 或 CSV）…</translation>
    </message>
    <message>
        <source>Every excerpt with its codes, one per row</source>
        <translation>每条摘录及其编码，每行一条</translation>
    </message>
    <message>
        <source>Import Partner's &amp;Comments…</source>
        <translation>导入合作者的批注(&amp;C)…</translation>
    </message>
    <message>
        <source>Member checking: comments added in Word come back as memos</source>
        <translation>成员核查：在 Word 中添加的批注作为备忘录导回</translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>合并项目(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring another coder's copy (or a .qdpx) into this project</source>
        <translation>将另一位编码者的副本（或 .qdpx）并入本项目</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Go back to the project as it was when last opened, or before</source>
        <translation>回到项目上次打开时或更早的状态</translation>
    </message>
    <message>
        <source>&amp;Close Transcript</source>
        <translation>关闭转录稿(&amp;C)</translation>
    </message>
    <message>
        <source>Close the transcript shown</source>
        <translation>关闭当前显示的转录稿</translation>
    </message>
    <message>
        <source>Close &amp;Project</source>
        <translation>关闭项目(&amp;P)</translation>
    </message>
    <message>
        <source>Close the project; everything is already saved</source>
        <translation>关闭项目；所有内容都已保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Annotator</source>
        <translation>关闭 Annotator</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <source>&amp;Edit Transcript Text</source>
        <translation>编辑转录稿文本(&amp;E)</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Correct the transcript's words; codings follow the text</source>
        <translation>修改转录稿的文字；编码随文本调整</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>查找和替换(&amp;L)…</translation>
    </message>
    <message>
        <source>Replace words in one or all transcripts, seeing every hit</source>
        <translation>在一份或全部转录稿中替换文字，并查看每个匹配项</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise…</source>
        <translation>化名处理(&amp;P)…</translation>
    </message>
    <message>
        <source>Replace names and other identifiers everywhere</source>
        <translation>在所有地方替换姓名和其他可识别信息</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <source>Language, appearance, your coder name, backups, font size</source>
        <translation>语言、外观、编码者姓名、备份、字号</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>新建编码(&amp;N)</translation>
    </message>
    <message>
        <source>Add a code to the code tree</source>
        <translation>在编码树中添加编码</translation>
    </message>
    <message>
        <source>&amp;Quick Code…</source>
        <translation>快速编码(&amp;Q)…</translation>
    </message>
    <message>
        <source>Code the selection by typing a code's name</source>
        <translation>输入编码名称来标注选中的文字</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Import transcripts: Word, text, subtitles, OpenDocument, RTF or PDF</source>
        <translation>导入转录稿：Word、文本、字幕、OpenDocument、RTF 或 PDF</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Theme &amp;Board</source>
        <translation>主题看板(&amp;B)</translation>
    </message>
    <message>
        <source>Gather codes into themes on the board</source>
        <translation>在看板上把编码归入主题</translation>
    </message>
    <message>
        <source>&amp;Analysis Tables</source>
        <translation>分析表(&amp;A)</translation>
    </message>
    <message>
        <source>Codes by participant, co-occurrence, frequencies</source>
        <translation>按参与者统计编码、共现、频次</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <source>Participants, their attributes and transcripts</source>
        <translation>参与者及其属性和转录稿</translation>
    </message>
    <message>
        <source>Coder A&amp;greement</source>
        <translation>编码者一致性(&amp;G)</translation>
    </message>
    <message>
        <source>Agreement of two coders by code and transcript</source>
        <translation>按编码和转录稿查看两位编码者的一致性</translation>
    </message>
    <message>
        <source>&amp;Compare Coders</source>
        <translation>比较编码者(&amp;C)</translation>
    </message>
    <message>
        <source>Walk through two coders' disagreements to a consensus</source>
        <translation>逐一查看两位编码者的分歧并达成共识</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search transcripts and memos</source>
        <translation>搜索转录稿和备忘录</translation>
    </message>
    <message>
        <source>Reflexive &amp;Journal</source>
        <translation>反思日志(&amp;J)</translation>
    </message>
    <message>
        <source>Write in your reflexive journal</source>
        <translation>在反思日志中写作</translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation>项目备忘录(&amp;M)</translation>
    </message>
    <message>
        <source>The memo on the whole project</source>
        <translation>整个项目的备忘录</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every pane back where it was at first start</source>
        <translation>把所有窗格放回首次启动时的位置</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The six phases of thematic analysis, step by step</source>
        <translation>一步步走过主题分析的六个阶段</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the app knows, by menu and pane</source>
        <translation>按菜单和面板列出的全部快捷键</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>Five coded interviews with themes, to explore</source>
        <translation>五篇已编码并带有主题的访谈，供您探索</translation>
    </message>
    <message>
        <source>Third-Party &amp;Licences</source>
        <translation>第三方许可证(&amp;L)</translation>
    </message>
    <message>
        <source>The free software Annotator is built from, and its licences</source>
        <translation>构建 Annotator 所用的自由软件及其许可证</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>关于 Annotator(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Open transcripts and pages</source>
        <translation>打开的转录稿和页面</translation>
    </message>
    <message>
        <source>Transcripts open for reading and coding, and the board, analysis and participants pages.</source>
        <translation>打开以供阅读和编码的转录稿，以及主题看板、分析和参与者页面。</translation>
    </message>
    <message>
        <source>Double-click a transcript in the list to read it.

To add transcripts, press Ctrl+I or drop Word, text, subtitle, OpenDocument, RTF or PDF files here.</source>
        <translation>双击列表中的转录稿即可阅读。

要添加转录稿，请按 Ctrl+I，或将 Word、文本、字幕、OpenDocument、RTF 或 PDF 文件拖放到此处。</translation>
    </message>
    <message>
        <source>Candidate theme</source>
        <translation>候选主题</translation>
    </message>
    <message>
        <source>Reviewed theme</source>
        <translation>已审查主题</translation>
    </message>
    <message>
        <source>Final theme</source>
        <translation>最终主题</translation>
    </message>
    <message>
        <source>Theme report: {project}</source>
        <translation>主题报告：{project}</translation>
    </message>
    <message>
        <source>This project has no themes yet.</source>
        <translation>此项目还没有主题。</translation>
    </message>
    <message>
        <source>Appendix: reflexive journal</source>
        <translation>附录：反思日志</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>无标题条目</translation>
    </message>
    <message>
        <source>Sub-themes: </source>
        <translation>子主题：</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Illustrative extracts</source>
        <translation>示例摘录</translation>
    </message>
    <message>
        <source>Chosen by the researcher.</source>
        <translation>由研究者选定。</translation>
    </message>
    <message>
        <source>None marked illustrative yet: chosen from different participants.</source>
        <translation>尚未标记代表性摘录：从不同参与者中选取。</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>未注明来源</translation>
    </message>
    <message>
        <source>{transcript}, ¶ {paragraph}</source>
        <translation>{transcript}，第 {paragraph} 段</translation>
    </message>
    <message>
        <source>— {who} ({where}); coded “{code}”</source>
        <translation>—— {who}（{where}）；编码为“{code}”</translation>
    </message>
    <message>
        <source>— {who} ({where})</source>
        <translation>—— {who}（{where}）</translation>
    </message>
    <message>
        <source>(1 coding in 1 transcript)</source>
        <translation>（1 个转录稿中的 1 处编码）</translation>
    </message>
    <message>
        <source>({codings} codings in 1 transcript)</source>
        <translation>（1 个转录稿中的 {codings} 处编码）</translation>
    </message>
    <message>
        <source>({codings} codings in {sources} transcripts)</source>
        <translation>（{sources} 个转录稿中的 {codings} 处编码）</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Retrieved excerpts</source>
        <translation>检索到的摘录</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>只读提示</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No backup could be taken this time ({reason}); your project itself is unaffected.</source>
        <translation>这次未能备份（{reason}）；项目本身不受影响。</translation>
    </message>
    <message>
        <source>“{name}” is read-only: you can read, search and export, but changes cannot be saved. Copy it to a folder you can write to to work on it.</source>
        <translation>“{name}”是只读的：可以阅读、搜索和导出，但无法保存更改。请把它复制到可写入的文件夹后再继续工作。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Open or create a project to begin.</source>
        <translation>打开或新建一个项目以开始。</translation>
    </message>
    <message>
        <source>Type to correct the text; Ctrl+Z undoes; Ctrl+E ends editing.</source>
        <translation>直接输入即可修改文本；Ctrl+Z 撤销；Ctrl+E 结束编辑。</translation>
    </message>
    <message>
        <source>Select text, then press 1–9, Ctrl+K, or drag a code onto it.</source>
        <translation>选中文字，然后按 1–9、Ctrl+K，或把编码拖到上面。</translation>
    </message>
    <message>
        <source>Drop codes on a card to gather them; Shift+drag between cards to link themes; F fits the board.</source>
        <translation>把编码拖到卡片上归入主题；在卡片之间按住 Shift 拖动以连接主题；按 F 显示整个看板。</translation>
    </message>
    <message>
        <source>Double-click a transcript to read it; Ctrl+I imports more.</source>
        <translation>双击转录稿即可阅读；按 Ctrl+I 导入更多。</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销 {action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做 {action}(&amp;R)</translation>
    </message>
    <message>
        <source>{project} — Annotator</source>
        <translation>{project} — Annotator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>noun: a code in the code tree</comment>
        <translation>编码</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>(a removed transcript)</source>
        <translation>（已删除的转录稿）</translation>
    </message>
    <message>
        <source>(a removed code)</source>
        <translation>（已删除的编码）</translation>
    </message>
    <message>
        <source>(a removed theme)</source>
        <translation>（已删除的主题）</translation>
    </message>
    <message>
        <source>(a removed participant)</source>
        <translation>（已删除的参与者）</translation>
    </message>
    <message>
        <source>Filter memos: words in the memo or what it is about</source>
        <translation>筛选备忘录：备忘录中的词语或其所属对象</translation>
    </message>
    <message>
        <source>Filter memos</source>
        <translation>筛选备忘录</translation>
    </message>
    <message>
        <source>Lists only the memos containing these words, in the memo or in what it is about.</source>
        <translation>只列出在正文或所属对象中包含这些词语的备忘录。</translation>
    </message>
    <message>
        <source>Type words to list only the memos that contain them.</source>
        <translation>输入词语，只列出包含它们的备忘录。</translation>
    </message>
    <message>
        <source>Kind of memo</source>
        <translation>备忘录类型</translation>
    </message>
    <message>
        <source>List every memo, or only the memos on one kind of item.</source>
        <translation>列出全部备忘录，或只列出某一类对象的备忘录。</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation>全部备忘录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>所属对象</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Every memo with what it is about, its first words and when it was updated; press Enter to go to what a memo is about.</source>
        <translation>所有备忘录及其所属对象、开头文字和更新时间；按 Enter 键跳转到备忘录所属的对象。</translation>
    </message>
    <message>
        <source>Double-click a memo or press Enter to go to what it is about.</source>
        <translation>双击备忘录或按 Enter 键跳转到它所属的对象。</translation>
    </message>
    <message>
        <source>(a removed excerpt)</source>
        <translation>（已删除的摘录）</translation>
    </message>
    <message>
        <source>{transcript}: “{words}”</source>
        <translation>{transcript}：“{words}”</translation>
    </message>
    <message>
        <source>Reflexive journal</source>
        <translation>反思日志</translation>
    </message>
    <message>
        <source>{shown} of {total} memos</source>
        <translation>{shown} / {total} 条备忘录</translation>
    </message>
    <message>
        <source>1 memo</source>
        <translation>1 条备忘录</translation>
    </message>
    <message>
        <source>text</source>
        <comment>attribute type</comment>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <comment>attribute type</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <comment>attribute type</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>choice</source>
        <comment>attribute type</comment>
        <translation>选项</translation>
    </message>
    <message>
        <source>Tick transcripts in the list beside the table to assign them.</source>
        <translation>在表格旁的列表中勾选转录稿即可分配。</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>重命名参与者</translation>
    </message>
    <message>
        <source>Edit attribute value</source>
        <translation>编辑属性值</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>新建属性</translation>
    </message>
    <message>
        <source>for a choice: values separated by commas</source>
        <translation>选项类型：用逗号分隔各个取值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>One row per participant, one column per attribute; edit a cell to change a value.</source>
        <translation>每行一位参与者，每列一个属性；编辑单元格即可修改取值。</translation>
    </message>
    <message>
        <source>Double-click an attribute's heading to edit it; right-click for more</source>
        <translation>双击属性的列标题即可编辑；右键单击查看更多操作</translation>
    </message>
    <message>
        <source>Transcripts of the participant</source>
        <translation>参与者的转录稿</translation>
    </message>
    <message>
        <source>Every transcript; the checked ones belong to the selected participant.</source>
        <translation>所有转录稿；勾选的属于所选参与者。</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>添加参与者…</translation>
    </message>
    <message>
        <source>Add a participant to the table</source>
        <translation>在表格中添加一位参与者</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>删除参与者</translation>
    </message>
    <message>
        <source>Remove the selected participant (their transcripts stay)</source>
        <translation>删除所选参与者（其转录稿保留）</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>添加属性…</translation>
    </message>
    <message>
        <source>Add a column: an attribute every participant can have a value for</source>
        <translation>添加一列：每位参与者都可填写取值的属性</translation>
    </message>
    <message>
        <source>Import attributes…</source>
        <translation>导入属性…</translation>
    </message>
    <message>
        <source>Read participants' attributes from a CSV or Excel sheet</source>
        <translation>从 CSV 或 Excel 表格读取参与者属性</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Transcripts of {participant}</source>
        <translation>{participant} 的转录稿</translation>
    </message>
    <message>
        <source>Select a participant</source>
        <translation>请选择一位参与者</translation>
    </message>
    <message>
        <source>Assign transcript</source>
        <translation>分配转录稿</translation>
    </message>
    <message>
        <source>Unassign transcript</source>
        <translation>取消分配转录稿</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>新建参与者</translation>
    </message>
    <message>
        <source>Delete participant “{name}”</source>
        <translation>删除参与者“{name}”</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>Import attributes</source>
        <translation>导入属性</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Edit Attribute…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <source>Delete Attribute…</source>
        <translation>删除属性…</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}” and the values {n} participants have for it? You can undo this.</source>
        <translation>要删除属性“{name}”以及 {n} 位参与者在该属性下的值吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}”? No participant has a value for it yet.</source>
        <translation>要删除属性“{name}”吗？还没有参与者在该属性下有值。</translation>
    </message>
    <message>
        <source>Attribute sheets (*.xlsx *.csv)</source>
        <translation>属性表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>系统默认（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of menus and windows.</source>
        <translation>菜单和窗口使用的语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system.</source>
        <translation>浅色或深色，或跟随系统。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>编码者姓名</translation>
    </message>
    <message>
        <source>Recorded on the codings, memos and journal entries you make.</source>
        <translation>记录在您所做的编码、备忘录和日志条目上。</translation>
    </message>
    <message>
        <source>Recorded on the codings, memos and journal entries you make, so that colleagues sharing a project can tell who did what.</source>
        <translation>记录在您所做的编码、备忘录和日志条目上，方便共享项目的同事分辨各自的工作。</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <source>Shown on your comments in Word, as Word shows a reviewer's initials.</source>
        <translation>显示在导出到 Word 的批注上，就像 Word 显示审阅者的姓名缩写一样。</translation>
    </message>
    <message>
        <source>Shown on your comments in Word exports.</source>
        <translation>显示在导出的 Word 文档中您的批注上。</translation>
    </message>
    <message>
        <source>&amp;Coder name:</source>
        <translation>编码者姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>姓名缩写(&amp;I)：</translation>
    </message>
    <message>
        <source>Your Name as a Coder</source>
        <translation>您的编码者姓名</translation>
    </message>
    <message>
        <source>Annotator records who made each coding, memo and journal entry, and names you on the comments of Word exports. Colleagues who share a project see this name.</source>
        <translation>Annotator 会记录每处编码、每条备忘录和日志条目的作者，并在导出的 Word 文档批注中署上您的名字。共享项目的同事会看到这个名字。</translation>
    </message>
    <message>
        <source>You can change both later in Preferences.</source>
        <translation>以后可以在“偏好设置”中更改这两项。</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source>How many backups of each project are kept; one is taken each time it opens.</source>
        <translation>每个项目保留多少份备份；每次打开项目时备份一次。</translation>
    </message>
    <message>
        <source>A backup is taken each time a project opens; the oldest beyond this number are removed.</source>
        <translation>每次打开项目时都会备份一次；超出此数量的最早备份会被删除。</translation>
    </message>
    <message>
        <source>&amp;Backups kept per project:</source>
        <translation>每个项目保留的备份数(&amp;B)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>转录稿字号</translation>
    </message>
    <message>
        <source>The size of the text in transcripts.</source>
        <translation>转录稿中文字的大小。</translation>
    </message>
    <message>
        <source>Transcript &amp;font size:</source>
        <translation>转录稿字号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>选区自动扩展到整个单词(&amp;S)</translation>
    </message>
    <message>
        <source>A selection made with the mouse is widened to the words it cuts. Hold Alt while dragging, or double-click and drag, to select part of a word.</source>
        <translation>用鼠标选择时，选区会扩展到被截断的整个单词。拖动时按住 Alt，或双击后拖动，即可只选中单词的一部分。</translation>
    </message>
    <message>
        <source>A new language reopens the window; your work stays as it is.</source>
        <translation>更换语言会重新打开窗口；您的工作不受影响。</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>化名处理</translation>
    </message>
    <message>
        <source>One identifier per line, then “=”, then its replacement, e.g. “Marcia = P1”. Every transcript and memo is changed; codings stay on the same words. The original Word files of changed transcripts get the pseudonyms too, so annotated exports keep their formatting; where a name would stay anywhere in a file (a header, a comment), that file is removed from the project. You can undo this.</source>
        <translation>每行一个识别信息，后接“=”，再写替换内容，例如“王芳 = P1”。所有转录稿和备忘录都会被修改；编码仍标注在原来的文字上。被修改的转录稿的原始 Word 文件也会换成化名，因此带标注的导出能保留原有格式；如果文件中任何位置（页眉、批注）仍会留有姓名，该文件将从项目中移除。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Marcia = P1
Ruth Okafor = the programme lead</source>
        <translation>王芳 = P1
李明 = 项目负责人</translation>
    </message>
    <message>
        <source>Identifiers and replacements</source>
        <translation>识别信息与替换内容</translation>
    </message>
    <message>
        <source>One identifier per line, then an equals sign, then its replacement.</source>
        <translation>每行一个识别信息，后接等号，再写替换内容。</translation>
    </message>
    <message>
        <source>Stop and tell me which</source>
        <translation>停止并告诉我是哪些</translation>
    </message>
    <message>
        <source>Remove those codings</source>
        <translation>删除这些编码</translation>
    </message>
    <message>
        <source>Put a placeholder in place of the names</source>
        <translation>用占位符代替这些名字</translation>
    </message>
    <message>
        <source>Codings that would cover nothing</source>
        <translation>将不覆盖任何内容的编码</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[姓名]</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>A name replaced by nothing, when a coding covers only it:</source>
        <translation>名字被替换为空、而某个编码只覆盖这个名字时：</translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation>占位符：</translation>
    </message>
    <message>
        <source>Replace everywhere</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replaced {n} occurrence(s) in {sources} transcript(s) and {memos} memo(s).</source>
        <translation>已在 {sources} 份转录稿和 {memos} 条备忘录中替换 {n} 处。</translation>
    </message>
    <message>
        <source>Type a code, Enter to apply</source>
        <translation>输入编码，按 Enter 应用</translation>
    </message>
    <message>
        <source>Code with</source>
        <translation>编码为</translation>
    </message>
    <message>
        <source>Type part of a code's name; Up and Down choose among the matches, Enter codes the selection with it, Escape closes. A new name can be created (Parent/Child places it under a parent).</source>
        <translation>输入编码名称的一部分；上下方向键在匹配项中选择，Enter 用它为所选文字编码，Escape 关闭。也可以输入新名称来创建编码（“上级/下级”会将其放在上级编码之下）。</translation>
    </message>
    <message>
        <source>Why the code was not created</source>
        <translation>未创建编码的原因</translation>
    </message>
    <message>
        <source>Create code “{name}”</source>
        <translation>创建编码“{name}”</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>匹配的编码</translation>
    </message>
    <message>
        <source>1 excerpt</source>
        <translation>1 条摘录</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} 条摘录</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 位参与者</translation>
    </message>
    <message>
        <source>Select codes in the tree to read their excerpts.</source>
        <translation>在编码树中选择编码，阅读其摘录。</translation>
    </message>
    <message>
        <source>Include sub-codes</source>
        <translation>包括子编码</translation>
    </message>
    <message>
        <source>List the excerpts of the selected codes' sub-codes too, each once.</source>
        <translation>同时列出所选编码的子编码的摘录，每条只列一次。</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Show every coder's excerpts, or one coder's.</source>
        <translation>显示所有编码者的摘录，或仅显示某一位编码者的摘录。</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>已编码的摘录</translation>
    </message>
    <message>
        <source>Every excerpt coded with the selected codes, between a line of what came before and after; Enter or a double-click shows it in its transcript.</source>
        <translation>用所选编码标注的所有摘录，前后各附一行上下文；按 Enter 或双击即可在其转录稿中显示。</translation>
    </message>
    <message>
        <source>Excerpt in context</source>
        <translation>摘录及其上下文</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>全部编码者</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{excerpts} in {transcripts}: {codes}, with sub-codes</source>
        <translation>{transcripts}中的 {excerpts}：{codes}（含子编码）</translation>
    </message>
    <message>
        <source>{excerpts} in {transcripts}: {codes}</source>
        <translation>{transcripts}中的 {excerpts}：{codes}</translation>
    </message>
    <message>
        <source>Theme “{name}”: {excerpts} from {participants}</source>
        <translation>主题“{name}”：来自 {participants}的 {excerpts}</translation>
    </message>
    <message>
        <source>the words found</source>
        <translation>找到的词语</translation>
    </message>
    <message>
        <source>the whole sentence</source>
        <translation>整句</translation>
    </message>
    <message>
        <source>the speaker turn</source>
        <translation>整段发言</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>项目备忘录</translation>
    </message>
    <message>
        <source>Transcript memo</source>
        <translation>转录稿备忘录</translation>
    </message>
    <message>
        <source>Code memo</source>
        <translation>编码备忘录</translation>
    </message>
    <message>
        <source>Theme memo</source>
        <translation>主题备忘录</translation>
    </message>
    <message>
        <source>Participant memo</source>
        <translation>参与者备忘录</translation>
    </message>
    <message>
        <source>Search transcripts and memos: a word, a phrase, 社区…</source>
        <translation>在转录稿和备忘录中搜索：一个词、一个短语、社区…</translation>
    </message>
    <message>
        <source>Words or a phrase to find in every transcript and memo; results appear below.</source>
        <translation>要在所有转录稿和备忘录中查找的词语或短语；结果显示在下方。</translation>
    </message>
    <message>
        <source>Type words to find them in every transcript and memo.</source>
        <translation>输入词语，在所有转录稿和备忘录中查找。</translation>
    </message>
    <message>
        <source>Also search the memos and the reflexive journal.</source>
        <translation>同时搜索备忘录和反思日志。</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>参与者属性</translation>
    </message>
    <message>
        <source>Only search transcripts of participants with this attribute value.</source>
        <translation>只搜索具有此属性值的参与者的转录稿。</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>任意发言人</translation>
    </message>
    <message>
        <source>Only</source>
        <comment>search only this speaker's turns</comment>
        <translation>仅限</translation>
    </message>
    <message>
        <source>Leave out</source>
        <comment>search all but this speaker's turns</comment>
        <translation>排除</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>发言人筛选</translation>
    </message>
    <message>
        <source>Search every turn, only the chosen speaker's turns, or all but theirs.</source>
        <translation>搜索所有发言、仅搜索所选发言人的发言，或排除其发言。</translation>
    </message>
    <message>
        <source>Code filter</source>
        <translation>编码筛选</translation>
    </message>
    <message>
        <source>Only search the words already coded with this code.</source>
        <translation>只搜索已用此编码标注的文字。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show or hide the filters by participant, speaker and code; the button counts those in use.</source>
        <translation>显示或隐藏按参与者、发言人和编码的筛选条件；按钮上显示正在使用的筛选条件数。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Whole &amp;word</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;This transcript</source>
        <translation>当前转录稿(&amp;T)</translation>
    </message>
    <message>
        <source>All tra&amp;nscripts</source>
        <translation>全部转录稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>替换为(&amp;H)：</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Codes affected</source>
        <translation>受影响的编码</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected hit</source>
        <translation>替换所选匹配项</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Replace every hit listed, as one step you can undo</source>
        <translation>替换列出的所有匹配项，可一步撤销</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n 份转录稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n hit(s).</source>
        <translation>
            <numerusform>已替换 %n 个匹配项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) removed ({codes}); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已移除 %n 处编码（{codes}）；按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Hits grouped by transcript, then memos; press Enter on a hit to go to it.</source>
        <translation>按转录稿分组的搜索结果，其后是备忘录；在结果上按 Enter 键即可跳转。</translation>
    </message>
    <message>
        <source>Double-click a hit or press Enter to go to it.</source>
        <translation>双击结果或按 Enter 键跳转到该处。</translation>
    </message>
    <message>
        <source>Code all results</source>
        <translation>编码全部结果</translation>
    </message>
    <message>
        <source>Code every transcript hit with the chosen code, as one step you can undo.</source>
        <translation>用所选编码标注转录稿中的每个结果，可一步撤销。</translation>
    </message>
    <message>
        <source>Code for all results</source>
        <translation>用于全部结果的编码</translation>
    </message>
    <message>
        <source>How much to code</source>
        <translation>编码范围</translation>
    </message>
    <message>
        <source>Code only the words found, or widen each hit to its sentence or speaker turn.</source>
        <translation>只编码找到的词语，或将每个结果扩展到所在句子或整段发言。</translation>
    </message>
    <message>
        <source>with</source>
        <comment>Code all results with &lt;code&gt;</comment>
        <translation>使用</translation>
    </message>
    <message>
        <source>coding</source>
        <comment>…with &lt;code&gt; coding &lt;the whole sentence&gt;</comment>
        <translation>编码范围</translation>
    </message>
    <message>
        <source>Filters ({n})</source>
        <translation>筛选（{n}）</translation>
    </message>
    <message>
        <source>Any participant</source>
        <translation>任意参与者</translation>
    </message>
    <message>
        <source>Any code</source>
        <translation>任意编码</translation>
    </message>
    <message>
        <source>Memos ({n})</source>
        <translation>备忘录（{n}）</translation>
    </message>
    <message>
        <source>Nothing found for “{words}”.</source>
        <translation>未找到“{words}”。</translation>
    </message>
    <message>
        <source>{hits} in 1 transcript, {memos} in memos</source>
        <translation>1 份转录稿中 {hits} 处，备忘录中 {memos} 处</translation>
    </message>
    <message>
        <source>{hits} in {groups} transcripts, {memos} in memos</source>
        <translation>{groups} 份转录稿中 {hits} 处，备忘录中 {memos} 处</translation>
    </message>
    <message>
        <source> (the first {shown} are listed)</source>
        <translation>（仅列出前 {shown} 处）</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <source>Code all {n} results</source>
        <translation>编码全部 {n} 个结果</translation>
    </message>
    <message>
        <source>Code {n} search results</source>
        <translation>编码 {n} 个搜索结果</translation>
    </message>
    <message>
        <source>Coded {n} excerpts with “{code}”.</source>
        <translation>已用“{code}”编码 {n} 条摘录。</translation>
    </message>
    <message>
        <source>Code the selection with the code numbered in the code tree</source>
        <translation>用编码树中对应编号的编码标注选中的文字</translation>
    </message>
    <message>
        <source>Quick code: type a code's name to code the selection</source>
        <translation>快速编码：输入编码名称来标注选中的文字</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制选中的文字</translation>
    </message>
    <message>
        <source>Drag a code</source>
        <translation>拖动编码</translation>
    </message>
    <message>
        <source>Drop a code from the tree onto selected text to code it</source>
        <translation>把编码树中的编码拖到选中的文字上进行标注</translation>
    </message>
    <message>
        <source>New sub-code under the selected code</source>
        <translation>在所选编码下新建子编码</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车键</translation>
    </message>
    <message>
        <source>Show the code's excerpts</source>
        <translation>显示该编码的摘录</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del 键</translation>
    </message>
    <message>
        <source>Delete the selected codes (asks first)</source>
        <translation>删除所选编码（会先询问）</translation>
    </message>
    <message>
        <source>Alt+drop</source>
        <translation>Alt+拖放</translation>
    </message>
    <message>
        <source>Merge the dragged code into the one it is dropped on</source>
        <translation>把拖动的编码合并到放置处的编码中</translation>
    </message>
    <message>
        <source>Fit the whole board in view</source>
        <translation>显示整个看板</translation>
    </message>
    <message>
        <source>Zoom in and out (or Ctrl+wheel)</source>
        <translation>放大和缩小（或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>空格+拖动</translation>
    </message>
    <message>
        <source>Pan the board (or drag with the middle button)</source>
        <translation>平移看板（或按住鼠标中键拖动）</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+拖动</translation>
    </message>
    <message>
        <source>Draw a link from one theme to another</source>
        <translation>从一个主题向另一个主题画连线</translation>
    </message>
    <message>
        <source>Ctrl+drag a chip</source>
        <translation>Ctrl+拖动编码标签</translation>
    </message>
    <message>
        <source>Copy a code to another theme instead of moving it</source>
        <translation>把编码复制到另一个主题，而不是移动</translation>
    </message>
    <message>
        <source>Delete the selected themes or links</source>
        <translation>删除所选主题或连线</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc 键</translation>
    </message>
    <message>
        <source>Cancel drawing a link</source>
        <translation>取消画连线</translation>
    </message>
    <message>
        <source>Quick code box</source>
        <translation>快速编码框</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>上 / 下方向键</translation>
    </message>
    <message>
        <source>Choose among the matching codes</source>
        <translation>在匹配的编码中选择</translation>
    </message>
    <message>
        <source>Code the selection (a new code if none matches)</source>
        <translation>标注选中的文字（没有匹配时新建编码）</translation>
    </message>
    <message>
        <source>Close without coding</source>
        <translation>关闭而不编码</translation>
    </message>
    <message>
        <source>Welcome page</source>
        <translation>欢迎页</translation>
    </message>
    <message>
        <source>Open the recent project selected</source>
        <translation>打开所选的最近项目</translation>
    </message>
    <message>
        <source>Take the selected project off the list (the file stays)</source>
        <translation>把所选项目从列表中移除（文件仍保留）</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys and what they do, grouped by menu and pane.</source>
        <translation>按键及其作用，按菜单和面板分组。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>No definition yet: double-click here to write one</source>
        <translation>尚无定义：双击此处撰写</translation>
    </message>
    <message>
        <source>✓ final</source>
        <translation>✓ 最终</translation>
    </message>
    <message>
        <source>Also holds: {codes}</source>
        <translation>还包含：{codes}</translation>
    </message>
    <message>
        <source>sub-theme of {theme}</source>
        <translation>上级主题：{theme}</translation>
    </message>
    <message>
        <source>Select a theme on the board.</source>
        <translation>请在主题看板上选择一个主题。</translation>
    </message>
    <message>
        <source>What this theme is about, and where it stops</source>
        <translation>这个主题讲的是什么，边界在哪里</translation>
    </message>
    <message>
        <source>Memo: your thinking about this theme</source>
        <translation>备忘录：你对这个主题的思考</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>Theme status</source>
        <translation>主题状态</translation>
    </message>
    <message>
        <source>Candidate, reviewed or final: how far the theme has come in the review.</source>
        <translation>候选、已审查或最终：主题在审查中进展到哪一步。</translation>
    </message>
    <message>
        <source>Theme definition</source>
        <translation>主题定义</translation>
    </message>
    <message>
        <source>What the theme is about, its scope and its boundaries.</source>
        <translation>主题的内容、范围与边界。</translation>
    </message>
    <message>
        <source>Your thinking about this theme.</source>
        <translation>你对这个主题的思考。</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>定义：</translation>
    </message>
    <message>
        <source>1 code</source>
        <translation>1 个编码</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>编辑主题</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>最近使用的编码</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>新建编码…</translation>
    </message>
    <message>
        <source>Name a new code and code the selection with it</source>
        <translation>命名一个新编码，并用它为所选文字编码</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>实境编码</translation>
    </message>
    <message>
        <source>Code the selection with a code named after its own words</source>
        <translation>以所选文字本身命名一个编码，并用它为所选文字编码</translation>
    </message>
    <message>
        <source>Remove coding “{code}”</source>
        <translation>移除编码“{code}”</translation>
    </message>
    <message>
        <source>Adjust excerpt to selection</source>
        <translation>将摘录调整为所选范围</translation>
    </message>
    <message>
        <source>Adjust excerpt to selection “{code}”</source>
        <translation>将摘录“{code}”调整为所选范围</translation>
    </message>
    <message>
        <source>Find passages like the selection in every transcript</source>
        <translation>在所有转录稿中查找与所选内容相似的段落</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Code with…</source>
        <translation>编码为…</translation>
    </message>
    <message>
        <source>Type part of a code's name to code the selection with it</source>
        <translation>输入编码名称的一部分，用它为所选文字编码</translation>
    </message>
    <message>
        <source>Name of the new code (Parent/Child to place it under a parent):</source>
        <translation>新编码的名称（输入“父编码/子编码”可将其放在父编码之下）：</translation>
    </message>
    <message>
        <source>The transcript's text with its coded excerpts shaded in their codes' colours; select words and press 1 to 9, Ctrl+K or drop a code to code them.</source>
        <translation>转录稿正文，已编码的摘录以其编码的颜色标出；选中文字后按 1 至 9、Ctrl+K 或拖入编码即可为其编码。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Start a project, open one, or open the demo project.</source>
        <translation>新建项目、打开项目，或打开示例项目。</translation>
    </message>
    <message>
        <source>Reflexive thematic analysis of interview transcripts</source>
        <translation>访谈转录稿的反思性主题分析</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Ctrl+N: a new, empty project</source>
        <translation>Ctrl+N：新建一个空项目</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Ctrl+O: an .annotator project file</source>
        <translation>Ctrl+O：打开 .annotator 项目文件</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Five interviews about a community partnership with a medical school, coded, with themes on the board</source>
        <translation>五篇关于社区与医学院合作的访谈，已编码，看板上已有主题</translation>
    </message>
    <message>
        <source>Then import Word or text transcripts (Ctrl+I), or drop them on the window.</source>
        <translation>然后导入 Word 或文本转录稿（Ctrl+I），或把文件拖到窗口中。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open one.</source>
        <translation>按回车键或双击即可打开。</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a recent project</source>
        <translation>按回车键或双击打开最近的项目</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>您打开过的项目会列在这里。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Remove from Recent Projects</source>
        <translation>从最近的项目中移除</translation>
    </message>
    <message>
        <source>Export annotated transcripts into</source>
        <translation>将带标注的转录稿导出到</translation>
    </message>
    <message>
        <source>Import a partner's comments</source>
        <translation>导入合作者的批注</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing annotated transcripts…</source>
        <translation>正在写入带标注的转录稿…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing “{name}” ({done} of {total})…</source>
        <translation>正在写入“{name}”（第 {done} 份，共 {total} 份）…</translation>
    </message>
    <message>
        <source>The transcripts could not be exported ({error}).</source>
        <translation>无法导出转录稿（{error}）。</translation>
    </message>
    <message>
        <source>Wrote 1 annotated transcript into {folder}.</source>
        <translation>已将 1 份带标注的转录稿写入 {folder}。</translation>
    </message>
    <message>
        <source>Wrote {n} annotated transcripts into {folder}.</source>
        <translation>已将 {n} 份带标注的转录稿写入 {folder}。</translation>
    </message>
    <message>
        <source>Annotated transcripts</source>
        <translation>带标注的转录稿</translation>
    </message>
    <message>
        <source>Export theme report</source>
        <translation>导出主题报告</translation>
    </message>
    <message>
        <source>{project} themes.docx</source>
        <comment>a file name</comment>
        <translation>{project} 主题.docx</translation>
    </message>
    <message>
        <source>The theme report could not be written ({error}).</source>
        <translation>无法写入主题报告（{error}）。</translation>
    </message>
    <message>
        <source>Wrote the theme report to {file}.</source>
        <translation>已将主题报告写入 {file}。</translation>
    </message>
    <message>
        <source>Export excerpts</source>
        <translation>导出摘录</translation>
    </message>
    <message>
        <source>{project} excerpts.xlsx</source>
        <comment>a file name</comment>
        <translation>{project} 摘录.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The excerpts could not be written ({error}).</source>
        <translation>无法写入摘录（{error}）。</translation>
    </message>
    <message>
        <source>Wrote {n} excerpts to {file}.</source>
        <translation>已将 {n} 条摘录写入 {file}。</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>Comments from “{name}”</source>
        <translation>来自“{name}”的批注</translation>
    </message>
    <message>
        <source>The demo project's files are missing (looked in: {tried}).</source>
        <translation>示例项目的文件缺失（查找位置：{tried}）。</translation>
    </message>
    <message>
        <source>“{file}” is not an attribute sheet; use a .csv or .xlsx file with one row per participant.</source>
        <translation>“{file}”不是属性表；请使用每位参与者占一行的 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>“{file}” is too large for an attribute sheet.</source>
        <translation>“{file}”太大，不像是属性表。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a table; ({error}).</source>
        <translation>“{file}”无法作为表格读取（{error}）。</translation>
    </message>
    <message>
        <source>“{file}” has no rows; the first row should name the columns.</source>
        <translation>“{file}”中没有任何行；第一行应为各列的名称。</translation>
    </message>
    <message>
        <source>{count} comment(s) already in the original document were left out.</source>
        <translation>已略过原始文档中已有的 {count} 条批注。</translation>
    </message>
    <message>
        <source>The comment by {author} on “{words}” is on words that are not in the transcript; it is kept as a memo on the transcript: {comment}</source>
        <translation>{author} 对“{words}”的批注所针对的文字不在转录稿中；已作为转录稿备忘录保留：{comment}</translation>
    </message>
    <message>
        <source>The comment by {author} is anchored to no text; it is kept as a memo on the transcript: {comment}</source>
        <translation>{author} 的批注没有锚定到任何文字；已作为转录稿备忘录保留：{comment}</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by document property): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}”对应转录稿“{source}”（依据文档属性匹配）：{on_excerpts} 条批注位于摘录上，{on_text} 条位于未编码的文字上，跳过了导出时写入的 {own} 条。</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by file name): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}”对应转录稿“{source}”（依据文件名匹配）：{on_excerpts} 条批注位于摘录上，{on_text} 条位于未编码的文字上，跳过了导出时写入的 {own} 条。</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by text): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}”对应转录稿“{source}”（依据文本内容匹配）：{on_excerpts} 条批注位于摘录上，{on_text} 条位于未编码的文字上，跳过了导出时写入的 {own} 条。</translation>
    </message>
    <message>
        <source>“{file}” is “{source}” (matched by {how}): {on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, {own} written by the export skipped.</source>
        <translation>“{file}”对应转录稿“{source}”（依据{how}匹配）：{on_excerpts} 条批注位于摘录上，{on_text} 条位于未编码的文字上，跳过了导出时写入的 {own} 条。</translation>
    </message>
    <message>
        <source>“{file}” does not match any transcript of this project (it was not exported from it, and no transcript has its name or its text).</source>
        <translation>“{file}”与本项目的任何转录稿都不匹配（它不是从本项目导出的，也没有转录稿与它同名或同文）。</translation>
    </message>
    <message>
        <source>paragraph {n} was not found in the original document</source>
        <translation>在原始文档中找不到第 {n} 段</translation>
    </message>
    <message>
        <source>paragraph {n} reads differently from the imported text, so its codings were not marked</source>
        <translation>第 {n} 段与导入的文本不一致，因此未标出其中的编码</translation>
    </message>
    <message>
        <source>1 excerpt crosses a text box: split into {k} comments.</source>
        <translation>1 条摘录跨越了文本框：已拆分为 {k} 条批注。</translation>
    </message>
    <message>
        <source>{n} excerpts cross a text box: split into {k} comments each.</source>
        <translation>{n} 条摘录跨越了文本框：每条已拆分为 {k} 条批注。</translation>
    </message>
    <message>
        <source>1 excerpt reaches a text box only by a paragraph break: its comment stops at the box's edge.</source>
        <translation>1 条摘录仅以一个段落标记延伸到文本框：其批注止于文本框边缘。</translation>
    </message>
    <message>
        <source>{n} excerpts reach a text box only by a paragraph break: their comments stop at the box's edge.</source>
        <translation>{n} 条摘录仅以一个段落标记延伸到文本框：其批注止于文本框边缘。</translation>
    </message>
    <message>
        <source>1 excerpt holding only the paragraph break beside a text box was not marked.</source>
        <translation>1 条只包含文本框旁段落标记的摘录未被标出。</translation>
    </message>
    <message>
        <source>{n} excerpts holding only the paragraph break beside a text box were not marked.</source>
        <translation>{n} 条只包含文本框旁段落标记的摘录未被标出。</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which Word never writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}”包含带有文档类型声明的 XML，Word 从不写入这种声明，而它可能隐藏有害内容，因此未打开此文件。</translation>
    </message>
    <message>
        <source>“{file}” is nested far more deeply than any real document, so it was not read.</source>
        <translation>“{file}”的嵌套层级远深于任何真实文档，因此未读取此文件。</translation>
    </message>
    <message>
        <source>“{file}” is damaged: part of it is not well-formed XML; open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}”已损坏：其中部分内容不是格式正确的 XML；请在 Word 中打开，重新另存为 .docx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, so it was not opened.</source>
        <translation>“{file}”包含带有文档类型声明的 XML，因此未打开此文件。</translation>
    </message>
    <message>
        <source>“{file}” is not a complete Word document: its main text part is missing; open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}”不是完整的 Word 文档：缺少正文部分；请在 Word 中打开，重新另存为 .docx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document (its main part holds no text).</source>
        <translation>“{file}”不是 Word 文档（其主体部分不含文本）。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as a .docx must be); if it was downloaded or copied, fetch it again.</source>
        <translation>“{file}”已损坏或不完整（它不是可读取的 zip 包，而 .docx 必须是）；如果它是下载或复制来的，请重新获取。</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any Word document does.</source>
        <translation>“{file}”包含的部件远多于任何 Word 文档。</translation>
    </message>
    <message>
        <source>“{file}” would unpack to an implausibly large size (it looks like a zip bomb), so it was not opened.</source>
        <translation>“{file}”解压后的大小大得不合常理（看起来像 zip 炸弹），因此未打开此文件。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Word, save it again as .docx and try again.</source>
        <translation>“{file}”已损坏或不完整（其中部分内容无法解压）；请在 Word 中打开，重新另存为 .docx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in Word and try again.</source>
        <translation>“{file}”受密码保护；请在 Word 中取消密码后再试。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a table: it is damaged or incomplete (not a readable zip package, as an .xlsx must be); open it in Excel, save it again and try again.</source>
        <translation>“{file}”无法作为表格读取：它已损坏或不完整（不是可读取的 zip 包，而 .xlsx 必须是）；请在 Excel 中打开，重新保存后再试。</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which Excel never writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}”包含带有文档类型声明的 XML，Excel 从不写入这种声明，而它可能隐藏有害内容，因此未打开此文件。</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any spreadsheet does.</source>
        <translation>“{file}”包含的部件远多于任何电子表格。</translation>
    </message>
    <message>
        <source>“{file}” holds far more parts than any text document does.</source>
        <translation>“{file}”包含的部件远多于任何文本文档。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as an .odt must be); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}”已损坏或不完整（它不是可读取的 zip 包，而 .odt 必须是）；请在 LibreOffice 中打开，重新保存后再试。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in Excel, save it again as .xlsx and try again.</source>
        <translation>“{file}”已损坏或不完整（其中部分内容无法解压）；请在 Excel 中打开，重新另存为 .xlsx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}”已损坏或不完整（其中部分内容无法解压）；请在 LibreOffice 中打开，重新保存后再试。</translation>
    </message>
    <message>
        <source>“{file}” is far larger than an attribute sheet (at most {rows} rows of {columns} columns), so it was not read.</source>
        <translation>“{file}”远大于属性表（最多 {rows} 行、{columns} 列），因此未读取。</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in Excel and try again.</source>
        <translation>“{file}”受密码保护；请在 Excel 中取消密码后再试。</translation>
    </message>
    <message>
        <source>“{file}” is password-protected; remove the password in LibreOffice (File &gt; Properties) and try again.</source>
        <translation>“{file}”受密码保护；请在 LibreOffice 中取消密码（文件 &gt; 属性）后再试。</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, far larger than any REFI-QDA project, so it was not read.</source>
        <translation>“{file}”大小为 {size} MB，远大于任何 REFI-QDA 项目，因此未读取。</translation>
    </message>
    <message>
        <source>“{file}” is a zip file but not a Word document.</source>
        <translation>“{file}”是 zip 文件，但不是 Word 文档。</translation>
    </message>
    <message>
        <source>“{file}” is an Excel workbook, not a Word document; only Word files can be imported.</source>
        <translation>“{file}”是 Excel 工作簿，不是 Word 文档；只能导入 Word 文件。</translation>
    </message>
    <message>
        <source>“{file}” is a PowerPoint presentation, not a Word document; only Word files can be imported.</source>
        <translation>“{file}”是 PowerPoint 演示文稿，不是 Word 文档；只能导入 Word 文件。</translation>
    </message>
    <message>
        <source>“{file}” is an OpenDocument file, not a Word document; only Word files can be imported.</source>
        <translation>“{file}”是 OpenDocument 文件，不是 Word 文档；只能导入 Word 文件。</translation>
    </message>
    <message>
        <source>“{file}” is not a complete Word document: it has no body.</source>
        <translation>“{file}”不是完整的 Word 文档：它没有正文。</translation>
    </message>
    <message>
        <source>“{file}” is nested too deeply to be read.</source>
        <translation>“{file}”嵌套层级过深，无法读取。</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>“{file}”是空文件。</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document, although its name ends in {suffix}; open it in Word, save it as .docx and try again.</source>
        <translation>“{file}”的扩展名虽为 {suffix}，但它不是 Word 文档；请在 Word 中打开，另存为 .docx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: Apple Pages files are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>无法导入“{file}”：目前尚不支持 Apple Pages 文件；请将其另存为或复制到 Word .docx 文件后再导入。</translation>
    </message>
    <message>
        <source>“{file}” is not a kind of file Annotator can import (Word .docx or .doc, plain text .txt, subtitles .vtt, .srt or .sbv, OpenDocument .odt, RTF or PDF).</source>
        <translation>“{file}”不是 Annotator 能导入的文件类型（Word .docx 或 .doc、纯文本 .txt、字幕 .vtt、.srt 或 .sbv、OpenDocument .odt、RTF 或 PDF）。</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: spreadsheet files (.csv) are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>无法导入“{file}”：目前尚不支持电子表格文件（.csv）；请将其另存为或复制到 Word .docx 文件后再导入。</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: Excel workbooks are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>无法导入“{file}”：目前尚不支持 Excel 工作簿；请将其另存为或复制到 Word .docx 文件后再导入。</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: OpenDocument spreadsheets are not supported yet; save or copy it into a Word .docx file and import that.</source>
        <translation>无法导入“{file}”：目前尚不支持 OpenDocument 电子表格；请将其另存为或复制到 Word .docx 文件后再导入。</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, too large to be a transcript; split it into files under {limit} MB.</source>
        <translation>“{file}”大小为 {size} MB，作为转录稿太大了；请将其拆分为小于 {limit} MB 的多个文件。</translation>
    </message>
    <message>
        <source>“{file}” could not be found (it may have been moved or deleted).</source>
        <translation>找不到“{file}”（它可能已被移动或删除）。</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: permission was refused.</source>
        <translation>无法打开“{file}”：权限被拒绝。</translation>
    </message>
    <message>
        <source>“{file}” is not an ordinary file (it is a device, a pipe or a socket), so it was not read.</source>
        <translation>“{file}”不是普通文件（它是设备、管道或套接字），因此未读取。</translation>
    </message>
    <message>
        <source>{code} (continued)</source>
        <translation>{code}（续）</translation>
    </message>
    <message>
        <source>“{name}” was exported as a clean document, not into its Word original: the edits of its text could not be made there ({reason}).</source>
        <translation>“{name}”已导出为一份不带原格式的新文档，而没有写入其 Word 原始文件：对其文本的修改无法在原始文件中完成（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” is a file; give the folder to write the annotated transcripts into.</source>
        <translation>“{name}”是一个文件；请给出写入带注释转录稿的文件夹。</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be made ({reason}).</source>
        <translation>无法创建文件夹“{folder}”（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of 1 transcript.</source>
        <translation>导出已取消：已写入 {done} / 1 份转录稿。</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of {total} transcripts.</source>
        <translation>导出已取消：已写入 {done} / {total} 份转录稿。</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of 1 transcript; not written: {names}.</source>
        <translation>导出已取消：已写入 {done} / 1 份转录稿；未写入：{names}。</translation>
    </message>
    <message>
        <source>Export cancelled: wrote {done} of {total} transcripts; not written: {names}.</source>
        <translation>导出已取消：已写入 {done} / {total} 份转录稿；未写入：{names}。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read ({reason}).</source>
        <translation>无法读取“{file}”（{reason}）。</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a file.</source>
        <translation>“{file}”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password (it is encrypted); remove the password in Word (File &gt; Info &gt; Protect Document) and try again.</source>
        <translation>“{file}”受密码保护（已加密）；请在 Word 中取消密码（文件 &gt; 信息 &gt; 保护文档）后再试。</translation>
    </message>
    <message>
        <source>“{file}” could not be converted by LibreOffice within {seconds} seconds; open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>LibreOffice 未能在 {seconds} 秒内转换“{file}”；请在 Word 或 LibreOffice 中打开它，另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>“{file}” is an old-format Word document (.doc) or another old Office file, not a .docx; open it in Word, save it as .docx and try again.</source>
        <translation>“{file}”是旧格式的 Word 文档（.doc）或其他旧版 Office 文件，不是 .docx；请在 Word 中打开，另存为 .docx 后再试。</translation>
    </message>
    <message>
        <source>“{file}” contains no text to import.</source>
        <translation>“{file}”中没有可导入的文字。</translation>
    </message>
    <message>
        <source>“{file}” is not a REFI-QDA project or codebook; export it again as .qdpx or .qdc.</source>
        <translation>“{file}”不是 REFI-QDA 项目或编码手册；请重新导出为 .qdpx 或 .qdc。</translation>
    </message>
    <message>
        <source>{program} counts text positions in UTF-16 units (an emoji counts two) and CRLF line ends as two characters; they were converted to characters.</source>
        <translation>{program} 以 UTF-16 单位计算文本位置（一个表情符号算两个），并把 CRLF 换行算作两个字符；这些位置已换算为字符位置。</translation>
    </message>
    <message>
        <source>{sources}: only text sources are supported yet.</source>
        <translation>{sources}：目前只支持文本类资料。</translation>
    </message>
    <message>
        <source>{n} links between items (Annotator links themes on its board only).</source>
        <translation>{n} 个条目之间的链接（Annotator 只在主题看板上链接主题）。</translation>
    </message>
    <message>
        <source>“{name}” (PDF)</source>
        <translation>“{name}”（PDF）</translation>
    </message>
    <message>
        <source>“{name}” (picture)</source>
        <translation>“{name}”（图片）</translation>
    </message>
    <message>
        <source>“{name}” (audio)</source>
        <translation>“{name}”（音频）</translation>
    </message>
    <message>
        <source>“{name}” (video)</source>
        <translation>“{name}”（视频）</translation>
    </message>
    <message>
        <source>{n} selections in “{name}” that are empty or reach outside its text.</source>
        <translation>“{name}”中有 {n} 处选区为空或超出了其文本范围。</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file ({path}), so its {n} codings were left out too.</source>
        <translation>“{name}”：文件中没有它的文本（{path}），因此它的 {n} 处编码也未导入。</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file ({path}).</source>
        <translation>“{name}”：文件中没有它的文本（{path}）。</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file (no path), so its {n} codings were left out too.</source>
        <translation>“{name}”：文件中没有它的文本（未给出路径），因此它的 {n} 处编码也未导入。</translation>
    </message>
    <message>
        <source>“{name}”: its text is not in the file (no path).</source>
        <translation>“{name}”：文件中没有它的文本（未给出路径）。</translation>
    </message>
    <message>
        <source>“{file}” contains XML with a document type declaration, which no REFI-QDA program writes and which can hide harmful content, so it was not opened.</source>
        <translation>“{file}”包含带有文档类型声明的 XML，任何 REFI-QDA 软件都不会写入这种声明，而它可能隐藏有害内容，因此未打开此文件。</translation>
    </message>
    <message>
        <source>“{file}” is damaged: its project description is not well-formed XML; export it again from the program that made it.</source>
        <translation>“{file}”已损坏：其项目描述不是格式正确的 XML；请从生成它的软件中重新导出。</translation>
    </message>
    <message>
        <source>“{file}” contains XML that cannot be read safely.</source>
        <translation>“{file}”包含无法安全读取的 XML。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it is not a readable zip package, as a .qdpx must be); export it again or fetch it again.</source>
        <translation>“{file}”已损坏或不完整（它不是可读取的 zip 包，而 .qdpx 必须是）；请重新导出或重新获取。</translation>
    </message>
    <message>
        <source>“{file}” holds far more files than any project does.</source>
        <translation>“{file}”包含的文件远多于任何项目。</translation>
    </message>
    <message>
        <source>“{file}” is not a REFI-QDA project: it holds no project.qde; export it again as a REFI-QDA project (.qdpx).</source>
        <translation>“{file}”不是 REFI-QDA 项目：其中没有 project.qde；请重新导出为 REFI-QDA 项目（.qdpx）。</translation>
    </message>
    <message>
        <source>“{file}” holds more than one project document ({names}), so it is unclear which one to import.</source>
        <translation>“{file}”包含不止一个项目文档（{names}），无法确定应导入哪一个。</translation>
    </message>
    <message>
        <source>“{file}” is password-protected.</source>
        <translation>“{file}”受密码保护。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (part of it cannot be unpacked); export it again or fetch it again.</source>
        <translation>“{file}”已损坏或不完整（其中部分内容无法解压）；请重新导出或重新获取。</translation>
    </message>
    <message>
        <source>“{file}” is not a text file (it contains binary data); save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}”不是文本文件（它包含二进制数据）；请将其另存为 UTF-8 文本（或 .docx）后再试。</translation>
    </message>
    <message>
        <source>“{file}” is in a text encoding that cannot be recognised; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}”使用了无法识别的文本编码；请将其另存为 UTF-8 文本（或 .docx）后再试。</translation>
    </message>
    <message>
        <source>“{file}” is marked as {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}”标记为 {encoding} 文本，但包含不属于该编码的字节；请将其另存为 UTF-8 文本（或 .docx）后再试。</translation>
    </message>
    <message>
        <source>“{file}” looks like {encoding} text but contains bytes that are not; save it as UTF-8 text (or as .docx) and try again.</source>
        <translation>“{file}”看起来是 {encoding} 文本，但包含不属于该编码的字节；请将其另存为 UTF-8 文本（或 .docx）后再试。</translation>
    </message>
    <message>
        <source>There is no code “{path}”.</source>
        <translation>没有编码“{path}”。</translation>
    </message>
    <message>
        <source>Name at least two coders.</source>
        <translation>请至少指定两位编码者。</translation>
    </message>
    <message>
        <source>The overlap must be between 1 and 100 %.</source>
        <translation>重叠比例必须在 1% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A codebook can be written as .docx, .csv, .xlsx or .qdc, not “{suffix}”.</source>
        <translation>编码手册可以保存为 .docx、.csv、.xlsx 或 .qdc，不能保存为“{suffix}”。</translation>
    </message>
    <message>
        <source>“{file}” should end in .csv or .xlsx.</source>
        <translation>“{file}”的扩展名应为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>The app's resource files are missing (looked in: {tried}).</source>
        <translation>程序的资源文件缺失（查找位置：{tried}）。</translation>
    </message>
    <message>
        <source>No backup of “{name}” could be written to “{folder}” ({reason}); the project itself is unaffected.</source>
        <translation>无法将“{name}”的备份写入“{folder}”（{reason}）；项目本身不受影响。</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged and was not restored.</source>
        <translation>备份“{name}”已损坏，未予恢复。</translation>
    </message>
    <message>
        <source>{n} coding(s) lie outside their transcript's text.</source>
        <translation>{n} 处编码超出了其转录稿的文本范围。</translation>
    </message>
    <message>
        <source>{n} paragraph(s) reach past the end of their transcript.</source>
        <translation>{n} 个段落超出了其转录稿的末尾。</translation>
    </message>
    <message>
        <source>{n} code(s) are their own ancestors.</source>
        <translation>{n} 个编码是其自身的上级。</translation>
    </message>
    <message>
        <source>Part of the project file's structure is missing: {items}.</source>
        <translation>项目文件的部分结构缺失：{items}。</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a source that no longer exists.</source>
        <translation>{n} 条备忘录所属的转录稿已不存在。</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a code that no longer exists.</source>
        <translation>{n} 条备忘录所属的编码已不存在。</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a theme that no longer exists.</source>
        <translation>{n} 条备忘录所属的主题已不存在。</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a coding that no longer exists.</source>
        <translation>{n} 条备忘录所属的那处编码已不存在。</translation>
    </message>
    <message>
        <source>{n} memo(s) belong to a case that no longer exists.</source>
        <translation>{n} 条备忘录所属的参与者已不存在。</translation>
    </message>
    <message>
        <source>There is no project at “{path}”.</source>
        <translation>“{path}”处没有项目。</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not an Annotator project.</source>
        <translation>“{name}”是文件夹，不是 Annotator 项目。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason}).</source>
        <translation>无法读取“{name}”（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” is not an Annotator project.</source>
        <translation>“{name}”不是 Annotator 项目。</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened with the file “{wal}” beside it, which holds changes that do not fit this copy (it was probably copied from another copy of the project, or while the project was open). Move “{wal}” into another folder, keeping it, and open the project again: it opens as it was when last closed.</source>
        <translation>无法在旁边有文件“{wal}”的情况下打开“{name}”：该文件保存的更改与此副本不符（它很可能是从项目的另一个副本复制来的，或是在项目打开时复制的）。请把“{wal}”移到另一个文件夹中保留，然后重新打开项目：项目将恢复为上次关闭时的状态。</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened ({reason}).</source>
        <translation>“{name}”已损坏，无法打开（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not an Annotator project.</source>
        <translation>“{name}”是数据库，但不是 Annotator 项目。</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of Annotator (file format {version}; this version reads up to {supported}); please update Annotator to open it.</source>
        <translation>“{name}”是由更新版本的 Annotator 保存的（文件格式 {version}；当前版本最高只能读取 {supported}）；请更新 Annotator 后再打开。</translation>
    </message>
    <message>
        <source>“{name}” is being changed by another Annotator window or command; nothing was changed here, please try again in a moment.</source>
        <translation>另一个 Annotator 窗口或命令正在修改“{name}”；此处未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>“{name}” is read-only, so changes cannot be saved.</source>
        <translation>“{name}”是只读的，无法保存更改。</translation>
    </message>
    <message>
        <source>The disk holding “{name}” is full; nothing was changed.</source>
        <translation>存放“{name}”的磁盘已满；未做任何更改。</translation>
    </message>
    <message>
        <source>“{name}” could not be changed: {reason}.</source>
        <translation>无法更改“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation>“{name}”已存在；请另选一个名称。</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>“{name}” cannot be created ({reason}).</source>
        <translation>无法创建“{name}”（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” is read-only and was saved by an older version of Annotator; copy it to a folder you can write to, then open the copy.</source>
        <translation>“{name}”是只读的，且由旧版本的 Annotator 保存；请将它复制到可写入的文件夹，然后打开副本。</translation>
    </message>
    <message>
        <source>“{name}” is read-only, so this change cannot be saved; copy the project to a folder you can write to in order to work on it.</source>
        <translation>“{name}”是只读的，无法保存此更改；如需继续编辑，请将项目复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted while open, and it could not be written back ({reason}); keep this window open and copy your work elsewhere.</source>
        <translation>“{name}”在打开期间被移动或删除，且无法写回（{reason}）；请保持此窗口打开，并把你的工作复制到别处。</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted while open; everything saved so far was written to “{copy}”; open that file to go on.</source>
        <translation>“{name}”在打开期间被移动或删除；到目前为止保存的全部内容已写入“{copy}”；请打开该文件继续工作。</translation>
    </message>
    <message>
        <source>“{name}” was not brought up to date: the copy kept before that could not be written ({reason}); the project is unchanged.</source>
        <translation>“{name}”未能更新：更新前应保留的副本无法写入（{reason}）；项目未作任何更改。</translation>
    </message>
    <message>
        <source>“{name}” is already open in another Annotator window; switch to that window, or close the project there first.</source>
        <translation>“{name}”已在另一个 Annotator 窗口中打开；请切换到该窗口，或先在那里关闭此项目。</translation>
    </message>
    <message>
        <source>Row {row} of {table} points at a missing {parent}.</source>
        <translation>{table} 表的第 {row} 行指向不存在的 {parent}。</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite cannot read part of it ({reason}). Restore the newest backup (annotator restore, or File &gt; Restore from Backup…); the damaged file is kept aside.</source>
        <translation>文件已损坏：SQLite 无法读取其中一部分（{reason}）。请恢复最新的备份（annotator restore，或“文件 &gt; 从备份恢复…”）；损坏的文件会被另行保留。</translation>
    </message>
    <message>
        <source>Third-Party Licences</source>
        <translation>第三方许可证</translation>
    </message>
    <message>
        <source>Annotator is built on this free software, with thanks. Qt and PySide6 are used under the GNU LGPL 3.0: their libraries sit in the app's folder as shared libraries, which you may replace with versions of your own.</source>
        <translation>Annotator 构建于以下自由软件之上，谨致谢意。Qt 和 PySide6 依 GNU LGPL 3.0 使用：它们的库以共享库的形式位于应用的文件夹中，您可以用自己的版本替换。</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>Rename transcript</source>
        <translation>重命名转录稿</translation>
    </message>
    <message>
        <source>Remove transcript</source>
        <translation>移除转录稿</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>移动编码</translation>
    </message>
    <message>
        <source>Code excerpt</source>
        <translation>编码摘录</translation>
    </message>
    <message>
        <source>Unmark illustrative</source>
        <translation>取消标记为示例摘录</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>删除参与者</translation>
    </message>
    <message>
        <source>Add code to theme</source>
        <translation>将编码加入主题</translation>
    </message>
    <message>
        <source>Remove code from theme</source>
        <translation>从主题移除编码</translation>
    </message>
    <message>
        <source>Relabel link</source>
        <translation>修改连线标签</translation>
    </message>
    <message>
        <source>Move code to theme</source>
        <translation>将编码移到主题</translation>
    </message>
    <message>
        <source>New theme “{name}”</source>
        <translation>新建主题“{name}”</translation>
    </message>
    <message>
        <source>Code {n} similar passages</source>
        <translation>编码 {n} 个相似段落</translation>
    </message>
    <message>
        <source>Mark not relevant</source>
        <translation>标记为不相关</translation>
    </message>
    <message>
        <source>Cannot redo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</source>
        <translation>无法重做“{step}”：此后另一个程序（例如 annotator 命令）更改了它涉及的内容；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot undo {step}: another program (such as the annotator command) has since changed what it touches; nothing was changed.</source>
        <translation>无法撤销“{step}”：此后另一个程序（例如 annotator 命令）更改了它涉及的内容；未做任何更改。</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>由另一个程序更改</translation>
    </message>
    <message>
        <source>“{file}” is not an OpenDocument text (it has no content); open it in LibreOffice, save it as .odt and try again.</source>
        <translation>“{file}”不是 OpenDocument 文本（没有内容）；请在 LibreOffice 中打开它，另存为 .odt 后重试。</translation>
    </message>
    <message>
        <source>“{file}” is an OpenDocument file but not a text document; open it in LibreOffice, copy the text into a new text document and import that.</source>
        <translation>“{file}”是 OpenDocument 文件，但不是文本文档；请在 LibreOffice 中打开它，把文字复制到新的文本文档中再导入。</translation>
    </message>
    <message>
        <source>“{file}” is damaged (its text cannot be read); open it in LibreOffice, save it again and try again.</source>
        <translation>“{file}”已损坏（无法读取其文字）；请在 LibreOffice 中打开并重新保存后重试。</translation>
    </message>
    <message>
        <source>“{file}” has no text in it, only images of pages (it is a scan); run text recognition (OCR) on it, or import a Word or text version instead.</source>
        <translation>“{file}”中没有文字，只有页面图像（是扫描件）；请先进行文字识别（OCR），或改为导入 Word 或文本版本。</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password; open it in a PDF viewer, save a copy without the password and import that.</source>
        <translation>“{file}”受密码保护；请在 PDF 阅读器中打开，保存一份不带密码的副本后再导入。</translation>
    </message>
    <message>
        <source>“{file}” has more than {limit} pages, far more than any transcript; split it and import the parts.</source>
        <translation>“{file}”超过 {limit} 页，远多于任何转录稿；请拆分后分别导入。</translation>
    </message>
    <message>
        <source>“{file}” holds far more text than any transcript; split it and import the parts.</source>
        <translation>“{file}”包含的文字远多于任何转录稿；请拆分后分别导入。</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not a PDF that can be read; open it in a PDF viewer, save or print it as PDF again, and try again.</source>
        <translation>“{file}”已损坏或不是可读取的 PDF；请在 PDF 阅读器中打开，重新保存或打印为 PDF 后重试。</translation>
    </message>
    <message>
        <source>“{file}” is nested far deeper than any real RTF document, so it was not read.</source>
        <translation>“{file}”的嵌套层级远深于任何真实的 RTF 文档，因此未读取。</translation>
    </message>
    <message>
        <source>“{name}” is a folder; give the name of a file to write.</source>
        <translation>“{name}”是一个文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist, so “{name}” was not written.</source>
        <translation>文件夹“{folder}”不存在，因此未写入“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” is the open project, one of its working files or a backup; an export never writes over those: choose another file name.</source>
        <translation>“{name}”是当前打开的项目、它的工作文件之一或一个备份；导出绝不会覆盖这些文件：请选择其他文件名。</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file, so nothing was written to it.</source>
        <translation>“{name}”不是普通文件，因此没有向其写入任何内容。</translation>
    </message>
    <message>
        <source>“{name}” is an Annotator project or a backup of one; an export never writes over those: choose another file name.</source>
        <translation>“{name}”是一个 Annotator 项目或其备份；导出绝不会覆盖这些文件：请选择其他文件名。</translation>
    </message>
    <message>
        <source>“{name}” was not written: the disk is full. Any earlier copy of it is untouched; make room and try again.</source>
        <translation>未写入“{name}”：磁盘已满。它之前的副本（如有）保持不变；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>“{name}” was not written: the folder “{folder}” cannot be written to. Any earlier copy of it is untouched; choose another folder.</source>
        <translation>未写入“{name}”：无法写入文件夹“{folder}”。它之前的副本（如有）保持不变；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>“{name}” was not written ({reason}). Any earlier copy of it is untouched.</source>
        <translation>未写入“{name}”（{reason}）。它之前的副本（如有）保持不变。</translation>
    </message>
    <message>
        <source>“{file}” is not a readable {kind} subtitle file ({reason}).</source>
        <translation>“{file}”不是可读取的 {kind} 字幕文件（{reason}）。</translation>
    </message>
    <message>
        <source>An agreement table can be written as .csv, .xlsx or .docx, not “{suffix}”.</source>
        <translation>一致性表格只能保存为 .csv、.xlsx 或 .docx，不能保存为“{suffix}”。</translation>
    </message>
    <message>
        <source>Choose codes other than the one to merge into.</source>
        <translation>请选择要合并到的编码以外的编码。</translation>
    </message>
    <message>
        <source>The consensus needs a coder name.</source>
        <translation>共识需要一个编码者名称。</translation>
    </message>
    <message>
        <source>That range is not inside the transcript.</source>
        <translation>该范围不在转录稿之内。</translation>
    </message>
    <message>
        <source>Merged from “{file}”: {counts}.</source>
        <translation>已从“{file}”合并：{counts}。</translation>
    </message>
    <message>
        <source>Merged from “{file}”: nothing new.</source>
        <translation>已从“{file}”合并：没有新内容。</translation>
    </message>
    <message>
        <source>Coders in the merged copy: {names}.</source>
        <translation>合并副本中的编码者：{names}。</translation>
    </message>
    <message>
        <source>1 coding was already here and was not added again.</source>
        <translation>1 处编码本来就在，未重复添加。</translation>
    </message>
    <message>
        <source>{n} codings were already here and were not added again.</source>
        <translation>{n} 处编码本来就在，未重复添加。</translation>
    </message>
    <message>
        <source>Code “{here}” is called “{there}” in the other copy; kept as one code, named “{here}”.</source>
        <translation>编码“{here}”在另一副本中名为“{there}”；已作为同一个编码保留，名称为“{here}”。</translation>
    </message>
    <message>
        <source>Transcript “{name}” has different text in the other copy (edited in one of them): its codings were not merged.</source>
        <translation>转录稿“{name}”在另一副本中的文本不同（其中一份被编辑过）：其编码未合并。</translation>
    </message>
    <message>
        <source>Transcript “{name}” has different text in the other copy: added as a separate transcript.</source>
        <translation>转录稿“{name}”在另一副本中的文本不同：已作为单独的转录稿添加。</translation>
    </message>
    <message>
        <source>Conflict: {what}</source>
        <translation>冲突：{what}</translation>
    </message>
    <message>
        <source>{n} attribute values</source>
        <translation>{n} 个属性值</translation>
    </message>
    <message>
        <source>1 attribute value</source>
        <translation>1 个属性值</translation>
    </message>
    <message>
        <source>the description of code “{name}” differs; this project's is kept.</source>
        <translation>编码“{name}”的描述不同；保留本项目的描述。</translation>
    </message>
    <message>
        <source>“{attribute}” of {name} is “{mine}” here and “{theirs}” in the other copy; “{kept}” is kept.</source>
        <translation>{name} 的“{attribute}”在此处为“{mine}”，在另一副本中为“{theirs}”；保留“{kept}”。</translation>
    </message>
    <message>
        <source>the definition of theme “{name}” differs; this project's is kept.</source>
        <translation>主题“{name}”的定义不同；保留本项目的定义。</translation>
    </message>
    <message>
        <source>a memo “{title}” differs from the one here on the same item; this project's is kept.</source>
        <translation>备忘录“{title}”与此处同一条目上的备忘录不同；保留本项目的备忘录。</translation>
    </message>
    <message>
        <source>Choose a code, a theme, an excerpt or some text first.</source>
        <translation>请先选择一个编码、主题、摘录或一段文本。</translation>
    </message>
    <message>
        <source>Choose one or more passages to code.</source>
        <translation>请选择一个或多个要编码的段落。</translation>
    </message>
    <message>
        <source>Choose one or more passages first.</source>
        <translation>请先选择一个或多个段落。</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>项目不能合并到其自身。</translation>
    </message>
    <message>
        <source>Merge “{name}”</source>
        <translation>合并“{name}”</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>请选择两位不同的编码者。</translation>
    </message>
    <message>
        <source>No coding in this project is by “{name}”.</source>
        <translation>本项目中没有“{name}”所做的编码。</translation>
    </message>
    <message>
        <source>Consensus decision</source>
        <translation>共识决定</translation>
    </message>
    <message>
        <source>Consensus: keep neither</source>
        <translation>共识：两者都不保留</translation>
    </message>
    <message>
        <source>Percent agreement (characters)</source>
        <translation>一致百分比（按字符）</translation>
    </message>
    <message>
        <source>Cohen's kappa (characters)</source>
        <translation>Cohen kappa（按字符）</translation>
    </message>
    <message>
        <source>Segment agreement (%)</source>
        <translation>片段一致率（%）</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (characters)</source>
        <translation>Krippendorff alpha（按字符）</translation>
    </message>
    <message>
        <source>How much two segments must overlap to agree</source>
        <translation>两个片段重叠多少才算一致</translation>
    </message>
    <message>
        <source>Save the table as CSV, Excel or Word</source>
        <translation>将表格保存为 CSV、Excel 或 Word</translation>
    </message>
    <message>
        <source>Coder A:</source>
        <translation>编码者 A：</translation>
    </message>
    <message>
        <source>Coder B:</source>
        <translation>编码者 B：</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>重叠：</translation>
    </message>
    <message>
        <source>Agreement by code and transcript</source>
        <translation>按编码和转录稿的一致性</translation>
    </message>
    <message>
        <source>Disagreements in the chosen cell</source>
        <translation>所选单元格中的分歧</translation>
    </message>
    <message>
        <source>Choose two coders: merge their copies of the project first (File &gt; Merge Project…).</source>
        <translation>请选择两位编码者：先合并他们的项目副本（文件 &gt; 合并项目…）。</translation>
    </message>
    <message>
        <source>All transcripts</source>
        <translation>全部转录稿</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部编码</translation>
    </message>
    <message>
        <source>{a} and {b}, all codes: {percent} of characters agree, kappa {kappa}; segments {segments} at {overlap} % overlap (Brennan-Prediger kappa {bp}); alpha {alpha}.</source>
        <translation>{a} 与 {b}，全部编码：{percent} 的字符一致，kappa {kappa}；重叠 {overlap}% 时片段一致率 {segments}（Brennan-Prediger kappa {bp}）；alpha {alpha}。</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>这里没有分歧。</translation>
    </message>
    <message>
        <source>Double-click to decide it in the comparison view</source>
        <translation>双击即可在比较视图中对其作出决定</translation>
    </message>
    <message>
        <source>only {coder}</source>
        <translation>仅 {coder}</translation>
    </message>
    <message>
        <source>different boundaries</source>
        <translation>边界不同</translation>
    </message>
    <message>
        <source>{project} agreement.xlsx</source>
        <translation>{project} 一致性.xlsx</translation>
    </message>
    <message>
        <source>Export agreement table</source>
        <translation>导出一致性表格</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;Word documents (*.docx)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>编码者间一致性</translation>
    </message>
    <message>
        <source>The table could not be exported ({error}).</source>
        <translation>无法导出表格（{error}）。</translation>
    </message>
    <message>
        <source>The coder name the consensus codings are recorded under</source>
        <translation>共识编码所记录的编码者名称</translation>
    </message>
    <message>
        <source>Consensus coder:</source>
        <translation>共识编码者：</translation>
    </message>
    <message>
        <source>The disagreement in its transcript</source>
        <translation>转录稿中的这处分歧</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>两者都保留(&amp;B)</translation>
    </message>
    <message>
        <source>Keep &amp;neither</source>
        <translation>两者都不保留(&amp;N)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Keep &amp;adjusted range</source>
        <translation>保留调整后的范围(&amp;A)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Keep {coder}'s (&amp;A)</source>
        <translation>保留 {coder} 的(&amp;A)</translation>
    </message>
    <message>
        <source>Keep {coder}'s (&amp;B)</source>
        <translation>保留 {coder} 的(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;span style="{a}"&gt;{coder_a}&lt;/span&gt; and &lt;span style="{b}"&gt;{coder_b}&lt;/span&gt;</source>
        <translation>&lt;span style="{a}"&gt;{coder_a}&lt;/span&gt; 与 &lt;span style="{b}"&gt;{coder_b}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{done} of {total} disagreements resolved</source>
        <translation>已解决 {done} / {total} 处分歧</translation>
    </message>
    <message>
        <source>No disagreements between these coders.</source>
        <translation>这两位编码者之间没有分歧。</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Disagreement {n} of {total} ({state}): “{code}” in {transcript}</source>
        <translation>第 {n} / {total} 处分歧（{state}）：{transcript} 中的“{code}”</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>范围的结束位置必须在开始位置之后。</translation>
    </message>
    <message>
        <source>Indexing transcripts: %v of %m</source>
        <translation>正在索引转录稿：第 %v 个，共 %m 个</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Stop indexing; it goes on after the next change.</source>
        <translation>停止索引；下次有改动时会继续。</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Similar passages</source>
        <translation>相似段落</translation>
    </message>
    <message>
        <source>Passages like the chosen text, uncoded first; press Enter on one to go to it.</source>
        <translation>与所选文本相似的段落，未编码的在前；在某一条上按 Enter 键可跳转到该处。</translation>
    </message>
    <message>
        <source>Double-click a passage or press Enter to go to it.</source>
        <translation>双击段落或按 Enter 键跳转到该处。</translation>
    </message>
    <message>
        <source>Code for the selected passages</source>
        <translation>用于所选段落的编码</translation>
    </message>
    <message>
        <source>Code selected</source>
        <translation>编码所选</translation>
    </message>
    <message>
        <source>Code the selected passages with the chosen code, as one step you can undo.</source>
        <translation>用所选编码为选中的段落编码，作为可撤销的一步。</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>不相关</translation>
    </message>
    <message>
        <source>Hide the selected passages from this code's suggestions; the project remembers.</source>
        <translation>在此编码的建议中隐藏所选段落；项目会记住。</translation>
    </message>
    <message>
        <source>with</source>
        <comment>Code selected with &lt;code&gt;</comment>
        <translation>使用</translation>
    </message>
    <message>
        <source>Indexing stopped; ask again to finish it and see the passages.</source>
        <translation>索引已停止；再次查询即可完成索引并查看段落。</translation>
    </message>
    <message>
        <source>Indexing transcripts; the passages follow.</source>
        <translation>正在索引转录稿；稍后显示段落。</translation>
    </message>
    <message>
        <source>Passages like the selection in “{name}”</source>
        <translation>与“{name}”中所选内容相似的段落</translation>
    </message>
    <message>
        <source>Passages like this excerpt of “{code}”</source>
        <translation>与“{code}”的这段摘录相似的段落</translation>
    </message>
    <message>
        <source>Passages like the theme “{name}”</source>
        <translation>与主题“{name}”相似的段落</translation>
    </message>
    <message>
        <source>Passages like the excerpts of “{code}”</source>
        <translation>与“{code}”的摘录相似的段落</translation>
    </message>
    <message>
        <source>Right-click a code, an excerpt or selected text and choose “Find similar passages”.</source>
        <translation>右键单击编码、摘录或选中的文本，然后选择“查找相似段落”。</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>No similar passages found.</source>
        <translation>未找到相似段落。</translation>
    </message>
    <message>
        <source>{n} passages not yet coded, then {m} already coded (✓).</source>
        <translation>{n} 个尚未编码的段落，其后是 {m} 个已编码的段落（✓）。</translation>
    </message>
    <message>
        <source>Add transcripts whose text differs as separate transcripts</source>
        <translation>将文本不同的转录稿作为单独的转录稿添加</translation>
    </message>
    <message>
        <source>Where values conflict, take the other copy's</source>
        <translation>值冲突时，采用另一副本的值</translation>
    </message>
    <message>
        <source>Codings keep their coder; what is already here is not added again. A report follows.</source>
        <translation>编码保留其编码者；已有的内容不会重复添加。完成后会显示报告。</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>Annotator projects and REFI-QDA projects (*.annotator *.qdpx)</source>
        <translation>Annotator 项目和 REFI-QDA 项目 (*.annotator *.qdpx)</translation>
    </message>
    <message>
        <source>Merged “{name}”</source>
        <translation>已合并“{name}”</translation>
    </message>
    <message>
        <source>Coder agreement</source>
        <translation>编码者一致性</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>比较编码者</translation>
    </message>
    <message>
        <source>A project can hold {limit} codings, and this would make {n}; nothing was added. Split the project (one per group of transcripts) to go on.</source>
        <translation>一个项目最多可容纳 {limit} 个编码，这样会达到 {n} 个；未添加任何内容。请拆分项目（每组转录稿一个）后继续。</translation>
    </message>
    <message>
        <source>“{file}” holds {n} characters, more than a transcript can ({limit}, some sixty hours of talk); split it into several files and import those.</source>
        <translation>“{file}”包含 {n} 个字符，超过转录稿的上限（{limit}，约六十小时的谈话）；请将其拆分为多个文件后再导入。</translation>
    </message>
    <message>
        <source>“{file}” holds {n} codings, more than a project can ({limit}); import its transcripts in parts, or export it again with fewer codings.</source>
        <translation>“{file}”包含 {n} 个编码，超过项目的上限（{limit}）；请分批导入其转录稿，或以更少的编码重新导出。</translation>
    </message>
    <message>
        <source>“{name}”: it holds {n} characters, more than a transcript can ({limit}), so it and its codings were left out.</source>
        <translation>“{name}”：它包含 {n} 个字符，超过转录稿的上限（{limit}），因此它及其编码未被导入。</translation>
    </message>
    <message>
        <source>“{name}” is the same file as “{other}” (a hard link to it), which is open now; open it as “{other}”, or close it there first: two names for one project would each keep their own changes and lose the other's.</source>
        <translation>“{name}”与已打开的“{other}”是同一个文件（指向它的硬链接）；请以“{other}”打开，或先在那里关闭：同一项目的两个名字会各自保存更改，并丢失对方的更改。</translation>
    </message>
    <message>
        <source>Saved {path} ({rows} × {columns})</source>
        <translation>已保存 {path}（{rows} × {columns}）</translation>
    </message>
    <message>
        <source>{codings} in {transcripts}</source>
        <translation>{transcripts}中的 {codings}</translation>
    </message>
    <message>
        <source>Give either --occurrence N or --all, not both.</source>
        <translation>请给出 --occurrence N 或 --all，不能同时给出。</translation>
    </message>
    <message>
        <source>--occurrence and --all go with --replace.</source>
        <translation>--occurrence 和 --all 需与 --replace 一起使用。</translation>
    </message>
    <message>
        <source>Replaced {what} in “{source}”.</source>
        <translation>已在“{source}”中替换 {what}。</translation>
    </message>
    <message>
        <source>1 occurrence of “{old}”</source>
        <translation>1 处“{old}”</translation>
    </message>
    <message>
        <source>{n} occurrences of “{old}”</source>
        <translation>{n} 处“{old}”</translation>
    </message>
    <message>
        <source>Edited “{source}” at character {start}.</source>
        <translation>已在“{source}”的字符位置 {start} 处编辑。</translation>
    </message>
    <message>
        <source>Say what to replace: --replace OLD NEW with OLD not empty.</source>
        <translation>请说明要替换的内容：--replace OLD NEW，其中 OLD 不能为空。</translation>
    </message>
    <message>
        <source>--occurrence counts from 1.</source>
        <translation>--occurrence 从 1 开始计数。</translation>
    </message>
    <message>
        <source>“{old}” does not occur in “{source}”; nothing was changed.</source>
        <translation>“{source}”中没有“{old}”；未做任何更改。</translation>
    </message>
    <message>
        <source>“{old}” occurs once in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</source>
        <translation>“{old}”在“{source}”中只出现 1 次，因此无法替换第 {n} 处；未做任何更改。</translation>
    </message>
    <message>
        <source>“{old}” occurs {found} times in “{source}”, so occurrence {n} cannot be replaced; nothing was changed.</source>
        <translation>“{old}”在“{source}”中只出现 {found} 次，因此无法替换第 {n} 处；未做任何更改。</translation>
    </message>
    <message>
        <source>Say where to edit with --at START (characters from 0).</source>
        <translation>请用 --at START 说明编辑位置（字符位置从 0 开始）。</translation>
    </message>
    <message>
        <source>--at and --delete count characters: they cannot be negative.</source>
        <translation>--at 和 --delete 以字符计数：不能为负数。</translation>
    </message>
    <message>
        <source>Say what to change at {start}: --delete N and/or --insert TEXT.</source>
        <translation>请说明在位置 {start} 处要做的更改：--delete N 和/或 --insert TEXT。</translation>
    </message>
    <message>
        <source>1 coding moved or grew with the text</source>
        <translation>1 处编码随文本移动或扩展</translation>
    </message>
    <message>
        <source>{n} codings moved or grew with the text</source>
        <translation>{n} 处编码随文本移动或扩展</translation>
    </message>
    <message>
        <source>1 coding shrank ({codings})</source>
        <translation>1 处编码缩小（{codings}）</translation>
    </message>
    <message>
        <source>{n} codings shrank ({codings})</source>
        <translation>{n} 处编码缩小（{codings}）</translation>
    </message>
    <message>
        <source>1 coding went, all its words deleted ({codings}); undo brings it back</source>
        <translation>1 处编码因文字全部被删除而移除（{codings}）；撤销即可恢复</translation>
    </message>
    <message>
        <source>{n} codings went, all their words deleted ({codings}); undo brings them back</source>
        <translation>{n} 处编码因文字全部被删除而移除（{codings}）；撤销即可恢复</translation>
    </message>
    <message>
        <source>No coding changed.</source>
        <translation>没有编码发生变化。</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}。</translation>
    </message>
    <message>
        <source>“{code}”</source>
        <translation>“{code}”</translation>
    </message>
    <message>
        <source>and {more}</source>
        <translation>另外 {more}</translation>
    </message>
    <message>
        <source>“{name}” has {problems}: {list}</source>
        <translation>“{name}”存在 {problems}：{list}</translation>
    </message>
    <message>
        <source>“{name}” is sound: the database passes SQLite's integrity check, its 1 coding lies inside its transcript and nothing points at something that no longer exists.</source>
        <translation>“{name}”完好：数据库通过了 SQLite 完整性检查，其 1 处编码位于其转录稿之内，也没有任何内容指向已不存在的对象。</translation>
    </message>
    <message>
        <source>“{name}” is sound: the database passes SQLite's integrity check, all {n} codings lie inside their transcripts and nothing points at something that no longer exists.</source>
        <translation>“{name}”完好：数据库通过了 SQLite 完整性检查，全部 {n} 处编码都位于各自的转录稿之内，也没有任何内容指向已不存在的对象。</translation>
    </message>
    <message>
        <source>Replaced {occurrences} in {transcripts} and {memos}; every coding still covers the same words.</source>
        <translation>已在 {transcripts}和 {memos}中替换 {occurrences}；每处编码仍覆盖相同的文字。</translation>
    </message>
    <message>
        <source>1 coding that would have covered nothing was removed.</source>
        <translation>已删除 1 处将不覆盖任何内容的编码。</translation>
    </message>
    <message>
        <source>{n} codings that would have covered nothing were removed.</source>
        <translation>已删除 {n} 处将不覆盖任何内容的编码。</translation>
    </message>
    <message>
        <source>The original Word files of changed transcripts now hold the pseudonyms too, or were removed where a name would have stayed.</source>
        <translation>被修改的转录稿的原始 Word 文件现在也已换成化名；仍会留有姓名的原始文件则已被移除。</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>已将“{old}”重命名为“{new}”。</translation>
    </message>
    <message>
        <source>Removing “{name}”: {what}</source>
        <translation>正在移除“{name}”：{what}</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>未移除任何内容。</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>已移除“{name}”。</translation>
    </message>
    <message>
        <source>Saved {path} ({excerpts})</source>
        <translation>已保存 {path}（{excerpts}）</translation>
    </message>
    <message>
        <source>The Word document has no paragraph to hold the text.</source>
        <translation>Word 文档中没有可容纳该文本的段落。</translation>
    </message>
    <message>
        <source>The edit reaches past the end of the Word document's text.</source>
        <translation>此编辑超出了 Word 文档文本的末尾。</translation>
    </message>
    <message>
        <source>The new text holds a control character that a Word document cannot hold.</source>
        <translation>新文本包含 Word 文档无法容纳的控制字符。</translation>
    </message>
    <message>
        <source>This edit cannot be made faithfully in the Word document, so it was not made.</source>
        <translation>此编辑无法在 Word 文档中如实完成，因此未执行。</translation>
    </message>
    <message>
        <source>This text is the result of a field (a page number, a date or a citation) in the Word document, which Word would write over; edit it in Word.</source>
        <translation>这段文字是 Word 文档中域（页码、日期或引文）的结果，Word 会将其覆盖；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This text is an equation in the Word document; edit it in Word.</source>
        <translation>这段文字是 Word 文档中的公式；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This text is a phonetic guide or an alternative rendering in the Word document; edit it in Word.</source>
        <translation>这段文字是 Word 文档中的拼音指南或替代显示内容；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This text is in a text box of the Word document; edit it in Word.</source>
        <translation>这段文字位于 Word 文档的文本框中；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This text is in a merged table cell of the Word document; edit it in Word.</source>
        <translation>这段文字位于 Word 文档的合并单元格中；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This paragraph holds a page or column break in the Word document; edit it in Word.</source>
        <translation>此段落包含 Word 文档中的分页符或分栏符；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>This text is bound to data stored in the Word document (a content control), which Word would write over; edit it in Word.</source>
        <translation>这段文字绑定到 Word 文档中存储的数据（内容控件），Word 会将其覆盖；请在 Word 中编辑。</translation>
    </message>
    <message>
        <source>These paragraphs are in different table cells or parts of the Word document, so they cannot be joined.</source>
        <translation>这些段落位于 Word 文档的不同单元格或不同部分中，因此无法合并。</translation>
    </message>
    <message>
        <source>Say what to find.</source>
        <translation>请说明要查找的内容。</translation>
    </message>
    <message>
        <source>Edits of one transcript may not overlap.</source>
        <translation>对同一份转录稿的编辑不能相互重叠。</translation>
    </message>
    <message>
        <source>The edit reaches past the end of the transcript ({length} characters).</source>
        <translation>此编辑超出了转录稿的末尾（共 {length} 个字符）。</translation>
    </message>
    <message>
        <source>The text holds a control character; type or paste plain text.</source>
        <translation>文本包含控制字符；请输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>This Word transcript cannot be edited here yet: its original could not follow the edit.</source>
        <translation>暂时无法在此编辑这份 Word 转录稿：其原始文件无法随之修改。</translation>
    </message>
    <message>
        <source>Edit transcript text</source>
        <translation>编辑转录稿文本</translation>
    </message>
    <message>
        <source>Replace “{old}” with “{new}”</source>
        <translation>将“{old}”替换为“{new}”</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <source>1 file could not be imported:</source>
        <translation>1 个文件无法导入：</translation>
    </message>
    <message>
        <source>{n} files could not be imported:</source>
        <translation>{n} 个文件无法导入：</translation>
    </message>
    <message>
        <source>Imported 1 transcript. </source>
        <translation>已导入 1 份转录稿。</translation>
    </message>
    <message>
        <source>Imported {n} transcripts. </source>
        <translation>已导入 {n} 份转录稿。</translation>
    </message>
    <message>
        <source>Remove the transcript “{name}” from the project?</source>
        <translation>要从项目中移除转录稿“{name}”吗？</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>“编辑 &gt; 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>One coder</source>
        <translation>一位编码者</translation>
    </message>
    <message>
        <source>Compare two coders</source>
        <translation>比较两位编码者</translation>
    </message>
    <message>
        <source>Coders shown</source>
        <translation>显示的编码者</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>第二位编码者</translation>
    </message>
    <message>
        <source>and</source>
        <translation>与</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>编码者(&amp;O)：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Margin: {a} left, {b} right</source>
        <translation>边栏：左侧 {a}，右侧 {b}</translation>
    </message>
    <message>
        <source>In the margin, {a}'s stripes are the left group of columns and {b}'s the right group, by the text.</source>
        <translation>在边栏中，{a} 的色带是左边一组，{b} 的色带是靠近正文的右边一组。</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>编辑模式</translation>
    </message>
    <message>
        <source>Editing the text — codings follow your changes. Ctrl+E ends editing.</source>
        <translation>正在编辑文本——编码会随您的修改调整。按 Ctrl+E 结束编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) went with the deleted text: {codes}. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n 处编码随删除的文本一并移除：{codes}。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit mode: type to correct the transcript; codings follow the text.</source>
        <translation>编辑模式：直接输入即可修改转录稿；编码随文本调整。</translation>
    </message>
    <message>
        <source>Edit mode ended.</source>
        <translation>编辑模式已结束。</translation>
    </message>
</context>
</TS>