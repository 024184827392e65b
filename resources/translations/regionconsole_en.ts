<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BurstStatus</name>
    <message numerus="yes">
        <source>Sending %n call(s)…</source>
        <translation>
            <numerusform>Sending %n call…</numerusform>
            <numerusform>Sending %n calls…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (not re-sent)</source>
        <translation>
            <numerusform>, %n failed (not re-sent)</numerusform>
            <numerusform>, %n failed (not re-sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n not sent (cancelled)</numerusform>
            <numerusform>, %n not sent (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rate-limited answer(s), waited %1 s</source>
        <translation>
            <numerusform>, %n rate-limited answer, waited %1 s</numerusform>
            <numerusform>, %n rate-limited answers, waited %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDiff</name>
    <message numerus="yes">
        <source>Call #%1 (left) and call #%2 (right): %n difference(s)</source>
        <translation>
            <numerusform>Call #%1 (left) and call #%2 (right): %n difference</numerusform>
            <numerusform>Call #%1 (left) and call #%2 (right): %n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n difference(s) marked ≠.</source>
        <translation>
            <numerusform>%n difference marked ≠.</numerusform>
            <numerusform>%n differences marked ≠.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message numerus="yes">
        <source>Added %n mismatch example(s) to the sandbox&apos;s workspaces.</source>
        <translation>
            <numerusform>Added %n mismatch example to the sandbox&apos;s workspaces.</numerusform>
            <numerusform>Added %n mismatch examples to the sandbox&apos;s workspaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetCheckDialog</name>
    <message numerus="yes">
        <source>%n workspace(s) to check.</source>
        <translation>
            <numerusform>%n workspace to check.</numerusform>
            <numerusform>%n workspaces to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n workspace(s).</source>
        <translation>
            <numerusform>Cancelled after %n workspace.</numerusform>
            <numerusform>Cancelled after %n workspaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) checked.</source>
        <translation>
            <numerusform>%n workspace checked.</numerusform>
            <numerusform>%n workspaces checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with Pipelines sources only, not checked.</source>
        <translation>
            <numerusform>%n workspace with Pipelines sources only, not checked.</numerusform>
            <numerusform>%n workspaces with Pipelines sources only, not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogInspectorActions</name>
    <message numerus="yes">
        <source>Imported %n call(s) as read-only rows</source>
        <translation>
            <numerusform>Imported %n call as a read-only row</numerusform>
            <numerusform>Imported %n calls as read-only rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stored call(s) that match the filters?</source>
        <translation>
            <numerusform>Delete the %n stored call that matches the filters?</numerusform>
            <numerusform>Delete the %n stored calls that match the filters?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n matching call(s) from the request log.</source>
        <translation>
            <numerusform>Deleted %n matching call from the request log.</numerusform>
            <numerusform>Deleted %n matching calls from the request log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message numerus="yes">
        <source>%n stored call(s) are deleted from %1, calls sent from the command line included. This cannot be undone.</source>
        <translation>
            <numerusform>%n stored call is deleted from %1, calls sent from the command line included. This cannot be undone.</numerusform>
            <numerusform>%n stored calls are deleted from %1, calls sent from the command line included. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) as %1 to %2.</source>
        <translation>
            <numerusform>Exported %n call as %1 to %2.</numerusform>
            <numerusform>Exported %n calls as %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <source>%n call(s) passed through a host outside the account&apos;s region.</source>
        <translation>
            <numerusform>%n call passed through a host outside the account&apos;s region.</numerusform>
            <numerusform>%n calls passed through a host outside the account&apos;s region.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were refused by the host of the other region.</source>
        <translation>
            <numerusform>%n call were refused by the host of the other region.</numerusform>
            <numerusform>%n calls were refused by the host of the other region.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) in the saved report.</source>
        <translation>
            <numerusform>%n more call in the saved report.</numerusform>
            <numerusform>%n more calls in the saved report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) went to a host that is not Customer.io&apos;s (the built-in sandbox, or another endpoint table); they are counted above by the region the console&apos;s endpoint table gave that host.</source>
        <translation>
            <numerusform>%n call went to a host that is not Customer.io&apos;s (the built-in sandbox, or another endpoint table); it is counted above by the region the console&apos;s endpoint table gave that host.</numerusform>
            <numerusform>%n calls went to a host that is not Customer.io&apos;s (the built-in sandbox, or another endpoint table); they are counted above by the region the console&apos;s endpoint table gave that host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message numerus="yes">
        <source>%n of the report&apos;s first rows are no longer in the request log (retention)</source>
        <translation>
            <numerusform>%n of the report&apos;s first rows is no longer in the request log (retention)</numerusform>
            <numerusform>%n of the report&apos;s first rows are no longer in the request log (retention)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidencyReportDialog</name>
    <message numerus="yes">
        <source>%n call(s); digest %1</source>
        <translation>
            <numerusform>%n call; digest %1</numerusform>
            <numerusform>%n calls; digest %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackClient</name>
    <message numerus="yes">
        <source>%n operation(s) of this call failed:</source>
        <translation>
            <numerusform>%n operation of this call failed:</numerusform>
            <numerusform>%n operations of this call failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>network error from %1: broken answer, HTTP %2, then %3 after %n byte(s) of the body</source>
        <translation>
            <numerusform>network error from %1: broken answer, HTTP %2, then %3 after %n byte of the body</numerusform>
            <numerusform>network error from %1: broken answer, HTTP %2, then %3 after %n bytes of the body</numerusform>
        </translation>
    </message>
</context>
</TS>
