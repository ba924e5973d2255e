<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>BlobPipe</name>
    <message>
        <source>the blob %1 that was read (%2 bytes, %3) is not the one its manifest names (%4 bytes)</source>
        <translation>the blob %1 that was read (%2 bytes, %3) is not the one its manifest names (%4 bytes)</translation>
    </message>
</context>
<context>
    <name>charthouse::AboutDialog</name>
    <message>
        <source>About Charthouse</source>
        <translation>About Charthouse</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Built %1</translation>
    </message>
    <message>
        <source>Built %1 from commit %2</source>
        <translation>Built %1 from commit %2</translation>
    </message>
    <message>
        <source>Helm charts in OCI registries, point and click.</source>
        <translation>Helm charts in OCI registries, point and click.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>charthouse::BlobCollector</name>
    <message>
        <source>cannot tell which blobs are in use, so none was removed: %1</source>
        <translation>cannot tell which blobs are in use, so none was removed: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::BlobWriter</name>
    <message>
        <source>blob %1 has %2 bytes, expected %3</source>
        <translation>blob %1 has %2 bytes, expected %3</translation>
    </message>
    <message>
        <source>blob content does not match its digest %1 (got %2)</source>
        <translation>blob content does not match its digest %1 (got %2)</translation>
    </message>
</context>
<context>
    <name>charthouse::CacheLock</name>
    <message>
        <source>cannot open the cache lock: %1</source>
        <translation>cannot open the cache lock: %1</translation>
    </message>
    <message>
        <source>%1: the cache lock is %2, not a regular file</source>
        <translation>%1: the cache lock is %2, not a regular file</translation>
    </message>
    <message>
        <source>cannot lock the cache: %1</source>
        <translation>cannot lock the cache: %1</translation>
    </message>
    <message>
        <source>cancelled while waiting for the cache lock</source>
        <translation>cancelled while waiting for the cache lock</translation>
    </message>
    <message>
        <source>the chart cache is busy: its lock is still held after %1 s</source>
        <translation>the chart cache is busy: its lock is still held after %1 s</translation>
    </message>
    <message>
        <source>the chart cache is busy: process %1 still holds its lock after %2 s</source>
        <translation>the chart cache is busy: process %1 still holds its lock after %2 s</translation>
    </message>
    <message>
        <source>a cache lock note is limited to %1 bytes</source>
        <translation>a cache lock note is limited to %1 bytes</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartArchiveReader</name>
    <message>
        <source>unsafe chart archive: &quot;%1&quot; %2</source>
        <translation>unsafe chart archive: &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>is an absolute path</translation>
    </message>
    <message>
        <source>contains a backslash</source>
        <translation>contains a backslash</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>starts with a drive letter</translation>
    </message>
    <message>
        <source>refers to a parent directory (..)</source>
        <translation>refers to a parent directory (..)</translation>
    </message>
    <message>
        <source>contains a drive letter</source>
        <translation>contains a drive letter</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>is a symbolic link</translation>
    </message>
    <message>
        <source>is a device</source>
        <translation>is a device</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO)</source>
        <translation>is a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>is a socket</source>
        <translation>is a socket</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <source>not a chart package (gzip&apos;d tar): %1</source>
        <translation>not a chart package (gzip&apos;d tar): %1</translation>
    </message>
    <message>
        <source>the chart package has more than %1 entries</source>
        <translation>the chart package has more than %1 entries</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>has no name</translation>
    </message>
    <message>
        <source>is a link; chart packages may not contain links</source>
        <translation>is a link; chart packages may not contain links</translation>
    </message>
    <message>
        <source>is outside the chart&apos;s top directory &quot;%1&quot;</source>
        <translation>is outside the chart&apos;s top directory &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is at the archive root: Chart.yaml must be inside the chart&apos;s directory</source>
        <translation>is at the archive root: Chart.yaml must be inside the chart&apos;s directory</translation>
    </message>
    <message>
        <source>is outside any chart directory</source>
        <translation>is outside any chart directory</translation>
    </message>
    <message>
        <source>appears twice in the package</source>
        <translation>appears twice in the package</translation>
    </message>
    <message>
        <source>the chart package is damaged at &quot;%1&quot;: %2</source>
        <translation>the chart package is damaged at &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expands to more than the limit of %2 bytes per file</source>
        <translation>&quot;%1&quot; expands to more than the limit of %2 bytes per file</translation>
    </message>
    <message>
        <source>the chart package expands to more than the limit of %1 bytes</source>
        <translation>the chart package expands to more than the limit of %1 bytes</translation>
    </message>
    <message>
        <source>the chart package is empty</source>
        <translation>the chart package is empty</translation>
    </message>
    <message>
        <source>the chart package has no Chart.yaml in its directory &quot;%1&quot;</source>
        <translation>the chart package has no Chart.yaml in its directory &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a chart directory or a .tgz file</source>
        <translation>%1 is not a chart directory or a .tgz file</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 is larger than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>libarchive gives no reason</source>
        <translation>libarchive gives no reason</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a directory in the chart package (it holds &quot;%2&quot;), so it could not be written out</source>
        <translation>&quot;%1&quot; is both a file and a directory in the chart package (it holds &quot;%2&quot;), so it could not be written out</translation>
    </message>
    <message>
        <source>what it holds is not a tar archive (%1)</source>
        <translation>what it holds is not a tar archive (%1)</translation>
    </message>
    <message>
        <source>the archive is truncated or damaged: %1</source>
        <translation>the archive is truncated or damaged: %1</translation>
    </message>
    <message>
        <source>a header is not valid where the entry before it says it ends (%1)</source>
        <translation>a header is not valid where the entry before it says it ends (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it is a tar archive without gzip compression</source>
        <translation>it is a tar archive without gzip compression</translation>
    </message>
    <message>
        <source>it does not start with gzip&apos;s signature (1f 8b)</source>
        <translation>it does not start with gzip&apos;s signature (1f 8b)</translation>
    </message>
    <message>
        <source>the gzip stream ends early — the file is truncated or damaged</source>
        <translation>the gzip stream ends early — the file is truncated or damaged</translation>
    </message>
    <message>
        <source>the gzip header is not valid</source>
        <translation>the gzip header is not valid</translation>
    </message>
    <message>
        <source>the gzip stream is not valid</source>
        <translation>the gzip stream is not valid</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>the compressed data is damaged (%1)</translation>
    </message>
    <message>
        <source>the gzip checksum does not match — the file is damaged</source>
        <translation>the gzip checksum does not match — the file is damaged</translation>
    </message>
    <message>
        <source>the gzip length does not match — the file is damaged</source>
        <translation>the gzip length does not match — the file is damaged</translation>
    </message>
    <message>
        <source>more than one gzip stream</source>
        <translation>more than one gzip stream</translation>
    </message>
    <message>
        <source>data after the end of the gzip stream</source>
        <translation>data after the end of the gzip stream</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartCache</name>
    <message>
        <source>chart not found: %1</source>
        <translation>chart not found: %1</translation>
    </message>
    <message>
        <source>the cache %1 is not a directory</source>
        <translation>the cache %1 is not a directory</translation>
    </message>
    <message>
        <source>%1 has no index.json: it is not a chart cache</source>
        <translation>%1 has no index.json: it is not a chart cache</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes, more than the limit of %3</source>
        <translation>blob %1 is %2 bytes, more than the limit of %3</translation>
    </message>
    <message>
        <source>blob %1 is missing from the cache</source>
        <translation>blob %1 is missing from the cache</translation>
    </message>
    <message>
        <source>blob %1 in the cache has %2 bytes, expected %3 (damaged?)</source>
        <translation>blob %1 in the cache has %2 bytes, expected %3 (damaged?)</translation>
    </message>
    <message>
        <source>blob %1 in the cache does not match its digest (modified on disk?)</source>
        <translation>blob %1 in the cache does not match its digest (modified on disk?)</translation>
    </message>
    <message>
        <source>%1 is %2, not a directory: refusing to use it</source>
        <translation>%1 is %2, not a directory: refusing to use it</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: the cache is damaged</source>
        <translation>%1 is %2, not a regular file: the cache is damaged</translation>
    </message>
    <message>
        <source>blob %1 cannot be read: %2</source>
        <translation>blob %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartComparer</name>
    <message>
        <source>%1/%2 is larger than %3 bytes: too large to compare</source>
        <translation>%1/%2 is larger than %3 bytes: too large to compare</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1: values must be a mapping of keys to values</source>
        <translation>%1: values must be a mapping of keys to values</translation>
    </message>
    <message>
        <source>%1: too many values to compare</source>
        <translation>%1: too many values to compare</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2 (line %3)</source>
        <translation>%1: not valid YAML: %2 (line %3)</translation>
    </message>
</context>
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
    <message>
        <source>Files in the package</source>
        <translation>Files in the package</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Content of the selected file</translation>
    </message>
    <message>
        <source>Chart API</source>
        <translation>Chart API</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Compare &amp;with…</translation>
    </message>
    <message>
        <source>Downloading %1 from the registry (not into the cache)…</source>
        <translation>Downloading %1 from the registry (not into the cache)…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not downloaded.</source>
        <translation>Cancelled: %1 was not downloaded.</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartDirectoryLoader</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist (or loops)</source>
        <translation>%1 is a symbolic link to %2, which does not exist (or loops)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the chart</source>
        <translation>%1 is a symbolic link to %2, outside the chart</translation>
    </message>
    <message>
        <source>%1 is a symbolic link loop (it leads back to %2)</source>
        <translation>%1 is a symbolic link loop (it leads back to %2)</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>%1 is %2; a chart may only contain regular files</source>
        <translation>%1 is %2; a chart may only contain regular files</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the limit of %3 bytes per file</source>
        <translation>%1 is %2 bytes, over the limit of %3 bytes per file</translation>
    </message>
    <message>
        <source>the chart is over the limit of %1 bytes in all (at %2)</source>
        <translation>the chart is over the limit of %1 bytes in all (at %2)</translation>
    </message>
    <message>
        <source>%1 grew over the limit of %2 bytes per file</source>
        <translation>%1 grew over the limit of %2 bytes per file</translation>
    </message>
    <message>
        <source>no Chart.yaml in %1</source>
        <translation>no Chart.yaml in %1</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: no such file or directory</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 is not a directory</translation>
    </message>
    <message>
        <source>%1 is a symbolic link loop (%2)</source>
        <translation>%1 is a symbolic link loop (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: cannot read it (%2)</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartExporter</name>
    <message>
        <source>refusing to write &quot;%1&quot;: not a plain relative path</source>
        <translation>refusing to write &quot;%1&quot;: not a plain relative path</translation>
    </message>
    <message>
        <source>refusing to export a chart named &quot;%1&quot;</source>
        <translation>refusing to export a chart named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot move the old copy aside: %1</source>
        <translation>cannot move the old copy aside: %1</translation>
    </message>
    <message>
        <source>%1; the old copy is kept as %2</source>
        <translation>%1; the old copy is kept as %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartLoadCheck</name>
    <message>
        <source>values must be a mapping of keys to values</source>
        <translation>values must be a mapping of keys to values</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (line %2)</source>
        <translation>not valid YAML: %1 (line %2)</translation>
    </message>
    <message>
        <source>subcharts nested too deep</source>
        <translation>subcharts nested too deep</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartMetadata</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain value</source>
        <translation>&quot;%1&quot; must be a plain value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>maintainers must not contain empty or null entries</source>
        <translation>maintainers must not contain empty or null entries</translation>
    </message>
    <message>
        <source>dependencies must not contain empty or null entries</source>
        <translation>dependencies must not contain empty or null entries</translation>
    </message>
    <message>
        <source>dependency &quot;%1&quot; has disallowed characters in the alias</source>
        <translation>dependency &quot;%1&quot; has disallowed characters in the alias</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>not valid YAML: %1</translation>
    </message>
    <message>
        <source>the file must be a YAML mapping of keys to values</source>
        <translation>the file must be a YAML mapping of keys to values</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>name is required</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not allowed: a chart name can&apos;t contain / or \ or be . or ..</source>
        <translation>name &quot;%1&quot; is not allowed: a chart name can&apos;t contain / or \ or be . or ..</translation>
    </message>
    <message>
        <source>version is required</source>
        <translation>version is required</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not a valid SemVer 2 version (MAJOR.MINOR.PATCH, e.g. 1.2.3)</source>
        <translation>version &quot;%1&quot; is not a valid SemVer 2 version (MAJOR.MINOR.PATCH, e.g. 1.2.3)</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; must be application or library</source>
        <translation>type &quot;%1&quot; must be application or library</translation>
    </message>
    <message>
        <source>more than one dependency with name or alias &quot;%1&quot;</source>
        <translation>more than one dependency with name or alias &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not a valid SemVer 2 version: unquoted, YAML reads it as the number %2 (write MAJOR.MINOR.PATCH, e.g. 1.2.3)</source>
        <translation>version %1 is not a valid SemVer 2 version: unquoted, YAML reads it as the number %2 (write MAJOR.MINOR.PATCH, e.g. 1.2.3)</translation>
    </message>
    <message>
        <source>the chart config is not a JSON object (%1)</source>
        <translation>the chart config is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>the chart config has no name or version</source>
        <translation>the chart config has no name or version</translation>
    </message>
    <message>
        <source>lists and maps nested more than %1 levels deep; Charthouse&apos;s YAML reader stops there</source>
        <translation>lists and maps nested more than %1 levels deep; Charthouse&apos;s YAML reader stops there</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not allowed: it contains a NUL character</source>
        <translation>name &quot;%1&quot; is not allowed: it contains a NUL character</translation>
    </message>
    <message>
        <source>the anchor &quot;%1&quot; contains itself (*%1)</source>
        <translation>the anchor &quot;%1&quot; contains itself (*%1)</translation>
    </message>
    <message>
        <source>the document contains excessive aliasing: by here (last alias *%1) it expands to %2 nodes, %3 of them copies made by aliases (Helm refuses it too)</source>
        <translation>the document contains excessive aliasing: by here (last alias *%1) it expands to %2 nodes, %3 of them copies made by aliases (Helm refuses it too)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping of strings</source>
        <translation>&quot;%1&quot; must be a mapping of strings</translation>
    </message>
    <message>
        <source>a quoted value has no closing quote before the end of the file</source>
        <translation>a quoted value has no closing quote before the end of the file</translation>
    </message>
    <message>
        <source>a value holds the control character U+%1, which Helm can&apos;t write back into Chart.yaml</source>
        <translation>a value holds the control character U+%1, which Helm can&apos;t write back into Chart.yaml</translation>
    </message>
    <message>
        <source>a list or a map can&apos;t be a key</source>
        <translation>a list or a map can&apos;t be a key</translation>
    </message>
    <message>
        <source>a key must not be empty or null</source>
        <translation>a key must not be empty or null</translation>
    </message>
    <message>
        <source>a merge (&lt;&lt;) needs a map or a list of maps as its value</source>
        <translation>a merge (&lt;&lt;) needs a map or a list of maps as its value</translation>
    </message>
    <message>
        <source>%1 is a number JSON can&apos;t hold; quote it</source>
        <translation>%1 is a number JSON can&apos;t hold; quote it</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid leading byte 0x%1)</source>
        <translation>not UTF-8 (an invalid leading byte 0x%1)</translation>
    </message>
    <message>
        <source>not UTF-8 (a character cut short at the end)</source>
        <translation>not UTF-8 (a character cut short at the end)</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid continuation byte 0x%1)</source>
        <translation>not UTF-8 (an invalid continuation byte 0x%1)</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid byte sequence)</source>
        <translation>not UTF-8 (an invalid byte sequence)</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in YAML; write it as an escape in double quotes</source>
        <translation>control character U+%1 is not allowed in YAML; write it as an escape in double quotes</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported: Helm 4.1.4 reads charts of apiVersion v1, v2 and v3 (&quot;unsupported chart version&quot;)</source>
        <translation>apiVersion &quot;%1&quot; is not supported: Helm 4.1.4 reads charts of apiVersion v1, v2 and v3 (&quot;unsupported chart version&quot;)</translation>
    </message>
    <message>
        <source>apiVersion &quot;v3&quot; is not supported: Helm 4.1.4 refuses to package a v3 chart (&quot;invalid chart apiVersion&quot;); use apiVersion v2 to save it</source>
        <translation>apiVersion &quot;v3&quot; is not supported: Helm 4.1.4 refuses to package a v3 chart (&quot;invalid chart apiVersion&quot;); use apiVersion v2 to save it</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartPackager</name>
    <message>
        <source>packaging failed: %1</source>
        <translation>packaging failed: %1</translation>
    </message>
    <message>
        <source>gzip: cannot initialise zlib</source>
        <translation>gzip: cannot initialise zlib</translation>
    </message>
    <message>
        <source>gzip: compression failed</source>
        <translation>gzip: compression failed</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartSource</name>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: no such file or directory</translation>
    </message>
    <message>
        <source>%1 is neither a chart directory or package nor a chart reference: %2</source>
        <translation>%1 is neither a chart directory or package nor a chart reference: %2</translation>
    </message>
    <message>
        <source>%1: subcharts nested too deep</source>
        <translation>%1: subcharts nested too deep</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartStore</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: no such file or directory</translation>
    </message>
    <message>
        <source>%1: manifest</source>
        <translation>%1: manifest</translation>
    </message>
    <message>
        <source>%1: not a Helm chart (config media type %2)</source>
        <translation>%1: not a Helm chart (config media type %2)</translation>
    </message>
    <message>
        <source>%1: the manifest has no chart layer</source>
        <translation>%1: the manifest has no chart layer</translation>
    </message>
    <message>
        <source>%1: config</source>
        <translation>%1: config</translation>
    </message>
    <message>
        <source>%1: chart layer</source>
        <translation>%1: chart layer</translation>
    </message>
    <message>
        <source>the cache %1 is not a directory</source>
        <translation>the cache %1 is not a directory</translation>
    </message>
    <message>
        <source>%1: provenance</source>
        <translation>%1: provenance</translation>
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
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charthouse::CompareFileList</name>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: binary file, compared by size and digest</source>
        <translation>%1: binary file, compared by size and digest</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareJob</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Compare %1 with %2</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareLauncher</name>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>Cannot fetch %1: %2</translation>
    </message>
    <message>
        <source>No version of %1 is in the cache to compare with: select two versions.</source>
        <translation>No version of %1 is in the cache to compare with: select two versions.</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareSummary</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Old: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>Chart.yaml fields</source>
        <translation>Chart.yaml fields</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Values by path</source>
        <translation>Values by path</translation>
    </message>
    <message>
        <source>values.yaml differs only in comments or layout.</source>
        <translation>values.yaml differs only in comments or layout.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Manifest digests</source>
        <translation>Manifest digests</translation>
    </message>
    <message>
        <source>Manifest annotations</source>
        <translation>Manifest annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) differ: see the list.</source>
        <translation>
            <numerusform>%n other file differs: see the list.</numerusform>
            <numerusform>%n other files differ: see the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart.yaml differs only in layout or comments, as when Helm packages a chart.</source>
        <translation>Chart.yaml differs only in layout or comments, as when Helm packages a chart.</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareWindow</name>
    <message>
        <source>Summary of the differences</source>
        <translation>Summary of the differences</translation>
    </message>
    <message>
        <source>Binary file: sizes and digests</source>
        <translation>Binary file: sizes and digests</translation>
    </message>
    <message>
        <source>Compare charts</source>
        <translation>Compare charts</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>Previous change (%1)</source>
        <translation>Previous change (%1)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>Next change (%1)</source>
        <translation>Next change (%1)</translation>
    </message>
    <message>
        <source>Show &amp;unchanged files</source>
        <translation>Show &amp;unchanged files</translation>
    </message>
    <message>
        <source>Files compared</source>
        <translation>Files compared</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparing</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Compare %1 with %2</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>Comparison cancelled</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparing %1 with %2…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n file differs</numerusform>
            <numerusform>%n files differ</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 added, %2 removed, %3 changed)</source>
        <translation> (%1 added, %2 removed, %3 changed)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), SHA-256 %3</source>
        <translation>%1 (%2 bytes), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 is a binary file, compared by size and digest.</source>
        <translation>%1 is a binary file, compared by size and digest.</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Old: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>No more changes after this one</source>
        <translation>No more changes after this one</translation>
    </message>
    <message>
        <source>No changes before this one</source>
        <translation>No changes before this one</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareWithDialog</name>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>Compare %1 with:</translation>
    </message>
    <message>
        <source>A cached chart, a chart directory or a .tgz</source>
        <translation>A cached chart, a chart directory or a .tgz</translation>
    </message>
    <message>
        <source>Chart to compare with</source>
        <translation>Chart to compare with</translation>
    </message>
    <message>
        <source>Chart &amp;directory…</source>
        <translation>Chart &amp;directory…</translation>
    </message>
    <message>
        <source>&amp;Package (.tgz)…</source>
        <translation>&amp;Package (.tgz)…</translation>
    </message>
    <message>
        <source>Choose a chart directory</source>
        <translation>Choose a chart directory</translation>
    </message>
    <message>
        <source>Choose a chart package</source>
        <translation>Choose a chart package</translation>
    </message>
    <message>
        <source>Chart packages (*.tgz *.tar.gz)</source>
        <translation>Chart packages (*.tgz *.tar.gz)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Other chart:</source>
        <translation>&amp;Other chart:</translation>
    </message>
</context>
<context>
    <name>charthouse::CopyJob</name>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copy %1 to %2</translation>
    </message>
    <message>
        <source>%1: the copy needs a tag to put the chart under</source>
        <translation>%1: the copy needs a tag to put the chart under</translation>
    </message>
    <message>
        <source>%1 is an image index, not a chart; only chart manifests are copied</source>
        <translation>%1 is an image index, not a chart; only chart manifests are copied</translation>
    </message>
    <message>
        <source>%1: a blob of %2 bytes (%3) is larger than the limit of %4 bytes; nothing was copied</source>
        <translation>%1: a blob of %2 bytes (%3) is larger than the limit of %4 bytes; nothing was copied</translation>
    </message>
    <message>
        <source>%1: the registry stored the manifest under %2, not %3</source>
        <translation>%1: the registry stored the manifest under %2, not %3</translation>
    </message>
</context>
<context>
    <name>charthouse::DeleteJob</name>
    <message>
        <source>Delete %1@%2</source>
        <translation>Delete %1@%2</translation>
    </message>
    <message>
        <source>%1 does not allow deleting (a distribution registry needs storage: delete: enabled: true in its configuration)</source>
        <translation>%1 does not allow deleting (a distribution registry needs storage: delete: enabled: true in its configuration)</translation>
    </message>
</context>
<context>
    <name>charthouse::DeletePlanJob</name>
    <message>
        <source>Find what deleting %1 removes</source>
        <translation>Find what deleting %1 removes</translation>
    </message>
</context>
<context>
    <name>charthouse::Descriptor</name>
    <message>
        <source>size is missing or not a non-negative integer</source>
        <translation>size is missing or not a non-negative integer</translation>
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
    <name>charthouse::Digest</name>
    <message>
        <source>invalid digest &quot;%1&quot;: expected algorithm:hex, e.g. sha256:…</source>
        <translation>invalid digest &quot;%1&quot;: expected algorithm:hex, e.g. sha256:…</translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot; (only sha256 is supported)</source>
        <translation>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot; (only sha256 is supported)</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: sha256 needs 64 lowercase hex digits</source>
        <translation>invalid digest &quot;%1&quot;: sha256 needs 64 lowercase hex digits</translation>
    </message>
</context>
<context>
    <name>charthouse::ErrorText</name>
    <message>
        <source>log in to the registry in Registry ▸ Registries…</source>
        <translation>log in to the registry in Registry ▸ Registries…</translation>
    </message>
    <message>
        <source>log in to %1 in Registry ▸ Registries…</source>
        <translation>log in to %1 in Registry ▸ Registries…</translation>
    </message>
    <message>
        <source>it speaks plain HTTP: turn on “Plain HTTP” for it in Registry ▸ Registries… and log in again</source>
        <translation>it speaks plain HTTP: turn on “Plain HTTP” for it in Registry ▸ Registries… and log in again</translation>
    </message>
    <message>
        <source>for a private CA, give its “CA file” in Registry ▸ Registries… and log in again; to skip verification, turn on “Skip TLS verification” there</source>
        <translation>for a private CA, give its “CA file” in Registry ▸ Registries… and log in again; to skip verification, turn on “Skip TLS verification” there</translation>
    </message>
    <message>
        <source>the registry may ask for a client certificate, which the window cannot give yet</source>
        <translation>the registry may ask for a client certificate, which the window cannot give yet</translation>
    </message>
    <message>
        <source>without a keychain, credentials can be used for this session only and are not stored</source>
        <translation>without a keychain, credentials can be used for this session only and are not stored</translation>
    </message>
    <message>
        <source>choose another folder, or move the existing one away first</source>
        <translation>choose another folder, or move the existing one away first</translation>
    </message>
    <message>
        <source>choose another folder, or move %1 away first</source>
        <translation>choose another folder, or move %1 away first</translation>
    </message>
    <message>
        <source>raise the layer size limit in File ▸ Settings…</source>
        <translation>raise the layer size limit in File ▸ Settings…</translation>
    </message>
    <message>
        <source>for a slow link, lower the speed limit in File ▸ Settings… (0 turns it off)</source>
        <translation>for a slow link, lower the speed limit in File ▸ Settings… (0 turns it off)</translation>
    </message>
    <message>
        <source>stop it with “Stop” in Registry ▸ Start a local test registry…</source>
        <translation>stop it with “Stop” in Registry ▸ Start a local test registry…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An error message, then what the user can do about it.</extracomment>
        <translation>%1 (%2)</translation>
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
    <name>charthouse::FileIo</name>
    <message>
        <source>no space left on the file system mounted at %1</source>
        <translation>no space left on the file system mounted at %1</translation>
    </message>
    <message>
        <source>no space left on the file system mounted at %1 (%2)</source>
        <translation>no space left on the file system mounted at %1 (%2)</translation>
    </message>
    <message>
        <source>%1: a symbolic link, or a loop of them</source>
        <translation>%1: a symbolic link, or a loop of them</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>a directory</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>a FIFO (named pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>a regular file</translation>
    </message>
    <message>
        <source>%1: is a symbolic link, which is never followed here</source>
        <translation>%1: is a symbolic link, which is never followed here</translation>
    </message>
    <message>
        <source>%1: not a regular file but %2</source>
        <translation>%1: not a regular file but %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the limit of %3</source>
        <translation>%1: %2 bytes, more than the limit of %3</translation>
    </message>
    <message>
        <source>%1: grew past the limit of %2 bytes</source>
        <translation>%1: grew past the limit of %2 bytes</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2 is in the way</source>
        <translation>cannot create the directory %1: %2 is in the way</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
</context>
<context>
    <name>charthouse::GpgSession</name>
    <message>
        <source>GnuPG (gpg) is not installed or too old for GPGME</source>
        <translation>GnuPG (gpg) is not installed or too old for GPGME</translation>
    </message>
    <message>
        <source>cannot make a private GnuPG home: %1</source>
        <translation>cannot make a private GnuPG home: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot start GPGME: %1</source>
        <translation>cannot start GPGME: %1</translation>
    </message>
    <message>
        <source>cannot point GnuPG at %1: %2</source>
        <translation>cannot point GnuPG at %1: %2</translation>
    </message>
    <message>
        <source>the keyring %1 does not exist</source>
        <translation>the keyring %1 does not exist</translation>
    </message>
    <message>
        <source>cannot read the keyring %1: %2</source>
        <translation>cannot read the keyring %1: %2</translation>
    </message>
    <message>
        <source>the keyring %1 holds no OpenPGP key</source>
        <translation>the keyring %1 holds no OpenPGP key</translation>
    </message>
</context>
<context>
    <name>charthouse::HelmIgnore</name>
    <message>
        <source>double-star (**) syntax is not supported</source>
        <translation>double-star (**) syntax is not supported</translation>
    </message>
    <message>
        <source>syntax error in pattern &quot;%1&quot;</source>
        <translation>syntax error in pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 line %2: %3</translation>
    </message>
</context>
<context>
    <name>charthouse::Index</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2) — truncated or edited by hand?</source>
        <translation>not valid JSON at offset %1 (%2) — truncated or edited by hand?</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>schemaVersion is not 2</source>
        <translation>schemaVersion is not 2</translation>
    </message>
    <message>
        <source>&quot;manifests&quot; is not a list</source>
        <translation>&quot;manifests&quot; is not a list</translation>
    </message>
    <message>
        <source>manifest entry %1 is not an object</source>
        <translation>manifest entry %1 is not an object</translation>
    </message>
    <message>
        <source>manifest entry %1</source>
        <translation>manifest entry %1</translation>
    </message>
</context>
<context>
    <name>charthouse::Keychain</name>
    <message>
        <source>the keychain refused access to the password for %1 (locked?): %2</source>
        <translation>the keychain refused access to the password for %1 (locked?): %2</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>keychain: %1</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>not logged in to %1</translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation>no keychain is available (is a Secret Service such as gnome-keyring running?): %1</translation>
    </message>
</context>
<context>
    <name>charthouse::KeyringField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Keyring for signatures</source>
        <translation>Keyring for signatures</translation>
    </message>
    <message>
        <source>The GnuPG public keyring chart signatures are checked against. Empty: Helm&apos;s default, %1</source>
        <translation>The GnuPG public keyring chart signatures are checked against. Empty: Helm&apos;s default, %1</translation>
    </message>
    <message>
        <source>Choose the keyring for signatures</source>
        <translation>Choose the keyring for signatures</translation>
    </message>
    <message>
        <source>GnuPG keyrings (*.gpg *.kbx *.asc *.pgp);;All files (*)</source>
        <translation>GnuPG keyrings (*.gpg *.kbx *.asc *.pgp);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n key(s).</source>
        <translation>
            <numerusform>%1 holds %n key.</numerusform>
            <numerusform>%1 holds %n keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist: signatures cannot be checked until it does, or another keyring is chosen.</source>
        <translation>%1 does not exist: signatures cannot be checked until it does, or another keyring is chosen.</translation>
    </message>
    <message>
        <source>Not a keyring GnuPG can read: %1</source>
        <translation>Not a keyring GnuPG can read: %1</translation>
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
    <name>charthouse::ListingPlaceholder</name>
    <message>
        <source>Reading the cache</source>
        <translation>Reading the cache</translation>
    </message>
    <message>
        <source>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</source>
        <translation>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Reading the cache…</translation>
    </message>
    <message>
        <source>The cache could not be read.

%1</source>
        <translation>The cache could not be read.

%1</translation>
    </message>
</context>
<context>
    <name>charthouse::LocalRegistry</name>
    <message>
        <source>invalid address &quot;%1&quot;: expected HOST:PORT, e.g. localhost:5000</source>
        <translation>invalid address &quot;%1&quot;: expected HOST:PORT, e.g. localhost:5000</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;: &quot;%2&quot; is not a host name or IP address</source>
        <translation>invalid address &quot;%1&quot;: &quot;%2&quot; is not a host name or IP address</translation>
    </message>
    <message>
        <source>no local registry has run on %1</source>
        <translation>no local registry has run on %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot read the htpasswd file %1</source>
        <translation>cannot read the htpasswd file %1</translation>
    </message>
    <message>
        <source>htpasswd is needed to hash the password: sudo apt-get install apache2-utils</source>
        <translation>htpasswd is needed to hash the password: sudo apt-get install apache2-utils</translation>
    </message>
    <message>
        <source>htpasswd could not hash the password: %1</source>
        <translation>htpasswd could not hash the password: %1</translation>
    </message>
    <message>
        <source>the registry on %1 did not answer within %2 seconds</source>
        <translation>the registry on %1 did not answer within %2 seconds</translation>
    </message>
    <message>
        <source>docker-registry is not installed. It is Debian&apos;s package of the registry server (the &quot;registry&quot; container image): sudo apt-get install docker-registry</source>
        <translation>docker-registry is not installed. It is Debian&apos;s package of the registry server (the &quot;registry&quot; container image): sudo apt-get install docker-registry</translation>
    </message>
    <message>
        <source>give a user or an htpasswd file, not both</source>
        <translation>give a user or an htpasswd file, not both</translation>
    </message>
    <message>
        <source>the user %1 needs a password</source>
        <translation>the user %1 needs a password</translation>
    </message>
    <message>
        <source>cannot find the address of %1</source>
        <translation>cannot find the address of %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>cannot create the directory %1</translation>
    </message>
    <message>
        <source>cannot create the storage directory %1</source>
        <translation>cannot create the storage directory %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>no local registry runs on %1</source>
        <translation>no local registry runs on %1</translation>
    </message>
    <message>
        <source>the registry on %1 (pid %2) does not stop</source>
        <translation>the registry on %1 (pid %2) does not stop</translation>
    </message>
    <message>
        <source>docker-registry stopped right after starting on %1:</source>
        <translation>docker-registry stopped right after starting on %1:</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;: give HOST:PORT without a scheme or credentials, e.g. localhost:5000</source>
        <translation>invalid address &quot;%1&quot;: give HOST:PORT without a scheme or credentials, e.g. localhost:5000</translation>
    </message>
    <message>
        <source>the user name must not contain a colon</source>
        <translation>the user name must not contain a colon</translation>
    </message>
    <message>
        <source>a local registry already runs on %1 (pid %2)</source>
        <translation>a local registry already runs on %1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>charthouse::LocalRegistryDialog</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Local test registry</source>
        <translation>Local test registry</translation>
    </message>
    <message>
        <source>Runs Debian&apos;s docker-registry (the server of the &quot;registry&quot; container image) in the background on this computer, for trying out pushes and pulls.</source>
        <translation>Runs Debian&apos;s docker-registry (the server of the &quot;registry&quot; container image) in the background on this computer, for trying out pushes and pulls.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Temporary: removed when the registry stops</source>
        <translation>Temporary: removed when the registry stops</translation>
    </message>
    <message>
        <source>Storage directory</source>
        <translation>Storage directory</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the storage directory</source>
        <translation>Choose the storage directory</translation>
    </message>
    <message>
        <source>Keep the registry&apos;s data in</source>
        <translation>Keep the registry&apos;s data in</translation>
    </message>
    <message>
        <source>None: anyone may push</source>
        <translation>None: anyone may push</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>S&amp;torage:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>No local registry runs on %1.</source>
        <translation>No local registry runs on %1.</translation>
    </message>
    <message>
        <source>Running on %1 since %2 (pid %3).</source>
        <translation>Running on %1 since %2 (pid %3).</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Storage: %1</translation>
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
    <message>
        <source>not logged in to %1</source>
        <translation>not logged in to %1</translation>
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
        <source>Settings saved. A new cache location or language applies when Charthouse starts again.</source>
        <translation>Settings saved. A new cache location or language applies when Charthouse starts again.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), %1</source>
        <translation>
            <numerusform>%n chart, %1</numerusform>
            <numerusform>%n charts, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached chart(s) could not be read: %1</source>
        <translation>
            <numerusform>%n cached chart could not be read: %1</numerusform>
            <numerusform>%n cached charts could not be read: %1</numerusform>
        </translation>
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
        <translation>
            <numerusform>Remove %n chart from the cache?

%1</numerusform>
            <numerusform>Remove %n charts from the cache?

%1</numerusform>
        </translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Clean up the cache</source>
        <translation>Clean up the cache</translation>
    </message>
    <message>
        <source>Every file in the cache belongs to a chart: there is nothing to clean up.</source>
        <translation>Every file in the cache belongs to a chart: there is nothing to clean up.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to clean up now. %n unused file(s) changed in the last minutes are kept: another program may still be saving them.</source>
        <translation>
            <numerusform>Nothing to clean up now. %n unused file changed in the last minutes is kept: another program may still be saving it.</numerusform>
            <numerusform>Nothing to clean up now. %n unused files changed in the last minutes are kept: another program may still be saving them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the cache belong to no chart (%1). Remove them?</source>
        <translation>
            <numerusform>%n file in the cache belongs to no chart (%1). Remove it?</numerusform>
            <numerusform>%n files in the cache belong to no chart (%1). Remove them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unused file(s), %1</source>
        <translation>
            <numerusform>Removed %n unused file, %1</numerusform>
            <numerusform>Removed %n unused files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Save chart…</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Push</translation>
    </message>
    <message>
        <source>P&amp;ull…</source>
        <translation>P&amp;ull…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Clea&amp;n up the cache…</source>
        <translation>Clea&amp;n up the cache…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copy reference</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Re&amp;gistries…</source>
        <translation>Re&amp;gistries…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Start a &amp;local test registry…</source>
        <translation>Start a &amp;local test registry…</translation>
    </message>
    <message>
        <source>&amp;About Charthouse</source>
        <translation>&amp;About Charthouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transfers</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>T&amp;oolbar</translation>
    </message>
    <message>
        <source>Click to dismiss.</source>
        <translation>Click to dismiss.</translation>
    </message>
    <message>
        <source>Click to see it in Transfers.</source>
        <translation>Click to see it in Transfers.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Reading the cache… %n chart(s) so far</source>
        <translation>
            <numerusform>Reading the cache… %n chart so far</numerusform>
            <numerusform>Reading the cache… %n charts so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Reading the cache…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
</context>
<context>
    <name>charthouse::Manifest</name>
    <message>
        <source>the manifest is not a JSON object (%1)</source>
        <translation>the manifest is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>the manifest&apos;s schemaVersion is not 2</source>
        <translation>the manifest&apos;s schemaVersion is not 2</translation>
    </message>
    <message>
        <source>unsupported manifest media type &quot;%1&quot;</source>
        <translation>unsupported manifest media type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the manifest has no config</source>
        <translation>the manifest has no config</translation>
    </message>
    <message>
        <source>manifest config</source>
        <translation>manifest config</translation>
    </message>
    <message>
        <source>manifest layer %1</source>
        <translation>manifest layer %1</translation>
    </message>
    <message>
        <source>not a Helm chart (its config is %1)</source>
        <translation>not a Helm chart (its config is %1)</translation>
    </message>
    <message>
        <source>its config blob claims %1 bytes, more than the limit of %2 bytes</source>
        <translation>its config blob claims %1 bytes, more than the limit of %2 bytes</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceMessage</name>
    <message>
        <source>the signed message has no &quot;...&quot; line between the metadata and the file hashes</source>
        <translation>the signed message has no &quot;...&quot; line between the metadata and the file hashes</translation>
    </message>
    <message>
        <source>the signed message has no files: map</source>
        <translation>the signed message has no files: map</translation>
    </message>
    <message>
        <source>the files: map holds something other than names and hashes</source>
        <translation>the files: map holds something other than names and hashes</translation>
    </message>
    <message>
        <source>the file hashes are not YAML: %1</source>
        <translation>the file hashes are not YAML: %1</translation>
    </message>
    <message>
        <source>the chart&apos;s config is not a JSON object</source>
        <translation>the chart&apos;s config is not a JSON object</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceSigner</name>
    <message>
        <source>more than one key of %1 has a user ID containing &quot;%2&quot;</source>
        <translation>more than one key of %1 has a user ID containing &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no secret key in %1 has a user ID containing &quot;%2&quot;</source>
        <translation>no secret key in %1 has a user ID containing &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the passphrase of the key &quot;%1&quot; is wrong</source>
        <translation>the passphrase of the key &quot;%1&quot; is wrong</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; needs a passphrase</source>
        <translation>the key &quot;%1&quot; needs a passphrase</translation>
    </message>
    <message>
        <source>cannot sign with the key &quot;%1&quot;: %2</source>
        <translation>cannot sign with the key &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceVerifier</name>
    <message>
        <source>the provenance is larger than %1 KiB</source>
        <translation>the provenance is larger than %1 KiB</translation>
    </message>
    <message>
        <source>signature block not found</source>
        <translation>signature block not found</translation>
    </message>
    <message>
        <source>the provenance holds no signature</source>
        <translation>the provenance holds no signature</translation>
    </message>
    <message>
        <source>the provenance names no file %1</source>
        <translation>the provenance names no file %1</translation>
    </message>
</context>
<context>
    <name>charthouse::PruneJob</name>
    <message>
        <source>Look for unused blobs</source>
        <translation>Look for unused blobs</translation>
    </message>
    <message>
        <source>Remove unused blobs</source>
        <translation>Remove unused blobs</translation>
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
    <message>
        <source>%1: a layer of %2 (%3) is larger than the limit of %4; nothing was downloaded</source>
        <translation>%1: a layer of %2 (%3) is larger than the limit of %4; nothing was downloaded</translation>
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
    <name>charthouse::Reference</name>
    <message>
        <source>invalid reference &quot;%1&quot;: %2</source>
        <translation>invalid reference &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it needs a registry and a repository, e.g. localhost:5000/myrepo/mychart:2.7.0</source>
        <translation>it needs a registry and a repository, e.g. localhost:5000/myrepo/mychart:2.7.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host[:port]</source>
        <translation>&quot;%1&quot; is not a valid registry host[:port]</translation>
    </message>
    <message>
        <source>the repository is empty</source>
        <translation>the repository is empty</translation>
    </message>
    <message>
        <source>repository part &quot;%1&quot; must be lowercase letters, digits and . _ - separators</source>
        <translation>repository part &quot;%1&quot; must be lowercase letters, digits and . _ - separators</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>the name is longer than 255 characters</translation>
    </message>
    <message>
        <source>a tag is required, e.g. localhost:5000/myrepo/mychart:2.7.0</source>
        <translation>a tag is required, e.g. localhost:5000/myrepo/mychart:2.7.0</translation>
    </message>
    <message>
        <source>give a repository without tag or digest, e.g. localhost:5000/myrepo/mychart</source>
        <translation>give a repository without tag or digest, e.g. localhost:5000/myrepo/mychart</translation>
    </message>
    <message>
        <source>give HOST[:PORT]/REPOSITORY/NAME:TAG without a scheme or credentials (log in for those)</source>
        <translation>give HOST[:PORT]/REPOSITORY/NAME:TAG without a scheme or credentials (log in for those)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry HOST[:PORT] (give it without a scheme, path or credentials)</source>
        <translation>&quot;%1&quot; is not a registry HOST[:PORT] (give it without a scheme, path or credentials)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; may contain only letters, digits, _ . - and + (at most 128)</source>
        <translation>tag &quot;%1&quot; may contain only letters, digits, _ . - and + (at most 128)</translation>
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
    <message>
        <source>No registries yet. Type one below and log in.</source>
        <translation>No registries yet. Type one below and log in.</translation>
    </message>
    <message>
        <source>&amp;Known registries:</source>
        <translation>&amp;Known registries:</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryBrowser</name>
    <message>
        <source>Registry &amp;browser</source>
        <translation>Registry &amp;browser</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryCall</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: the registry sent more than the %2 bytes the blob should have</source>
        <translation>%1: the registry sent more than the %2 bytes the blob should have</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s answer is larger than %2 bytes</source>
        <translation>%1: the registry&apos;s answer is larger than %2 bytes</translation>
    </message>
    <message>
        <source>%1: refusing a redirect from HTTPS to %2</source>
        <translation>%1: refusing a redirect from HTTPS to %2</translation>
    </message>
    <message>
        <source>%1: the user name or password was not accepted</source>
        <translation>%1: the user name or password was not accepted</translation>
    </message>
    <message>
        <source>cannot read a PEM certificate from the CA file %1</source>
        <translation>cannot read a PEM certificate from the CA file %1</translation>
    </message>
    <message>
        <source>a client certificate needs both a certificate file and a key file (given only %1)</source>
        <translation>a client certificate needs both a certificate file and a key file (given only %1)</translation>
    </message>
    <message>
        <source>cannot read a PEM certificate from the client certificate file %1</source>
        <translation>cannot read a PEM certificate from the client certificate file %1</translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation>cannot read the client key %1: %2</translation>
    </message>
    <message>
        <source>the client key %1 is neither an RSA nor an EC private key in PEM format (an encrypted key is not supported)</source>
        <translation>the client key %1 is neither an RSA nor an EC private key in PEM format (an encrypted key is not supported)</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s Docker-Content-Digest &quot;%2&quot; is not a sha256 or sha512 digest; refusing the answer</source>
        <translation>%1: the registry&apos;s Docker-Content-Digest &quot;%2&quot; is not a sha256 or sha512 digest; refusing the answer</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer within %2 s</source>
        <translation>cannot reach %1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1: the registry stopped sending after %2 bytes: nothing within %3 s</source>
        <translation>%1: the registry stopped sending after %2 bytes: nothing within %3 s</translation>
    </message>
    <message>
        <source>%1: the transfer moved %2 bytes in %3 s, below the speed limit of %4 bytes</source>
        <translation>%1: the transfer moved %2 bytes in %3 s, below the speed limit of %4 bytes</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes</source>
        <translation>%1: the connection closed after %2 of %3 bytes</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 bytes</source>
        <translation>%1: the connection closed after %2 bytes</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2 {1:?}</translation>
    </message>
    <message>
        <source>%1: too many redirects (more than %2)</source>
        <translation>%1: too many redirects (more than %2)</translation>
    </message>
    <message>
        <source>%1: a redirect to an address that is not valid</source>
        <translation>%1: a redirect to an address that is not valid</translation>
    </message>
    <message>
        <source>%1: the registry sent %2 when asked for %3</source>
        <translation>%1: the registry sent %2 when asked for %3</translation>
    </message>
    <message>
        <source>%1: %2, where the registry sent us, refused access (HTTP %3)</source>
        <translation>%1: %2, where the registry sent us, refused access (HTTP %3)</translation>
    </message>
    <message>
        <source>%1: the registry stored the content under another digest (%2) than the one it was sent</source>
        <translation>%1: the registry stored the content under another digest (%2) than the one it was sent</translation>
    </message>
    <message>
        <source>%1: what the registry sent for %2 does not match its digest</source>
        <translation>%1: what the registry sent for %2 does not match its digest</translation>
    </message>
    <message>
        <source>%1: the answer for %2 does not match the registry&apos;s Docker-Content-Digest (%3)</source>
        <translation>%1: the answer for %2 does not match the registry&apos;s Docker-Content-Digest (%3)</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryClient</name>
    <message>
        <source>%1: the manifest of %2 %3</source>
        <translation>%1: the manifest of %2 %3</translation>
    </message>
    <message>
        <source>does not match the digest asked for</source>
        <translation>does not match the digest asked for</translation>
    </message>
    <message>
        <source>%1: the blob %2 claims %3 bytes, more than the limit of %4 bytes</source>
        <translation>%1: the blob %2 claims %3 bytes, more than the limit of %4 bytes</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s list goes on past %2 pages or %3 entries; stopped</source>
        <translation>%1: the registry&apos;s list goes on past %2 pages or %3 entries; stopped</translation>
    </message>
    <message>
        <source>%1: the registry did not name the digest of %2</source>
        <translation>%1: the registry did not name the digest of %2</translation>
    </message>
    <message>
        <source>%1: what the registry sent for %2 does not match its digest</source>
        <translation>%1: what the registry sent for %2 does not match its digest</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryErrors</name>
    <message>
        <source>repository &quot;%1&quot;</source>
        <translation>repository &quot;%1&quot;</translation>
    </message>
    <message>
        <source>access to %1 denied: your account may not have the permission</source>
        <translation>access to %1 denied: your account may not have the permission</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 not found</translation>
    </message>
    <message>
        <source>%1 is not a valid name for this registry</source>
        <translation>%1 is not a valid name for this registry</translation>
    </message>
    <message>
        <source>no such chart version in %1</source>
        <translation>no such chart version in %1</translation>
    </message>
    <message>
        <source>a blob of %1 is missing on the registry</source>
        <translation>a blob of %1 is missing on the registry</translation>
    </message>
    <message>
        <source>the registry lost track of an upload to %1; try again</source>
        <translation>the registry lost track of an upload to %1; try again</translation>
    </message>
    <message>
        <source>the registry says uploaded content for %1 does not match its digest</source>
        <translation>the registry says uploaded content for %1 does not match its digest</translation>
    </message>
    <message>
        <source>the registry says uploaded content for %1 does not match its size</source>
        <translation>the registry says uploaded content for %1 does not match its size</translation>
    </message>
    <message>
        <source>the manifest for %1 refers to blobs the registry does not have</source>
        <translation>the manifest for %1 refers to blobs the registry does not have</translation>
    </message>
    <message>
        <source>the registry refused the manifest for %1 as invalid</source>
        <translation>the registry refused the manifest for %1 as invalid</translation>
    </message>
    <message>
        <source>the registry refused the tag for %1</source>
        <translation>the registry refused the tag for %1</translation>
    </message>
    <message>
        <source>too many requests: the registry asks to slow down; try again later</source>
        <translation>too many requests: the registry asks to slow down; try again later</translation>
    </message>
    <message>
        <source>the registry does not support this operation on %1</source>
        <translation>the registry does not support this operation on %1</translation>
    </message>
    <message>
        <source>the registry answered HTTP %1%2</source>
        <translation>the registry answered HTTP %1%2</translation>
    </message>
    <message>
        <source>not found in repository &quot;%1&quot; (HTTP 404)</source>
        <translation>not found in repository &quot;%1&quot; (HTTP 404)</translation>
    </message>
    <message>
        <source>authentication required</source>
        <translation>authentication required</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistrySidebar</name>
    <message>
        <source>Registries and repositories</source>
        <translation>Registries and repositories</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Filter repositories</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Local cache</translation>
    </message>
    <message>
        <source>Expand to list the repositories</source>
        <translation>Expand to list the repositories</translation>
    </message>
    <message>
        <source>Listing repositories…</source>
        <translation>Listing repositories…</translation>
    </message>
    <message>
        <source>Cannot list the repositories: %1</source>
        <translation>Cannot list the repositories: %1</translation>
    </message>
    <message>
        <source>No repositories</source>
        <translation>No repositories</translation>
    </message>
    <message>
        <source>Add repositor&amp;y…</source>
        <translation>Add repositor&amp;y…</translation>
    </message>
    <message>
        <source>For a registry that does not list its repositories: add one by its name</source>
        <translation>For a registry that does not list its repositories: add one by its name</translation>
    </message>
    <message>
        <source>This registry does not offer its catalog: these are the repositories known here (pushed, pulled, listed before or added by hand).</source>
        <translation>This registry does not offer its catalog: these are the repositories known here (pushed, pulled, listed before or added by hand).</translation>
    </message>
    <message>
        <source>No catalog here: add a repository by hand</source>
        <translation>No catalog here: add a repository by hand</translation>
    </message>
    <message>
        <source>No catalog here: the repositories known on this computer</source>
        <translation>No catalog here: the repositories known on this computer</translation>
    </message>
    <message>
        <source>Add repository</source>
        <translation>Add repository</translation>
    </message>
    <message>
        <source>Repository (REGISTRY/REPOSITORY, e.g. registry.example.com/team/chart):</source>
        <translation>Repository (REGISTRY/REPOSITORY, e.g. registry.example.com/team/chart):</translation>
    </message>
    <message>
        <source>“%1” is no repository: %2</source>
        <translation>“%1” is no repository: %2</translation>
    </message>
    <message>
        <source>Cannot remember %1: %2</source>
        <translation>Cannot remember %1: %2</translation>
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
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>The registry did not say</source>
        <translation>The registry did not say</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Pulling %1…</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteDetailsJob</name>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteVerifyJob</name>
    <message>
        <source>Verify the signature of %1</source>
        <translation>Verify the signature of %1</translation>
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
    <name>charthouse::RepositoriesJob</name>
    <message>
        <source>List repositories of %1</source>
        <translation>List repositories of %1</translation>
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
    <message>
        <source>The media type a push sends: the legacy one for registries that Helm 3.0–3.6 pull from. Helm 3.0–3.6 read the shared cache either way.</source>
        <translation>The media type a push sends: the legacy one for registries that Helm 3.0–3.6 pull from. Helm 3.0–3.6 read the shared cache either way.</translation>
    </message>
</context>
<context>
    <name>charthouse::SaveJob</name>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>%1 has no tag, and the chart&apos;s version %2 cannot be one; give the reference a tag</source>
        <translation>%1 has no tag, and the chart&apos;s version %2 cannot be one; give the reference a tag</translation>
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
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest chart layer a pull accepts, in MiB</source>
        <translation>Largest chart layer a pull accepts, in MiB</translation>
    </message>
    <message>
        <source>A chart whose layer is larger is refused before it is downloaded. Helm&apos;s limit is 100 MiB.</source>
        <translation>A chart whose layer is larger is refused before it is downloaded. Helm&apos;s limit is 100 MiB.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source> bytes in %n s</source>
        <translation>
            <numerusform> bytes in %n second</numerusform>
            <numerusform> bytes in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>End a transfer that moves fewer bytes than this</source>
        <translation>End a transfer that moves fewer bytes than this</translation>
    </message>
    <message>
        <source>For slow links, lower it, or choose 0 to never end a slow transfer.</source>
        <translation>For slow links, lower it, or choose 0 to never end a slow transfer.</translation>
    </message>
    <message>
        <source>Largest chart la&amp;yer:</source>
        <translation>Largest chart la&amp;yer:</translation>
    </message>
    <message>
        <source>End transfers slower &amp;than:</source>
        <translation>End transfers slower &amp;than:</translation>
    </message>
    <message>
        <source>Keyring for si&amp;gnatures:</source>
        <translation>Keyring for si&amp;gnatures:</translation>
    </message>
</context>
<context>
    <name>charthouse::SettingsFile</name>
    <message>
        <source>%1: the settings could not be written completely</source>
        <translation>%1: the settings could not be written completely</translation>
    </message>
</context>
<context>
    <name>charthouse::SideBySideView</name>
    <message>
        <source>Old: %1</source>
        <translation>Old: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::SignatureText</name>
    <message>
        <source>Signature: checking…</source>
        <translation>Signature: checking…</translation>
    </message>
    <message>
        <source>Signature: not signed</source>
        <translation>Signature: not signed</translation>
    </message>
    <message>
        <source>Signature: signed with key %1, which is not in the keyring %2</source>
        <translation>Signature: signed with key %1, which is not in the keyring %2</translation>
    </message>
    <message>
        <source>Signature: does not verify; the provenance was changed after signing (%1)</source>
        <translation>Signature: does not verify; the provenance was changed after signing (%1)</translation>
    </message>
    <message>
        <source>Signature: the chart is not the archive that was signed (SHA-256 %1, signed %2)</source>
        <translation>Signature: the chart is not the archive that was signed (SHA-256 %1, signed %2)</translation>
    </message>
    <message>
        <source>Signature: the provenance cannot be read: %1</source>
        <translation>Signature: the provenance cannot be read: %1</translation>
    </message>
    <message>
        <source>Signature: cannot be checked: %1</source>
        <translation>Signature: cannot be checked: %1</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>Signature: verified, signed by %1 (key %2); the archive&apos;s SHA-256 matches</source>
        <translation>Signature: verified, signed by %1 (key %2); the archive&apos;s SHA-256 matches</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but the key expired on %3</source>
        <translation>Signature: signed by %1 (key %2), but the key expired on %3</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but its owner revoked the key; do not trust it</source>
        <translation>Signature: signed by %1 (key %2), but its owner revoked the key; do not trust it</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but the signature expired on %3</source>
        <translation>Signature: signed by %1 (key %2), but the signature expired on %3</translation>
    </message>
</context>
<context>
    <name>charthouse::StartLocalRegistryJob</name>
    <message>
        <source>Start a local registry on %1</source>
        <translation>Start a local registry on %1</translation>
    </message>
</context>
<context>
    <name>charthouse::StopLocalRegistryJob</name>
    <message>
        <source>Stop the local registry on %1</source>
        <translation>Stop the local registry on %1</translation>
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
    <name>charthouse::TokenRequest</name>
    <message>
        <source>%1: the token service address is not valid</source>
        <translation>%1: the token service address is not valid</translation>
    </message>
    <message>
        <source>%1: refusing to ask a token service over plain HTTP for an HTTPS registry</source>
        <translation>%1: refusing to ask a token service over plain HTTP for an HTTPS registry</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: the token service&apos;s answer is larger than %2 bytes</source>
        <translation>%1: the token service&apos;s answer is larger than %2 bytes</translation>
    </message>
    <message>
        <source>cannot reach the token service %1: no answer within %2 s</source>
        <translation>cannot reach the token service %1: no answer within %2 s</translation>
    </message>
    <message>
        <source>the token service %1 sent %2 bytes in %3 s, slower than the limit</source>
        <translation>the token service %1 sent %2 bytes in %3 s, slower than the limit</translation>
    </message>
    <message>
        <source>%1: the token service sent us to %2, which refused access (HTTP %3)</source>
        <translation>%1: the token service sent us to %2, which refused access (HTTP %3)</translation>
    </message>
    <message>
        <source>%1: the user name or password was not accepted</source>
        <translation>%1: the user name or password was not accepted</translation>
    </message>
    <message>
        <source>%1: authentication required</source>
        <translation>%1: authentication required</translation>
    </message>
    <message>
        <source>%1: the token service answered %2</source>
        <translation>%1: the token service answered %2</translation>
    </message>
    <message>
        <source>%1: the token service gave no token</source>
        <translation>%1: the token service gave no token</translation>
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
    <message>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Remove the selected ended jobs from the list, failed ones too</source>
        <translation>Remove the selected ended jobs from the list, failed ones too</translation>
    </message>
    <message>
        <source>Remove finished and cancelled jobs from the list; failed ones stay</source>
        <translation>Remove finished and cancelled jobs from the list; failed ones stay</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>charthouse::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>Verify %1</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsDeleter</name>
    <message>
        <source>Looking for what else deleting %1 removes…</source>
        <translation>Looking for what else deleting %1 removes…</translation>
    </message>
    <message numerus="yes">
        <source>Looking for what else deleting %n version(s) removes…</source>
        <translation>
            <numerusform>Looking for what else deleting %n version removes…</numerusform>
            <numerusform>Looking for what else deleting %n versions removes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted. %1: %2</source>
        <translation>Nothing was deleted. %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the registry?</source>
        <translation>Delete %1 from the registry?</translation>
    </message>
    <message>
        <source>Delete %1 from the registry? The same chart (%2) is also tagged %3: those tags go too.</source>
        <translation>Delete %1 from the registry? The same chart (%2) is also tagged %3: those tags go too.</translation>
    </message>
    <message>
        <source>%1 (the same chart is also tagged %2: those tags go too)</source>
        <translation>%1 (the same chart is also tagged %2: those tags go too)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n version(s) of %1 from the registry?</source>
        <translation>
            <numerusform>Delete %n version of %1 from the registry?</numerusform>
            <numerusform>Delete %n versions of %1 from the registry?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the registry</source>
        <translation>Delete from the registry</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation>Deleted %1 from %2.</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsJob</name>
    <message>
        <source>List versions of %1</source>
        <translation>List versions of %1</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsModel</name>
    <message>
        <source>In cache</source>
        <translation>In cache</translation>
    </message>
    <message>
        <source>Newer remote</source>
        <translation>Newer remote</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>This version could not be described: %1</source>
        <translation>This version could not be described: %1</translation>
    </message>
    <message>
        <source>The cache holds another chart under this tag</source>
        <translation>The cache holds another chart under this tag</translation>
    </message>
    <message>
        <source>The registry has a newer version than the cached one</source>
        <translation>The registry has a newer version than the cached one</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsPanel</name>
    <message>
        <source>Show &amp;pre-releases</source>
        <translation>Show &amp;pre-releases</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Show pre-releases</source>
        <translation>Show pre-releases</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>P&amp;ull</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Copy &amp;to…</source>
        <translation>Copy &amp;to…</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>Add t&amp;ag…</translation>
    </message>
    <message>
        <source>Listing the versions of %1…</source>
        <translation>Listing the versions of %1…</translation>
    </message>
    <message>
        <source>Cannot list the versions of %1: %2</source>
        <translation>Cannot list the versions of %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-release(s) only: tick “Show pre-releases” to see them.</source>
        <translation>
            <numerusform>%n pre-release only: tick “Show pre-releases” to see it.</numerusform>
            <numerusform>%n pre-releases only: tick “Show pre-releases” to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a repository on the left.</source>
        <translation>Choose a repository on the left.</translation>
    </message>
    <message>
        <source>%1 has no versions.</source>
        <translation>%1 has no versions.</translation>
    </message>
    <message>
        <source>Showing the versions seen last time; checking the registry…</source>
        <translation>Showing the versions seen last time; checking the registry…</translation>
    </message>
    <message>
        <source>Listing versions…</source>
        <translation>Listing versions…</translation>
    </message>
    <message>
        <source>Cannot reach the registry: %1</source>
        <translation>Cannot reach the registry: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-release(s) hidden</source>
        <translation>
            <numerusform>, %n pre-release hidden</numerusform>
            <numerusform>, %n pre-releases hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n version(s)…</source>
        <translation>
            <numerusform>Pulling %n version…</numerusform>
            <numerusform>Pulling %n versions…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>Copy %1 to (REGISTRY/REPOSITORY[:TAG]):</source>
        <translation>Copy %1 to (REGISTRY/REPOSITORY[:TAG]):</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>Copied %1 to %2</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>New tag for %1:</source>
        <translation>New tag for %1:</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag: letters, digits, _ . + - only, at most 128.</source>
        <translation>“%1” is not a valid tag: letters, digits, _ . + - only, at most 128.</translation>
    </message>
    <message>
        <source>Tagged %1 as %2</source>
        <translation>Tagged %1 as %2</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Check every tag with the registry again (F5)</source>
        <translation>Check every tag with the registry again (F5)</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <source>Verif&amp;y signature</source>
        <translation>Verif&amp;y signature</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the signature of %1…</source>
        <translation>Checking the signature of %1…</translation>
    </message>
</context>
</TS>
