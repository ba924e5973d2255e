<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>charthouse::ChartDetailsDialog</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Maintainers</source>
        <translation>Maintainers</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Reading the chart…</source>
        <translation>Reading the chart…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartTableModel</name>
    <message>
        <source>legacy</source>
        <translation>legacy</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>modern</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation><numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation><numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>charthouse::DetailsJob</name>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
</context>
<context>
    <name>charthouse::ExportJob</name>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
</context>
<context>
    <name>charthouse::ListJob</name>
    <message>
        <source>List charts</source>
        <translation>List charts</translation>
    </message>
</context>
<context>
    <name>charthouse::LoginJob</name>
    <message>
        <source>Log in to %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <source>a user name is required to log in</source>
        <translation>a user name is required to log in</translation>
    </message>
</context>
<context>
    <name>charthouse::LogoutJob</name>
    <message>
        <source>Log out of %1</source>
        <translation>Log out of %1</translation>
    </message>
</context>
<context>
    <name>charthouse::MainWindow</name>
    <message>
        <source>Charthouse</source>
        <translation>Charthouse</translation>
    </message>
    <message>
        <source>Cached charts</source>
        <translation>Cached charts</translation>
    </message>
    <message>
        <source>Filter by reference, name or version (Ctrl+F)</source>
        <translation>Filter by reference, name or version (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</source>
        <translation>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</translation>
    </message>
    <message>
        <source>Settings saved. A new cache location or language applies when Charthouse starts again.</source>
        <translation>Settings saved. A new cache location or language applies when Charthouse starts again.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Pull…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copy reference</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Registries…</source>
        <translation>Registries…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), %1</source>
        <translation><numerusform>%n chart, %1</numerusform><numerusform>%n charts, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cached chart(s) could not be read: %1</source>
        <translation><numerusform>%n cached chart could not be read: %1</numerusform><numerusform>%n cached charts could not be read: %1</numerusform></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1: only local chart directories and .tgz packages can be saved</source>
        <translation>%1: only local chart directories and .tgz packages can be saved</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Choose a chart directory</source>
        <translation>Choose a chart directory</translation>
    </message>
    <message>
        <source>Export charts to</source>
        <translation>Export charts to</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>Pushed %1</translation>
    </message>
    <message>
        <source>Remove charts</source>
        <translation>Remove charts</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n chart(s) from the cache?

%1</source>
        <translation><numerusform>Remove %n chart from the cache?

%1</numerusform><numerusform>Remove %n charts from the cache?

%1</numerusform></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>charthouse::PullJob</name>
    <message>
        <source>Pull %1</source>
        <translation>Pull %1</translation>
    </message>
    <message>
        <source>%1 is not a Helm chart (its config is %2)</source>
        <translation>%1 is not a Helm chart (its config is %2)</translation>
    </message>
    <message>
        <source>%1 has no chart layer</source>
        <translation>%1 has no chart layer</translation>
    </message>
</context>
<context>
    <name>charthouse::PushJob</name>
    <message>
        <source>Push %1</source>
        <translation>Push %1</translation>
    </message>
    <message>
        <source>pushing needs a tag: %1</source>
        <translation>pushing needs a tag: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistriesDialog</name>
    <message>
        <source>Plain HTTP</source>
        <translation>Plain HTTP</translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation>Skip TLS verification</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>Known registries</source>
        <translation>Known registries</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA file (optional)</source>
        <translation>CA file (optional)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>%1 — logged in as %2</source>
        <translation>%1 — logged in as %2</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Logging in to %1…</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Logged in to %1.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>%1

Use these credentials for this session only? They will not be stored.</source>
        <translation>%1

Use these credentials for this session only? They will not be stored.</translation>
    </message>
    <message>
        <source>Using the credentials for %1 until Charthouse quits.</source>
        <translation>Using the credentials for %1 until Charthouse quits.</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Logged out of %1.</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteBrowser</name>
    <message>
        <source>Pull charts</source>
        <translation>Pull charts</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>List tags</translation>
    </message>
    <message>
        <source>Pull selected</source>
        <translation>Pull selected</translation>
    </message>
    <message>
        <source>Listing tags…</source>
        <translation>Listing tags…</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation><numerusform>%n tag</numerusform><numerusform>%n tags</numerusform></translation>
    </message>
</context>
<context>
    <name>charthouse::RemoveJob</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>charthouse::SaveDialog</name>
    <message>
        <source>Legacy layer media type (for Helm 3.0–3.6)</source>
        <translation>Legacy layer media type (for Helm 3.0–3.6)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>The reference needs a tag, e.g. :1.0.0</source>
        <translation>The reference needs a tag, e.g. :1.0.0</translation>
    </message>
</context>
<context>
    <name>charthouse::SaveJob</name>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
</context>
<context>
    <name>charthouse::SettingsDialog</name>
    <message>
        <source>Save with the legacy layer media type (Helm 3.0–3.6)</source>
        <translation>Save with the legacy layer media type (Helm 3.0–3.6)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Cache location</translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation>Default repository</translation>
    </message>
    <message>
        <source>Parallel transfers</source>
        <translation>Parallel transfers</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Default &amp;repository:</source>
        <translation>Default &amp;repository:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>&amp;Parallel transfers:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>charthouse::TagsJob</name>
    <message>
        <source>List tags of %1</source>
        <translation>List tags of %1</translation>
    </message>
</context>
<context>
    <name>charthouse::TransfersDock</name>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>Cancel the selected jobs</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>%1 of %2, %3/s</source>
        <translation>%1 of %2, %3/s</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
</TS>