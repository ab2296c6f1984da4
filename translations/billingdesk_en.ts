<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>billing::ActivationPage</name>
    <message>
        <source>Billing Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: your first workspace and how it is paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace language: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace language: English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language cannot be changed after the workspace is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Billing Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the terms of service for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create the %1 Billing Center account, with the same username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to %1 in %2 first: its page then shows a claim code. Paste the code here; Activate claims the subscription for your account and settles the workspace through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityCache</name>
    <message>
        <source>Cannot write the offline copy of the activity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the activity %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of events is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period has no valid start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has an invalid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityExportController</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ActivityExportDialog</name>
    <message>
        <source>Export Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both days are included, in this computer&apos;s time zone, as on the Activity tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data: the events come from the copy synced %1 ago (%2). Events since then are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the activity from the Billing Center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n event(s)…</source>
        <translation>
            <numerusform>Writing %n event…</numerusform>
            <numerusform>Writing %n events…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ActivityFilterBar</name>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityPeriod</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityQuery</name>
    <message>
        <source>Choose who made the changes from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityReader</name>
    <message numerus="yes">
        <source>%n event(s) in an unknown form could not be read and are not in the export.</source>
        <translation>
            <numerusform>%n event in an unknown form could not be read and are not in the export.</numerusform>
            <numerusform>%n events in an unknown form could not be read and are not in the export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline copy of the activity: export it once while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Using the offline copy of the activity synced %1 ago (%2): %n event(s) in this period; events since then are not included.</source>
        <translation>
            <numerusform>Using the offline copy of the activity synced %1 ago (%2): %n event in this period; events since then are not included.</numerusform>
            <numerusform>Using the offline copy of the activity synced %1 ago (%2): %n events in this period; events since then are not included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts of this period were never read from the server in full, so some of their events may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ActivityTab</name>
    <message>
        <source>&amp;Show workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of settlement or status of this account&apos;s workspaces, newest first: who made it and why. Double-click an event to show its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event&apos;s workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this event&apos;s workspace in the Workspaces tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) listed.</source>
        <translation>
            <numerusform>%n event listed.</numerusform>
            <numerusform>%n events listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n event(s) that could not be read.</source>
        <translation>
            <numerusform>Left out %n event that could not be read.</numerusform>
            <numerusform>Left out %n events that could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::AliyunIds</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits 0-9 only, without spaces or other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Alibaba Cloud Account ID has 16 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RAM account is written as name@UID; the name before @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Product Instance ID is a positive number and does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Product Instance ID has at most 19 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large to be a Product Instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Huawei Cloud Account ID uses the letters a-f and digits 0-9 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Huawei Cloud Account ID has 32 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 64 letters, digits, &apos;-&apos; or &apos;_&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure subscription ID looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (digits and a-f).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ApplyCommand</name>
    <message>
        <source>Apply a plan file (JSON or CSV export format) to the workspaces on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one plan file: billing-desk apply PLAN --server URL --username NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n problem(s); nothing was applied.</source>
        <translation>
            <numerusform>The plan has %n problem; nothing was applied.</numerusform>
            <numerusform>The plan has %n problems; nothing was applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) would be applied, </source>
        <translation>
            <numerusform>Dry run: %n change would be applied, </numerusform>
            <numerusform>Dry run: %n changes would be applied, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged. Nothing was applied.</source>
        <translation>
            <numerusform>%n row unchanged. Nothing was applied.</numerusform>
            <numerusform>%n rows unchanged. Nothing was applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied, </source>
        <translation>
            <numerusform>%n applied, </numerusform>
            <numerusform>%n applied, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected, </source>
        <translation>
            <numerusform>%n rejected, </numerusform>
            <numerusform>%n rejected, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not confirmed: </source>
        <translation>
            <numerusform>%n change was not confirmed: </numerusform>
            <numerusform>%n changes were not confirmed: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::AuditCommand</name>
    <message numerus="yes">
        <source>Start of the period, included: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: %n day(s) before the end.</source>
        <translation>
            <numerusform>Start of the period, included: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: %n day before the end.</numerusform>
            <numerusform>Start of the period, included: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: %n days before the end.</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the period, excluded: RFC 3339 or YYYY-MM-DD (00:00 UTC). Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of: user, marketplace, system, user:NAME or marketplace:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Give RFC 3339 (2026-11-01T08:00:00Z) or a date (2026-11-01, meaning 00:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty: --since (%1) must be earlier than --until (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a workspace ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actor: give user, marketplace, system, user:NAME or marketplace:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: give one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of the period %1 – %2 to %3.</source>
        <translation>
            <numerusform>Exported %n event of the period %1 – %2 to %3.</numerusform>
            <numerusform>Exported %n events of the period %1 – %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the account&apos;s activity of a period to a CSV, JSON or Excel (.xlsx) file for auditors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BasicInfoPage</name>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: your site and how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is where your data lives; it cannot move later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-32 letters, digits, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+86 138 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sandbox mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sends no real e-mail: find the code in its mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend in %n s</source>
        <translation>
            <numerusform>Resend in %n s</numerusform>
            <numerusform>Resend in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BillCache</name>
    <message>
        <source>The offline copy of the bill %1 could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the bill %1 (%2) cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds another month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bill line has a bad %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BillExportController</name>
    <message numerus="yes">
        <source>Exported the bill %1 (%n line(s), total %2 %3) to %4.</source>
        <translation>
            <numerusform>Exported the bill %1 (%n line, total %2 %3) to %4.</numerusform>
            <numerusform>Exported the bill %1 (%n lines, total %2 %3) to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::BillExportDialog</name>
    <message>
        <source>Export Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bill line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing days are Beijing-time days. Grouped rows end with a total row; every total is the sum of the lines&apos; amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data: the bill comes from the copy synced %1 ago (%2). Days settled since then are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline copy of the bill %1: export it once while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bill from the Billing Center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bill line(s)…</source>
        <translation>
            <numerusform>Writing %n bill line…</numerusform>
            <numerusform>Writing %n bill lines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::BillReader</name>
    <message numerus="yes">
        <source>%n bill line(s) in an unknown form could not be read and are not in the export.</source>
        <translation>
            <numerusform>%n bill line in an unknown form could not be read and are not in the export.</numerusform>
            <numerusform>%n bill lines in an unknown form could not be read and are not in the export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline copy of the bill %1: export it once while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the offline copy of the bill %1 synced %2 ago (%3): days settled since then are not included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BillSheet</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BillsCommand</name>
    <message>
        <source>Show or export one month&apos;s bill: per payer, item, site, workspace or line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing month (Beijing time), e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per payer (default), item, site or workspace, with a total row; or one row per bill line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced atomically). Default: standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the server: use the last synced copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month: --month YYYY-MM (e.g. --month 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month. Give YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: give one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write: --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the bill %1 (%n line(s), total %2 %3) to %4.</source>
        <translation>
            <numerusform>Exported the bill %1 (%n line, total %2 %3) to %4.</numerusform>
            <numerusform>Exported the bill %1 (%n lines, total %2 %3) to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (aligned text, default), csv, json or xlsx (an Excel workbook; needs --output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: give table, csv, json or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook, not text: name the file with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BindingText</name>
    <message>
        <source>Account ID %1, Product Instance ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID %1, Instance ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ChangeJournal</name>
    <message>
        <source>The journal of staged changes is damaged or from another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved journal to extend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ChangeSettlementDialog</name>
    <message>
        <source>Change settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why workspaces cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the change to the staged changes; nothing is sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change to the Billing Center now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: a settlement change unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock pending: the marketplace subscription has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workspaces on one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workspaces on %2 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot change to this method (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the workspaces can change to this method (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid Account ID and Product Instance ID to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply now to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage change for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid Account ID and Instance ID to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimCode</name>
    <message>
        <source>Enter the claim code the marketplace page showed (XXXX-XXXX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim codes never contain 0, O, 1 or I; check the character “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be part of a claim code: use the letters and digits shown on the marketplace page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim code has 8 characters (XXXX-XXXX).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimController</name>
    <message>
        <source>Too many wrong claim codes. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong claim codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong claim codes. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong claim codes. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This claim code is wrong, used or expired. Check it on the marketplace page, or subscribe again there for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind to my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind marketplace subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you subscribe on AWS Marketplace or Azure Marketplace, its page shows a claim code. Enter the code here to make the subscription yours; workspaces can then be settled through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;binding again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding the subscription to your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the code up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscription %2 is now yours; bind workspaces to it in Change settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimLink</name>
    <message>
        <source>This is not a Billing Desk link (billingdesk://claim?…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Billing Desk link asks for something this version does not know. Only claim links (billingdesk://claim?…) are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not name a valid Billing Center address. Copy the claim code from the marketplace page and paste it into Workspace → Bind marketplace subscription… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s claim code is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimLinkPrompts</name>
    <message>
        <source>Claim link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim link for another Billing Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim link comes from the Billing Center at %1, but you are signed in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was created on %1; to bind it, sign in there. Sending the code to %2 instead will most likely be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClaimedSubscriptions</name>
    <message>
        <source>the account&apos;s marketplace subscriptions were not read from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CliProfileSource</name>
    <message>
        <source>Warning: the offline copy was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (--offline).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CliWorkspaceSource</name>
    <message>
        <source>There is no offline copy of the workspaces of %1 on %2: run the command once while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Using the offline copy of %n workspace(s) synced %1 ago (%2); changes made on the server since then are not included.</source>
        <translation>
            <numerusform>Using the offline copy of %n workspace synced %1 ago (%2); changes made on the server since then are not included.</numerusform>
            <numerusform>Using the offline copy of %n workspaces synced %1 ago (%2); changes made on the server since then are not included.</numerusform>
        </translation>
    </message>
    <message>
        <source>the offline copy does not hold the account&apos;s marketplace subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ClientError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Billing Center could not be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed for servers outside this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center sent an answer that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password, or the session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. It may have been deleted, or it belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this workspace in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement method can change once per calendar month; the next change is allowed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement method can change once per calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settlement method is not offered on the workspace&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace settled by a live cloud subscription can only go back to the Billing Center account, not to another cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already sent with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center does not support this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marketplace instance was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketplace subscription has this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marketplace subscription is not active: it is not confirmed yet, has expired or was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marketplace subscription belongs to another cloud account, or was not claimed by this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim code is wrong, was already used or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center redirected the request to another server (%1). Billing Desk did not follow it, so your session was not sent there. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center&apos;s answer was larger than the limit of %1 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list from the Billing Center did not end after %1 pages; Billing Desk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy is too old to update; all workspaces are loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CommandLineLanguage</name>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CorporatePage</name>
    <message>
        <source>Corporate information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: who the account belongs to. Going on creates the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on your invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the &lt;a href=&quot;%1&quot;&gt;%2 terms of service&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and &amp;accept the terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CostItemNames</name>
    <message>
        <source>Billing Center wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the date format of a month&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CostsTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter workspaces by name or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s)</source>
        <translation>
            <numerusform>%1 of %n workspace</numerusform>
            <numerusform>%1 of %n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the costs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day of this month is settled yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CredentialResult</name>
    <message>
        <source>The system keychain holds no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service on D-Bus): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (is it locked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::CredentialStore</name>
    <message>
        <source>Cannot use the system keychain for &quot;%1&quot;: it needs a user name and an http(s) server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::DailyCostChart</name>
    <message>
        <source>Cost per day, by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (day: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::DayLinesView</name>
    <message>
        <source>Bill lines of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day in the chart to see its bill lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bill lines of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill lines of %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bill line(s) of %1, %2 in all.</source>
        <translation>
            <numerusform>%n bill line of %1, %2 in all.</numerusform>
            <numerusform>%n bill lines of %1, %2 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::DesktopApplication</name>
    <message>
        <source>Billing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox Billing Center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::DesktopOptions</name>
    <message>
        <source>Billing Desk: workspace settlement for billing administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center to use (default: start the local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the registration wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language %1; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A billingdesk://claim link to open (a marketplace subscription to bind).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: your account and workspace are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to %1. This is what was created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, language: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, with the same username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the %1 Billing Center at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; as %3 with the password you chose to see detailed bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Billing Desk as %1 with the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the local sandbox at %1: nothing is charged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::EventDescriptions</name>
    <message>
        <source>a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account recharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock date reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketplace subscription claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existed before the history began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locks on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud account %1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::EventTableModel</name>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n workspace(s) to %1.</source>
        <translation>
            <numerusform>Exported %n workspace to %1.</numerusform>
            <numerusform>Exported %n workspaces to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every workspace to a JSON, CSV or Excel (.xlsx) file (works offline from the last sync).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ExportDialog</name>
    <message>
        <source>Export Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All workspaces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected workspaces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces in the &amp;filtered view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data: these workspaces come from the copy synced %1 ago (%2). Changes made on the server since then are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n workspace(s)…</source>
        <translation>
            <numerusform>Exporting %n workspace…</numerusform>
            <numerusform>Exporting %n workspaces…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::ExportFileFields</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ExportFileOptions</name>
    <message>
        <source>The file to write (replaced atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the server: export the last synced copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write: --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: json, csv or xlsx (an Excel workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the format: --format json, csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ExportStatusArea</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::FilterBar</name>
    <message>
        <source>&amp;Staged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, workspace ID, Account ID or Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show staged workspaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::KeychainSession</name>
    <message>
        <source>No password for %1 is stored in the system keychain. Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::LanguagePage</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::LoginCommand</name>
    <message>
        <source>Verify the password with the Billing Center and keep it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is never taken as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) on %3; the password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::LoginDialog</name>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keychain for the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a commercial &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a commercial account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running in this session; choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password for this user is kept in the system keychain: leave the password empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear “Remember me” to log in without keeping the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open the &amp;offline copy (%n workspace(s), synced %1 ago)</source>
        <translation>
            <numerusform>Open the &amp;offline copy (%n workspace, synced %1 ago)</numerusform>
            <numerusform>Open the &amp;offline copy (%n workspaces, synced %1 ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::LogoutCommand</name>
    <message>
        <source>End the stored session; with --forget also remove the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1; the stored password was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MailboxModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MainWindow</name>
    <message>
        <source>%1 – %2 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staged changes of the last session cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 desktop client, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (the Staged change column says why)</source>
        <translation>
            <numerusform>%n rejected (the Staged change column says why)</numerusform>
            <numerusform>%n rejected (the Staged change column says why)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy: the Billing Center could not be reached. Nothing can be applied until you log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every staged change could be applied. The others stay staged: apply again when the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is not in the table: it may have been created after the last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is too old to be brought up to date; every workspace is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %Ln workspace(s) received: they are up to date in the table, the others as of the last sync.</source>
        <translation>
            <numerusform>Sync stopped after %Ln workspace received: they are up to date in the table, the others as of the last sync.</numerusform>
            <numerusform>Sync stopped after %Ln workspaces received: they are up to date in the table, the others as of the last sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %Ln workspace(s) received: the table shows only those.</source>
        <translation>
            <numerusform>Sync stopped after %Ln workspace received: the table shows only those.</numerusform>
            <numerusform>Sync stopped after %Ln workspaces received: the table shows only those.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::MainWindowActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a new account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a test account on the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply staged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-stage &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind marketplace subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim an AWS or Azure Marketplace subscription with the code its page showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox &amp;markets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox m&amp;ailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MainWindowCommands</name>
    <message>
        <source>Nothing to stage: the workspaces already have this settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now %2 on the server, you want %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-stage conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) changed on the server after you staged them.</source>
        <translation>
            <numerusform>%n workspace changed on the server after you staged them.</numerusform>
            <numerusform>%n workspaces changed on the server after you staged them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-staging keeps your targets and starts from the server&apos;s current values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged changes from the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staged change(s) from your last session were not applied.</source>
        <translation>
            <numerusform>%n staged change from your last session was not applied.</numerusform>
            <numerusform>%n staged changes from your last session were not applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of them were being sent when the application stopped; restoring sends those again first, so none is applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace subscription bound to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json *.csv *.txt *.xlsx);;JSON (*.json);;CSV or Unicode text (*.csv *.txt);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceBindingController</name>
    <message>
        <source>No instance %1 was found for Account ID %2. Check both IDs, or activate the product in the marketplace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox market activated instance %1 for this Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 is %2, but it belongs to another %3 account, not to Account ID %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 is %2 and belongs to this Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 belongs to this Account ID but is %2: only an opened instance can settle a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceBindingWidget</name>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate in the &amp;sandbox market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Alibaba Cloud &amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Alibaba Cloud Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I find these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Billing Center whether this instance exists, is opened and belongs to this Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate in the sandbox market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 in Huawei Cloud KooGallery first, then enter your Huawei Cloud Account ID and the instance ID of that purchase here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 characters, 0-9 and a-f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooGallery Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1 on Alibaba Cloud Market first, then enter the IDs of that purchase here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits, or name@UID of a RAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6227091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Billing Center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceHelpDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MarketplaceHelpText</name>
    <message>
        <source>How do I find these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens then:&lt;/b&gt; the %1 Billing Center unbinds every workspace settled through this subscription and switches it to the %1 Billing Center account. You receive an email listing them, and each workspace&apos;s history records the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the subscription in Billing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you subscribe, the marketplace sends you to the %1 page, which shows a &lt;b&gt;claim code&lt;/b&gt; (XXXX-XXXX, valid for 30 minutes, used once) and a link that opens Billing Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the link, or paste the code in &lt;b&gt;Workspace → Bind marketplace subscription…&lt;/b&gt; (or in the registration&apos;s claim code field). The subscription then belongs to your account and can settle any number of workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1 on Alibaba Cloud Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;%1&quot;&gt;Alibaba Cloud Market&lt;/a&gt; and click &lt;b&gt;Activate Now&lt;/b&gt; on the %2 product page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When asked to &lt;b&gt;activate the pay-as-you-go service&lt;/b&gt;, agree to the terms and click &lt;b&gt;Activate&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Activation Request Submitted&lt;/b&gt; is shown. Click &lt;b&gt;Confirm&lt;/b&gt;: the cloud market shows your activated %1 instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;https://www.aliyun.com&quot;&gt;Alibaba Cloud&lt;/a&gt; with the main account and open the console. Click the account avatar in the upper right corner: the Account ID (16 digits) is shown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RAM sub-account is shown as &lt;i&gt;name@UID&lt;/i&gt;; paste it as it is, the UID after @ is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you confirm the activation of %1, Alibaba Cloud shows the list of purchased services. Below the %1 service you can see the product&apos;s &lt;b&gt;Instance ID&lt;/b&gt;. Copy it into &lt;b&gt;Product Instance ID&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verify&lt;/b&gt; looks the instance up: it shows whether it is opened, expired or released, and whether it belongs to the Account ID you entered. One Alibaba Cloud account can settle many workspaces on many sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Alibaba Cloud console, open &lt;b&gt;Cloud Market &amp;gt; Purchased Services&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the %1 instance and click &lt;b&gt;Close&lt;/b&gt; at its top right corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Business Closure&lt;/b&gt; dialog, click &lt;b&gt;Confirm&lt;/b&gt;. The instance is marked &lt;b&gt;Closed&lt;/b&gt;: the subscription to %1 is cancelled on Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy %1 in Huawei Cloud KooGallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to &lt;a href=&quot;https://www.huaweicloud.com&quot;&gt;Huawei Cloud&lt;/a&gt;, open &lt;b&gt;KooGallery&lt;/b&gt; (云商店), find %1 and click &lt;b&gt;Buy Now&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the specification, agree to the terms and pay. KooGallery then lists the purchase under &lt;b&gt;My KooGallery &amp;gt; Purchased Services&lt;/b&gt; (我的云商店 &amp;gt; 已购买的服务).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Huawei Cloud console, hover over your account name in the upper right corner and choose &lt;b&gt;My Credentials&lt;/b&gt; (我的凭证). The &lt;b&gt;Account ID&lt;/b&gt; (账号ID) has 32 characters, digits and the letters a-f; paste it as it is, upper-case letters and surrounding spaces are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &lt;b&gt;My KooGallery &amp;gt; Purchased Services&lt;/b&gt;, the %1 purchase shows its &lt;b&gt;Instance ID&lt;/b&gt;. Copy it into &lt;b&gt;Instance ID&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verify&lt;/b&gt; looks the instance up: it shows whether it is opened, expired or released, and whether it belongs to the Account ID you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;KooGallery &amp;gt; My KooGallery &amp;gt; Purchased Services&lt;/b&gt; (云商店 &amp;gt; 我的云商店 &amp;gt; 已购买的服务).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the %1 purchase and choose &lt;b&gt;Unsubscribe&lt;/b&gt; (退订).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unsubscription. When KooGallery releases the instance, the subscription to %1 is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe in AWS Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the &lt;a href=&quot;https://aws.amazon.com/marketplace&quot;&gt;AWS Marketplace&lt;/a&gt;, find %1 and click &lt;b&gt;View purchase options&lt;/b&gt;, then &lt;b&gt;Subscribe&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Set up your account&lt;/b&gt;: AWS opens the %1 page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the AWS console, open &lt;b&gt;AWS Marketplace &amp;gt; Manage subscriptions&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 subscription, then &lt;b&gt;Actions &amp;gt; Cancel subscription&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm. AWS sends the last usage and ends the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe in Azure Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &lt;a href=&quot;https://portal.azure.com&quot;&gt;Azure portal&lt;/a&gt;, open &lt;b&gt;Marketplace&lt;/b&gt;, find %1 and click &lt;b&gt;Subscribe&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan and click &lt;b&gt;Review + subscribe&lt;/b&gt;, then &lt;b&gt;Configure account now&lt;/b&gt;: Azure opens the %1 page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Azure portal, open &lt;b&gt;Software as a Service (SaaS)&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 subscription and click &lt;b&gt;Cancel subscription&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm. Azure ends the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::MeteringRecordModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::NotificationsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mails the Billing Center sent to this account, newest first. The local sandbox sends no real e-mail: this is where its mails arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mails the Billing Center sent to this account, newest first: for example when a marketplace subscription ends and workspaces change settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mail to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s).</source>
        <translation>
            <numerusform>%n notification.</numerusform>
            <numerusform>%n notifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::OverviewTab</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces per site and settlement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming lock dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces yet. Once the account has workspaces, this chart shows how many each site has per settlement method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces whose marketplace subscription expired. They lock on the date shown unless the subscription is renewed or the settlement method is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s). Click a bar to show those workspaces in the table.</source>
        <translation>
            <numerusform>%n workspace. Click a bar to show those workspaces in the table.</numerusform>
            <numerusform>%n workspaces. Click a bar to show those workspaces in the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming lock dates: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coming lock dates (%n workspace(s))</source>
        <translation>
            <numerusform>Coming lock dates (%n workspace)</numerusform>
            <numerusform>Coming lock dates (%n workspaces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PlanDiff</name>
    <message>
        <source>no workspace %1 on the server for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1 is on site %2; a workspace cannot move to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered on site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check that this account has claimed the %1 subscription %2 (%3); nothing is staged unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account has not claimed the %1 subscription %2: claim it first with its claim link or code (Workspace → Bind marketplace subscription…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PlanImportDialog</name>
    <message>
        <source>Import Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read; nothing can be staged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; no row can be staged.</source>
        <translation>
            <numerusform>%n problem found; no row can be staged.</numerusform>
            <numerusform>%n problems found; no row can be staged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to stage, </source>
        <translation>
            <numerusform>%n change to stage, </numerusform>
            <numerusform>%n changes to stage, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged.</source>
        <translation>
            <numerusform>%n row unchanged.</numerusform>
            <numerusform>%n rows unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: the rows below are not staged.</source>
        <translation>
            <numerusform>%n problem found: the rows below are not staged.</numerusform>
            <numerusform>%n problems found: the rows below are not staged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every workspace is already as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to the server until you apply the staged changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stage %n change(s)</source>
        <translation>
            <numerusform>&amp;Stage %n change</numerusform>
            <numerusform>&amp;Stage %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as CSV, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PlanIssue</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PlanReader</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid CSV (%1), e.g. a quote inside an unquoted field or an unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or repeated column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns: %1 (the header is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Billing Desk workspace export (format must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the workspaces array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each workspace must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement method is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a plan may be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has %1 rows; a plan may have at most %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has none of the expected columns (%1) separated by commas, semicolons or tabs; it reads &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither valid UTF-8 nor GB18030 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid %1 text (an odd number of bytes or an unpaired surrogate); save the file from the spreadsheet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the account ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the instance ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spreadsheet stored the subscription ID as a number (%2) and lost its last digits; format the column as Text and type the ID again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; is empty; expected the header %2 in its first row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PlanValidator</name>
    <message>
        <source>&quot;%1&quot; is not a workspace id (ws_ and 16 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language is &quot;zh&quot; or &quot;en&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (active, lock_pending or locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown settlement method &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered on site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no marketplace account or subscription; leave this empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use this field; it is named by %2 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ProfileForm</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Center address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: filled in at sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ProfileStore</name>
    <message>
        <source>The local sandbox profile cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RegistrationController</name>
    <message>
        <source>Stopped. Everything you entered is kept; press Retry to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent to %1. It is valid for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for a %1 subscription (%2), not for %3: choose %1 above, or paste a code of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RegistrationErrorMapping</name>
    <message>
        <source>This username is already taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong or has expired. Send a new code and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Billing Center refused this value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Account ID: it is not the owner of this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim code is wrong, was already used or has expired (a code lasts 30 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RegistrationForm</name>
    <message>
        <source>not offered on site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the terms of service to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation method offered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the terms to activate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RegistrationRules</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters A-Z, digits and the characters . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. Press &quot;Send code&quot; and enter the code from the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 digits, optionally starting with +; spaces and dashes may separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RegistrationWizard</name>
    <message>
        <source>Register with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxInputs</name>
    <message>
        <source>An AWS account ID is 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan ID is 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxLauncher</name>
    <message>
        <source>The sandbox server was not found at %1. Reinstall Billing Desk or choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the sandbox data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server crashed while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server stopped before it was ready (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server at %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sandbox server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The sandbox server did not answer within %n second.</numerusform>
            <numerusform>The sandbox server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxMailboxWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sends no real e-mail. Every mail it would have sent is listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mails to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mails &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s).</source>
        <translation>
            <numerusform>%n mail.</numerusform>
            <numerusform>%n mails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketConsole</name>
    <message>
        <source>Subscribed: %1. Bind it in Billing Desk with the claim code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed: %1. Bind a workspace with these IDs in Change settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sandbox market does not know this subscription or this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Billing Center has no %1 sandbox market.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketProfile</name>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription expires: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is renewed: any lock countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription ends: its workspaces go back to the Billing Center account and the owner gets a mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer cancels: the subscription ends, its workspaces go back to the Billing Center account and the owner gets a mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS reports that the subscription failed: it stays pending and cannot be bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS reports a successful subscription again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooGallery freezes the instance: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooGallery unfreezes the instance: any lock countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure suspends the subscription: its workspaces&apos; 14-day lock countdown starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure reinstates the subscription: any lock countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketTab</name>
    <message>
        <source>&amp;Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe as a buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take to Billing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and bound workspaces of the subscriptions this account claimed or bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxMarketsWindow</name>
    <message>
        <source>&amp;Advance one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tab plays a marketplace&apos;s console: subscribe as a buyer, take the claim code or the IDs to Billing Desk, and end the subscription as the marketplace would. Nothing here is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the sandbox clock 24 hours on: the day is settled and its usage pushed to the marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox clock: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox clock: %1. The day before is being settled; its usage shows under Metering once it is pushed to the marketplace (Refresh metering in a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxMeteringPanel</name>
    <message>
        <source>Re&amp;fresh metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Metering&lt;/b&gt;: the usage this market accepted from Billing Center for the selected subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metering records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription to see its usage records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage records yet. Usage is pushed after the clock passes a day (Advance one day) for the days a workspace was bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscribeForm</name>
    <message>
        <source>Alibaba Cloud &amp;UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS &amp;account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud &amp;account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (the sandbox picks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe in the %1 sandbox market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in another valid buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscriptionModel</name>
    <message>
        <source>Pending: claim it to activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, plan %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SandboxSubscriptionPanel</name>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs for Change settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind in Billing Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID: %1
Instance ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for 30 minutes and once: claiming it makes the subscription this account&apos;s. Then bind workspaces to it in Change settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settlement takes these IDs for the workspaces this subscription pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim code was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IDs were copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ServerOptions</name>
    <message>
        <source>Billing Center address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Center username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ServerProfilesPage</name>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the saved password and session of this profile&apos;s user from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is built in: it cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server profile &quot;%1&quot;? Stored passwords are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SettlementEligibility</name>
    <message>
        <source>The workspace is already settled this way; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settlement method is not offered on the workspace&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement method changes at most once per calendar month; the next change is allowed from %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is settled through a live %1 subscription; it can only go back to the Billing Center account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SettlementMethod</name>
    <message>
        <source>Billing Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud account settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud account settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure account settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SiteText</name>
    <message>
        <source>China 1 (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China 2 (Ningxia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China 4 (Guangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China 6 (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas 1 (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe 1 (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific 1 (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa 1 (South Africa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia 1 (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::StagingCommands</name>
    <message numerus="yes">
        <source>Stage %n change(s)</source>
        <translation>
            <numerusform>Stage %n change</numerusform>
            <numerusform>Stage %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstage %n change(s)</source>
        <translation>
            <numerusform>Unstage %n change</numerusform>
            <numerusform>Unstage %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-stage %n change(s)</source>
        <translation>
            <numerusform>Re-stage %n change</numerusform>
            <numerusform>Re-stage %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billing::StatementSummaryView</name>
    <message>
        <source>Totals by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line was reported to the marketplace, which bills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines are waiting to be reported to the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace did not accept some lines before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::StoredCredentials</name>
    <message>
        <source>No user name is saved in this profile, so no stored sign-in is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no server address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password and session of %1 on %2 were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SubmissionStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating your workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionPickerController</name>
    <message>
        <source>Loading the claimed subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opened AWS subscription is bound to this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opened Azure subscription is bound to this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an opened subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionPickerWidget</name>
    <message>
        <source>No claimed Azure subscription yet: subscribe to %1 in Azure Marketplace, then paste the claim code the %1 page shows with &quot;Bind marketplace subscription…&quot; (or open its link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claimed AWS subscription yet: subscribe to %1 in AWS Marketplace, then paste the claim code the %1 page shows with &quot;Bind marketplace subscription…&quot; (or open its link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind marketplace subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind marketplace subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the claim code of a subscription you bought in the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I subscribe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::SubscriptionText</name>
    <message>
        <source>AWS Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud KooGallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account %1 (customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (offer %2, %n seat(s))</source>
        <translation>
            <numerusform>%1 (offer %2, %n seat)</numerusform>
            <numerusform>%1 (offer %2, %n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alibaba Cloud account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the marketplace has not confirmed it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::TrustedCa</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::UnavailableCredentialStore</name>
    <message>
        <source>the keychain was switched off for this test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::UrlPolicy</name>
    <message>
        <source>Enter a full address such as https://billing.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed for servers outside this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; enter the user name in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ValidatePlanCommand</name>
    <message>
        <source>Check a plan file (JSON or CSV export format) and print its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against the last synced copy; do not contact the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one plan file: billing-desk validate-plan FILE [--server URL --username NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline needs --server and --username to find the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), </source>
        <translation>
            <numerusform>%n change, </numerusform>
            <numerusform>%n changes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged.</source>
        <translation>
            <numerusform>%n row unchanged.</numerusform>
            <numerusform>%n rows unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n problem(s).</source>
        <translation>
            <numerusform>%1: not valid, %n problem.</numerusform>
            <numerusform>%1: not valid, %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n row(s).</source>
        <translation>
            <numerusform>%1: valid, %n row.</numerusform>
            <numerusform>%1: valid, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No --server and --username: only the file is checked, not whether its workspaces exist, the site rule nor whether its AWS and Azure subscriptions are claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file is checked, not whether its workspaces exist, the site rule nor whether its AWS and Azure subscriptions are claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read as CSV, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WalletAlert</name>
    <message>
        <source>Your Billing Center wallet is in arrears by %1. Workspaces it pays for will be locked on %2 unless you recharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Billing Center wallet is in arrears by %1. Recharge to keep the workspaces it pays for running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your Billing Center balance of %1 covers about %n day(s) of charges.</source>
        <translation>
            <numerusform>Your Billing Center balance of %1 covers about %n day of charges.</numerusform>
            <numerusform>Your Billing Center balance of %1 covers about %n days of charges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Billing Center balance of %1 is running low.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WalletBanner</name>
    <message>
        <source>Show &amp;wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WalletPanel</name>
    <message>
        <source>Billing Center wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average daily charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2,
expires %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WhoamiCommand</name>
    <message>
        <source>Show the account the stored credentials log in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCache</name>
    <message>
        <source>Cannot write the workspace cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cache %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) cannot be read</source>
        <translation>
            <numerusform>%n workspace cannot be read</numerusform>
            <numerusform>%n workspaces cannot be read</numerusform>
        </translation>
    </message>
    <message>
        <source>no workspace count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 of its %2 workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCostTableModel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceCostView</name>
    <message>
        <source>Cost in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceDetailsPane</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workspace to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected.</source>
        <translation>
            <numerusform>%n workspace selected.</numerusform>
            <numerusform>%n workspaces selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with a staged change.</source>
        <translation>
            <numerusform>%n of them with a staged change.</numerusform>
            <numerusform>%n of them with a staged change.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locks on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (staged at version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Next change allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance / Subscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceExport</name>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: you do not have permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceHistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this workspace&apos;s history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first.</source>
        <translation>
            <numerusform>%n event, newest first.</numerusform>
            <numerusform>%n events, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n event(s) that could not be read.</source>
        <translation>
            <numerusform>Left out %n event that could not be read.</numerusform>
            <numerusform>Left out %n events that could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the changes in flight; the rest stay staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workspaces, %2 shown, %3 staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 workspaces received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed; last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the table keeps the last synced list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped; last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the offline copy saved at %1 until the Billing Center has sent what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, syncing… %2 workspaces received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceTableModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lock pending, %n day(s) left</source>
        <translation>
            <numerusform>lock pending, %n day left</numerusform>
            <numerusform>lock pending, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance / Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::WorkspaceTableView</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::XlsxReader</name>
    <message>
        <source>not an Excel workbook: the file has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is not a row number after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &quot;%1&quot; is not a cell of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 names shared string %2, but the workbook has %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::XlsxWorkbook</name>
    <message>
        <source>no temporary folder for the workbook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be read back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 needs more than %2 rows, the most an Excel sheet holds; export as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 cannot take a cell (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ZipReader</name>
    <message>
        <source>not a readable zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory entry is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to %2 MiB; a workbook may unpack to at most %3 MiB in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more data than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds less data than its header says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
