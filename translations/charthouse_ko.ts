<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>텍스트 지우기</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>기타 동작</translation>
    </message>
</context>
<context>
    <name>BlobPipe</name>
    <message>
        <source>the blob %1 that was read (%2 bytes, %3) is not the one its manifest names (%4 bytes)</source>
        <translation>읽은 블롭 %1(%2바이트, %3)은 매니페스트가 가리키는 블롭(%4바이트)이 아닙니다</translation>
    </message>
</context>
<context>
    <name>charthouse::AboutDialog</name>
    <message>
        <source>About Charthouse</source>
        <translation>Charthouse 정보</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>빌드: %1</translation>
    </message>
    <message>
        <source>Built %1 from commit %2</source>
        <translation>빌드: %1 (커밋 %2)</translation>
    </message>
    <message>
        <source>Helm charts in OCI registries, point and click.</source>
        <translation>OCI 레지스트리의 Helm 차트를 클릭으로 다룹니다.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>사용한 라이브러리</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
</context>
<context>
    <name>charthouse::BlobCollector</name>
    <message>
        <source>cannot tell which blobs are in use, so none was removed: %1</source>
        <translation>어떤 블롭이 사용 중인지 알 수 없어 아무것도 지우지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::BlobWriter</name>
    <message>
        <source>blob %1 has %2 bytes, expected %3</source>
        <translation>블롭 %1의 크기가 %2바이트입니다 (예상: %3바이트)</translation>
    </message>
    <message>
        <source>blob content does not match its digest %1 (got %2)</source>
        <translation>블롭 내용이 다이제스트 %1과(와) 일치하지 않습니다 (실제: %2)</translation>
    </message>
</context>
<context>
    <name>charthouse::CacheLock</name>
    <message>
        <source>cannot open the cache lock: %1</source>
        <translation>캐시 잠금 파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: the cache lock is %2, not a regular file</source>
        <translation>%1: 캐시 잠금 파일이 일반 파일이 아니라 %2입니다</translation>
    </message>
    <message>
        <source>cannot lock the cache: %1</source>
        <translation>캐시를 잠글 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cancelled while waiting for the cache lock</source>
        <translation>캐시 잠금을 기다리는 중에 취소했습니다</translation>
    </message>
    <message>
        <source>the chart cache is busy: its lock is still held after %1 s</source>
        <translation>차트 캐시가 사용 중입니다: %1초가 지나도 잠금이 풀리지 않았습니다</translation>
    </message>
    <message>
        <source>the chart cache is busy: process %1 still holds its lock after %2 s</source>
        <translation>차트 캐시가 사용 중입니다: %2초가 지나도 프로세스 %1이(가) 잠금을 쥐고 있습니다</translation>
    </message>
    <message>
        <source>a cache lock note is limited to %1 bytes</source>
        <translation>캐시 잠금 메모는 %1바이트까지만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartArchiveReader</name>
    <message>
        <source>unsafe chart archive: &quot;%1&quot; %2</source>
        <translation>안전하지 않은 차트 아카이브: &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>항목이 절대 경로입니다</translation>
    </message>
    <message>
        <source>contains a backslash</source>
        <translation>항목에 백슬래시가 있습니다</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>항목이 드라이브 문자로 시작합니다</translation>
    </message>
    <message>
        <source>refers to a parent directory (..)</source>
        <translation>항목이 상위 디렉토리(..)를 가리킵니다</translation>
    </message>
    <message>
        <source>contains a drive letter</source>
        <translation>항목에 드라이브 문자가 있습니다</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>항목이 심볼릭 링크입니다</translation>
    </message>
    <message>
        <source>is a device</source>
        <translation>항목이 장치입니다</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO)</source>
        <translation>항목이 명명된 파이프(FIFO)입니다</translation>
    </message>
    <message>
        <source>is a socket</source>
        <translation>항목이 소켓입니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>항목이 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>not a chart package (gzip&apos;d tar): %1</source>
        <translation>차트 패키지(gzip으로 압축한 tar)가 아닙니다: %1</translation>
    </message>
    <message>
        <source>the chart package has more than %1 entries</source>
        <translation>차트 패키지의 항목이 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>항목에 이름이 없습니다</translation>
    </message>
    <message>
        <source>is a link; chart packages may not contain links</source>
        <translation>항목이 링크입니다. 차트 패키지에는 링크를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>is outside the chart&apos;s top directory &quot;%1&quot;</source>
        <translation>항목이 차트의 최상위 디렉토리 &quot;%1&quot; 밖에 있습니다</translation>
    </message>
    <message>
        <source>is at the archive root: Chart.yaml must be inside the chart&apos;s directory</source>
        <translation>항목이 아카이브 루트에 있습니다: Chart.yaml은 차트 디렉토리 안에 있어야 합니다</translation>
    </message>
    <message>
        <source>is outside any chart directory</source>
        <translation>항목이 어떤 차트 디렉토리에도 속하지 않습니다</translation>
    </message>
    <message>
        <source>appears twice in the package</source>
        <translation>항목이 패키지에 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>the chart package is damaged at &quot;%1&quot;: %2</source>
        <translation>차트 패키지의 &quot;%1&quot; 부분이 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expands to more than the limit of %2 bytes per file</source>
        <translation>&quot;%1&quot;의 압축을 풀면 파일당 제한인 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <source>the chart package expands to more than the limit of %1 bytes</source>
        <translation>차트 패키지의 압축을 풀면 제한인 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <source>the chart package is empty</source>
        <translation>차트 패키지가 비어 있습니다</translation>
    </message>
    <message>
        <source>the chart package has no Chart.yaml in its directory &quot;%1&quot;</source>
        <translation>차트 패키지의 디렉토리 &quot;%1&quot;에 Chart.yaml이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a chart directory or a .tgz file</source>
        <translation>%1은(는) 차트 디렉토리나 .tgz 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1이(가) 제한인 %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>libarchive gives no reason</source>
        <translation>libarchive가 이유를 알려 주지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a directory in the chart package (it holds &quot;%2&quot;), so it could not be written out</source>
        <translation>차트 패키지에서 &quot;%1&quot;이(가) 파일이면서 디렉터리이기도 해서(&quot;%2&quot;을(를) 담고 있음) 파일로 풀어 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>what it holds is not a tar archive (%1)</source>
        <translation>안에 든 것이 tar 아카이브가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>the archive is truncated or damaged: %1</source>
        <translation>아카이브가 잘렸거나 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>a header is not valid where the entry before it says it ends (%1)</source>
        <translation>앞 항목이 끝난다고 한 자리의 헤더가 올바르지 않습니다 (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>it is a tar archive without gzip compression</source>
        <translation>gzip으로 압축하지 않은 tar 아카이브입니다</translation>
    </message>
    <message>
        <source>it does not start with gzip&apos;s signature (1f 8b)</source>
        <translation>gzip 시그니처(1f 8b)로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>the gzip stream ends early — the file is truncated or damaged</source>
        <translation>gzip 스트림이 중간에 끝납니다 — 파일이 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>the gzip header is not valid</source>
        <translation>gzip 헤더가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the gzip stream is not valid</source>
        <translation>gzip 스트림이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>압축된 데이터가 손상되었습니다 (%1)</translation>
    </message>
    <message>
        <source>the gzip checksum does not match — the file is damaged</source>
        <translation>gzip 체크섬이 맞지 않습니다 — 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the gzip length does not match — the file is damaged</source>
        <translation>gzip 길이 정보가 맞지 않습니다 — 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>more than one gzip stream</source>
        <translation>gzip 스트림이 둘 이상입니다</translation>
    </message>
    <message>
        <source>data after the end of the gzip stream</source>
        <translation>gzip 스트림이 끝난 뒤에 데이터가 더 있습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartCache</name>
    <message>
        <source>chart not found: %1</source>
        <translation>차트를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the cache %1 is not a directory</source>
        <translation>캐시 %1은(는) 디렉토리가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has no index.json: it is not a chart cache</source>
        <translation>%1에 index.json이 없습니다: 차트 캐시가 아닙니다</translation>
    </message>
    <message>
        <source>blob %1 is %2 bytes, more than the limit of %3</source>
        <translation>블롭 %1이(가) %2바이트로, 제한인 %3바이트를 넘습니다</translation>
    </message>
    <message>
        <source>blob %1 is missing from the cache</source>
        <translation>캐시에 블롭 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>blob %1 in the cache has %2 bytes, expected %3 (damaged?)</source>
        <translation>캐시의 블롭 %1이(가) %2바이트입니다. 예상 크기는 %3바이트입니다 (손상되었나요?)</translation>
    </message>
    <message>
        <source>blob %1 in the cache does not match its digest (modified on disk?)</source>
        <translation>캐시의 블롭 %1이(가) 다이제스트와 일치하지 않습니다 (디스크에서 수정되었나요?)</translation>
    </message>
    <message>
        <source>%1 is %2, not a directory: refusing to use it</source>
        <translation>%1은(는) 디렉터리가 아니라 %2이므로 사용하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: the cache is damaged</source>
        <translation>%1은(는) 일반 파일이 아니라 %2입니다: 캐시가 손상되었습니다</translation>
    </message>
    <message>
        <source>blob %1 cannot be read: %2</source>
        <translation>블롭 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartComparer</name>
    <message>
        <source>%1/%2 is larger than %3 bytes: too large to compare</source>
        <translation>%1/%2이(가) %3바이트보다 커서 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1: values must be a mapping of keys to values</source>
        <translation>%1: values는 키와 값의 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>%1: too many values to compare</source>
        <translation>%1: 비교하기에 값이 너무 많습니다</translation>
    </message>
    <message>
        <source>%1: not valid YAML: %2 (line %3)</source>
        <translation>%1: 올바른 YAML이 아닙니다: %2 (%3번째 줄)</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartDetailsDialog</name>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>쿠버네티스</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>Maintainers</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>의존성</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>지원 중단</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Reading the chart…</source>
        <translation>차트를 읽는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>매니페스트</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>미디어 유형</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Files in the package</source>
        <translation>패키지의 파일</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>선택한 파일의 내용</translation>
    </message>
    <message>
        <source>Chart API</source>
        <translation>차트 API</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>비교(&amp;W)…</translation>
    </message>
    <message>
        <source>Downloading %1 from the registry (not into the cache)…</source>
        <translation>레지스트리에서 %1을(를) 내려받는 중(캐시에는 넣지 않음)…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>내려받기 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not downloaded.</source>
        <translation>취소됨: %1을(를) 내려받지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartDirectoryLoader</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist (or loops)</source>
        <translation>%1은(는) %2을(를) 가리키는 심볼릭 링크인데, 대상이 없거나 순환합니다</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the chart</source>
        <translation>%1은(는) 차트 밖의 %2을(를) 가리키는 심볼릭 링크입니다</translation>
    </message>
    <message>
        <source>%1 is a symbolic link loop (it leads back to %2)</source>
        <translation>%1은(는) 순환하는 심볼릭 링크입니다 (%2(으)로 되돌아감)</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>명명된 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 항목</translation>
    </message>
    <message>
        <source>%1 is %2; a chart may only contain regular files</source>
        <translation>%1은(는) %2입니다. 차트에는 일반 파일만 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the limit of %3 bytes per file</source>
        <translation>%1이(가) %2바이트로, 파일당 제한인 %3바이트를 넘습니다</translation>
    </message>
    <message>
        <source>the chart is over the limit of %1 bytes in all (at %2)</source>
        <translation>차트 전체 크기가 제한인 %1바이트를 넘습니다 (%2에서)</translation>
    </message>
    <message>
        <source>%1 grew over the limit of %2 bytes per file</source>
        <translation>%1이(가) 커져서 파일당 제한인 %2바이트를 넘었습니다</translation>
    </message>
    <message>
        <source>no Chart.yaml in %1</source>
        <translation>%1에 Chart.yaml이 없습니다</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: 파일이나 디렉토리가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1은(는) 디렉토리가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is a symbolic link loop (%2)</source>
        <translation>%1은(는) 순환하는 심볼릭 링크입니다 (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: 읽을 수 없습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartExporter</name>
    <message>
        <source>refusing to write &quot;%1&quot;: not a plain relative path</source>
        <translation>&quot;%1&quot;을(를) 쓰지 않습니다: 일반 상대 경로가 아닙니다</translation>
    </message>
    <message>
        <source>refusing to export a chart named &quot;%1&quot;</source>
        <translation>이름이 &quot;%1&quot;인 차트는 내보내지 않습니다</translation>
    </message>
    <message>
        <source>cannot move the old copy aside: %1</source>
        <translation>이전 사본을 옮겨 둘 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1; the old copy is kept as %2</source>
        <translation>%1; 이전 사본은 %2에 남아 있습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1이(가) 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartLoadCheck</name>
    <message>
        <source>values must be a mapping of keys to values</source>
        <translation>values는 키와 값의 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (line %2)</source>
        <translation>올바른 YAML이 아닙니다: %1 (%2번째 줄)</translation>
    </message>
    <message>
        <source>subcharts nested too deep</source>
        <translation>하위 차트가 너무 깊게 중첩되어 있습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartMetadata</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain value</source>
        <translation>&quot;%1&quot;은(는) 단순 값이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot;은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>maintainers must not contain empty or null entries</source>
        <translation>maintainers에 비어 있거나 null인 항목이 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>dependencies must not contain empty or null entries</source>
        <translation>dependencies에 비어 있거나 null인 항목이 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>dependency &quot;%1&quot; has disallowed characters in the alias</source>
        <translation>의존성 &quot;%1&quot;의 alias에 허용되지 않는 문자가 있습니다</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the file must be a YAML mapping of keys to values</source>
        <translation>파일은 키와 값의 YAML 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>name이 필요합니다</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not allowed: a chart name can&apos;t contain / or \ or be . or ..</source>
        <translation>name &quot;%1&quot;은(는) 허용되지 않습니다: 차트 이름에는 /나 \를 쓸 수 없고, . 또는 ..일 수 없습니다</translation>
    </message>
    <message>
        <source>version is required</source>
        <translation>version이 필요합니다</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not a valid SemVer 2 version (MAJOR.MINOR.PATCH, e.g. 1.2.3)</source>
        <translation>version &quot;%1&quot;은(는) 올바른 SemVer 2 버전이 아닙니다 (MAJOR.MINOR.PATCH, 예: 1.2.3)</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; must be application or library</source>
        <translation>type &quot;%1&quot;은(는) application 또는 library여야 합니다</translation>
    </message>
    <message>
        <source>more than one dependency with name or alias &quot;%1&quot;</source>
        <translation>name 또는 alias가 &quot;%1&quot;인 의존성이 둘 이상입니다</translation>
    </message>
    <message>
        <source>version %1 is not a valid SemVer 2 version: unquoted, YAML reads it as the number %2 (write MAJOR.MINOR.PATCH, e.g. 1.2.3)</source>
        <translation>version %1은(는) 올바른 SemVer 2 버전이 아닙니다: 따옴표가 없어 YAML이 숫자 %2(으)로 읽습니다 (MAJOR.MINOR.PATCH 형식으로 쓰세요. 예: 1.2.3)</translation>
    </message>
    <message>
        <source>the chart config is not a JSON object (%1)</source>
        <translation>차트 구성이 JSON 객체가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>the chart config has no name or version</source>
        <translation>차트 구성에 name 또는 version이 없습니다</translation>
    </message>
    <message>
        <source>lists and maps nested more than %1 levels deep; Charthouse&apos;s YAML reader stops there</source>
        <translation>목록과 맵이 %1단계보다 깊게 중첩되어 있습니다. Charthouse의 YAML 리더는 그보다 깊이 읽지 않습니다</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not allowed: it contains a NUL character</source>
        <translation>name &quot;%1&quot;은(는) 허용되지 않습니다: NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>the anchor &quot;%1&quot; contains itself (*%1)</source>
        <translation>앵커 &quot;%1&quot;이(가) 자기 자신을 담고 있습니다 (*%1)</translation>
    </message>
    <message>
        <source>the document contains excessive aliasing: by here (last alias *%1) it expands to %2 nodes, %3 of them copies made by aliases (Helm refuses it too)</source>
        <translation>문서에 별칭(alias)이 지나치게 많습니다: 여기까지(마지막 별칭 *%1) 펼치면 노드가 %2개이고 그중 %3개가 별칭으로 만든 복사본입니다 (Helm도 거부합니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping of strings</source>
        <translation>&quot;%1&quot;은(는) 문자열 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>a quoted value has no closing quote before the end of the file</source>
        <translation>따옴표로 시작한 값이 파일 끝까지 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a value holds the control character U+%1, which Helm can&apos;t write back into Chart.yaml</source>
        <translation>값에 제어 문자 U+%1이(가) 있어 Helm이 Chart.yaml에 다시 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a list or a map can&apos;t be a key</source>
        <translation>목록이나 매핑은 키가 될 수 없습니다</translation>
    </message>
    <message>
        <source>a key must not be empty or null</source>
        <translation>키는 비어 있거나 null일 수 없습니다</translation>
    </message>
    <message>
        <source>a merge (&lt;&lt;) needs a map or a list of maps as its value</source>
        <translation>병합(&lt;&lt;)의 값은 매핑이거나 매핑의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 is a number JSON can&apos;t hold; quote it</source>
        <translation>%1은(는) JSON으로 나타낼 수 없는 숫자입니다. 따옴표로 감싸세요</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid leading byte 0x%1)</source>
        <translation>UTF-8이 아닙니다(잘못된 선행 바이트 0x%1)</translation>
    </message>
    <message>
        <source>not UTF-8 (a character cut short at the end)</source>
        <translation>UTF-8이 아닙니다(끝에서 문자가 잘렸습니다)</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid continuation byte 0x%1)</source>
        <translation>UTF-8이 아닙니다(잘못된 연속 바이트 0x%1)</translation>
    </message>
    <message>
        <source>not UTF-8 (an invalid byte sequence)</source>
        <translation>UTF-8이 아닙니다(잘못된 바이트 순서)</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in YAML; write it as an escape in double quotes</source>
        <translation>YAML에는 제어 문자 U+%1을(를) 쓸 수 없습니다. 큰따옴표 안에 이스케이프로 쓰세요</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported: Helm 4.1.4 reads charts of apiVersion v1, v2 and v3 (&quot;unsupported chart version&quot;)</source>
        <translation>apiVersion &quot;%1&quot;은(는) 지원되지 않습니다: Helm 4.1.4는 apiVersion v1, v2, v3 차트를 읽습니다 (&quot;unsupported chart version&quot;)</translation>
    </message>
    <message>
        <source>apiVersion &quot;v3&quot; is not supported: Helm 4.1.4 refuses to package a v3 chart (&quot;invalid chart apiVersion&quot;); use apiVersion v2 to save it</source>
        <translation>apiVersion &quot;v3&quot;은(는) 지원되지 않습니다: Helm 4.1.4는 v3 차트의 패키징을 거부합니다 (&quot;invalid chart apiVersion&quot;). 저장하려면 apiVersion v2를 사용하세요</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartPackager</name>
    <message>
        <source>packaging failed: %1</source>
        <translation>패키징 실패: %1</translation>
    </message>
    <message>
        <source>gzip: cannot initialise zlib</source>
        <translation>gzip: zlib을 초기화할 수 없습니다</translation>
    </message>
    <message>
        <source>gzip: compression failed</source>
        <translation>gzip: 압축에 실패했습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartSource</name>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: 파일이나 디렉토리가 없습니다</translation>
    </message>
    <message>
        <source>%1 is neither a chart directory or package nor a chart reference: %2</source>
        <translation>%1은(는) 차트 디렉토리나 패키지도, 차트 참조도 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: subcharts nested too deep</source>
        <translation>%1: 하위 차트가 너무 깊게 중첩되어 있습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartStore</name>
    <message>
        <source>cancelled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: 파일이나 디렉토리가 없습니다</translation>
    </message>
    <message>
        <source>%1: manifest</source>
        <translation>%1: 매니페스트</translation>
    </message>
    <message>
        <source>%1: not a Helm chart (config media type %2)</source>
        <translation>%1: Helm 차트가 아닙니다 (구성 미디어 유형: %2)</translation>
    </message>
    <message>
        <source>%1: the manifest has no chart layer</source>
        <translation>%1: 매니페스트에 차트 레이어가 없습니다</translation>
    </message>
    <message>
        <source>%1: config</source>
        <translation>%1: 구성</translation>
    </message>
    <message>
        <source>%1: chart layer</source>
        <translation>%1: 차트 레이어</translation>
    </message>
    <message>
        <source>the cache %1 is not a directory</source>
        <translation>캐시 %1은(는) 디렉토리가 아닙니다</translation>
    </message>
    <message>
        <source>%1: provenance</source>
        <translation>%1: 출처 증명</translation>
    </message>
</context>
<context>
    <name>charthouse::ChartTableModel</name>
    <message>
        <source>legacy</source>
        <translation>레거시</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>최신</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>REF</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n개월 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n년 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charthouse::CompareFileList</name>
    <message>
        <source>summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: binary file, compared by size and digest</source>
        <translation>%1: 바이너리 파일이라 크기와 다이제스트로 비교합니다</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareJob</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>비교: %1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareLauncher</name>
    <message>
        <source>Fetching %1…</source>
        <translation>%1을(를) 가져오는 중…</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No version of %1 is in the cache to compare with: select two versions.</source>
        <translation>캐시에 비교할 %1의 버전이 없습니다. 버전 두 개를 고르세요.</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareSummary</name>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 버전: %1</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message>
        <source>Chart.yaml fields</source>
        <translation>Chart.yaml 필드</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>의존성</translation>
    </message>
    <message>
        <source>Values by path</source>
        <translation>경로별 값</translation>
    </message>
    <message>
        <source>values.yaml differs only in comments or layout.</source>
        <translation>values.yaml은 주석이나 배치만 다릅니다.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Manifest digests</source>
        <translation>매니페스트 다이제스트</translation>
    </message>
    <message>
        <source>Manifest annotations</source>
        <translation>매니페스트 주석</translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) differ: see the list.</source>
        <translation>
            <numerusform>다른 파일 %n개가 다릅니다. 목록을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart.yaml differs only in layout or comments, as when Helm packages a chart.</source>
        <translation>Chart.yaml은 Helm이 차트를 패키지할 때처럼 배치나 주석만 다릅니다.</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareWindow</name>
    <message>
        <source>Summary of the differences</source>
        <translation>차이 요약</translation>
    </message>
    <message>
        <source>Binary file: sizes and digests</source>
        <translation>바이너리 파일: 크기와 다이제스트</translation>
    </message>
    <message>
        <source>Compare charts</source>
        <translation>차트 비교</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>이전 변경(&amp;P)</translation>
    </message>
    <message>
        <source>Previous change (%1)</source>
        <translation>이전 변경 (%1)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>다음 변경(&amp;N)</translation>
    </message>
    <message>
        <source>Next change (%1)</source>
        <translation>다음 변경 (%1)</translation>
    </message>
    <message>
        <source>Show &amp;unchanged files</source>
        <translation>같은 파일도 표시(&amp;U)</translation>
    </message>
    <message>
        <source>Files compared</source>
        <translation>비교한 파일</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>비교하는 중</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>비교: %1 ↔ %2</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>비교를 취소했습니다</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1와(과) %2을(를) 비교하는 중…</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>파일 %n개가 다릅니다</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 added, %2 removed, %3 changed)</source>
        <translation> (추가 %1, 제거 %2, 변경 %3)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), SHA-256 %3</source>
        <translation>%1 (%2바이트), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 is a binary file, compared by size and digest.</source>
        <translation>%1은(는) 바이너리 파일이라 크기와 다이제스트로 비교합니다.</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 버전: %1</translation>
    </message>
    <message>
        <source>No more changes after this one</source>
        <translation>이 뒤로는 변경이 없습니다</translation>
    </message>
    <message>
        <source>No changes before this one</source>
        <translation>이 앞에는 변경이 없습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::CompareWithDialog</name>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>%1와(과) 비교할 차트:</translation>
    </message>
    <message>
        <source>A cached chart, a chart directory or a .tgz</source>
        <translation>캐시된 차트, 차트 디렉토리 또는 .tgz</translation>
    </message>
    <message>
        <source>Chart to compare with</source>
        <translation>비교할 차트</translation>
    </message>
    <message>
        <source>Chart &amp;directory…</source>
        <translation>차트 디렉토리(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Package (.tgz)…</source>
        <translation>패키지 (.tgz)(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a chart directory</source>
        <translation>차트 디렉토리 선택</translation>
    </message>
    <message>
        <source>Choose a chart package</source>
        <translation>차트 패키지 선택</translation>
    </message>
    <message>
        <source>Chart packages (*.tgz *.tar.gz)</source>
        <translation>차트 패키지 (*.tgz *.tar.gz)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Other chart:</source>
        <translation>다른 차트(&amp;O):</translation>
    </message>
</context>
<context>
    <name>charthouse::CopyJob</name>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1을(를) %2(으)로 복사</translation>
    </message>
    <message>
        <source>%1: the copy needs a tag to put the chart under</source>
        <translation>%1: 복사하려면 차트를 둘 태그가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is an image index, not a chart; only chart manifests are copied</source>
        <translation>%1은(는) 차트가 아니라 이미지 인덱스입니다. 차트 매니페스트만 복사합니다</translation>
    </message>
    <message>
        <source>%1: a blob of %2 bytes (%3) is larger than the limit of %4 bytes; nothing was copied</source>
        <translation>%1: %2바이트 블롭(%3)이 한도 %4바이트보다 큽니다. 아무것도 복사하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the registry stored the manifest under %2, not %3</source>
        <translation>%1: 레지스트리가 매니페스트를 %3이(가) 아닌 %2(으)로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::DeleteJob</name>
    <message>
        <source>Delete %1@%2</source>
        <translation>%1@%2 삭제</translation>
    </message>
    <message>
        <source>%1 does not allow deleting (a distribution registry needs storage: delete: enabled: true in its configuration)</source>
        <translation>%1에서는 삭제할 수 없습니다(distribution 레지스트리는 설정에 storage: delete: enabled: true가 있어야 합니다)</translation>
    </message>
</context>
<context>
    <name>charthouse::DeletePlanJob</name>
    <message>
        <source>Find what deleting %1 removes</source>
        <translation>%1을(를) 삭제하면 지워지는 것 찾기</translation>
    </message>
</context>
<context>
    <name>charthouse::Descriptor</name>
    <message>
        <source>size is missing or not a non-negative integer</source>
        <translation>size가 없거나 음이 아닌 정수가 아닙니다</translation>
    </message>
</context>
<context>
    <name>charthouse::DetailsJob</name>
    <message>
        <source>Read %1</source>
        <translation>읽기: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::Digest</name>
    <message>
        <source>invalid digest &quot;%1&quot;: expected algorithm:hex, e.g. sha256:…</source>
        <translation>잘못된 다이제스트 &quot;%1&quot;: algorithm:hex 형식이어야 합니다. 예: sha256:…</translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot; in &quot;%2&quot; (only sha256 is supported)</source>
        <translation>&quot;%2&quot;의 다이제스트 알고리즘 &quot;%1&quot;은(는) 지원되지 않습니다 (sha256만 지원)</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;: sha256 needs 64 lowercase hex digits</source>
        <translation>잘못된 다이제스트 &quot;%1&quot;: sha256에는 소문자 16진수 64자리가 필요합니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ErrorText</name>
    <message>
        <source>log in to the registry in Registry ▸ Registries…</source>
        <translation>레지스트리 ▸ 레지스트리…에서 레지스트리에 로그인하세요</translation>
    </message>
    <message>
        <source>log in to %1 in Registry ▸ Registries…</source>
        <translation>레지스트리 ▸ 레지스트리…에서 %1에 로그인하세요</translation>
    </message>
    <message>
        <source>it speaks plain HTTP: turn on “Plain HTTP” for it in Registry ▸ Registries… and log in again</source>
        <translation>이 레지스트리는 일반 HTTP를 씁니다: 레지스트리 ▸ 레지스트리…에서 “일반 HTTP”를 켜고 다시 로그인하세요</translation>
    </message>
    <message>
        <source>for a private CA, give its “CA file” in Registry ▸ Registries… and log in again; to skip verification, turn on “Skip TLS verification” there</source>
        <translation>사설 CA라면 레지스트리 ▸ 레지스트리…에서 “CA 파일”을 지정하고 다시 로그인하세요. 검증을 건너뛰려면 그곳에서 “TLS 검증 건너뛰기”를 켜세요</translation>
    </message>
    <message>
        <source>the registry may ask for a client certificate, which the window cannot give yet</source>
        <translation>레지스트리가 클라이언트 인증서를 요구할 수 있지만, 창에서는 아직 줄 수 없습니다</translation>
    </message>
    <message>
        <source>without a keychain, credentials can be used for this session only and are not stored</source>
        <translation>키체인이 없으면 자격 증명은 저장되지 않고 이번 세션에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>choose another folder, or move the existing one away first</source>
        <translation>다른 폴더를 고르거나, 먼저 기존 폴더를 옮기세요</translation>
    </message>
    <message>
        <source>choose another folder, or move %1 away first</source>
        <translation>다른 폴더를 고르거나, 먼저 %1을(를) 옮기세요</translation>
    </message>
    <message>
        <source>raise the layer size limit in File ▸ Settings…</source>
        <translation>파일 ▸ 설정…에서 레이어 크기 제한을 올리세요</translation>
    </message>
    <message>
        <source>for a slow link, lower the speed limit in File ▸ Settings… (0 turns it off)</source>
        <translation>느린 연결이라면 파일 ▸ 설정…에서 속도 제한을 낮추세요 (0이면 끕니다)</translation>
    </message>
    <message>
        <source>stop it with “Stop” in Registry ▸ Start a local test registry…</source>
        <translation>레지스트리 ▸ 로컬 테스트 레지스트리 시작…에서 “중지”로 멈추세요</translation>
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
        <translation>내보내기: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::FileIo</name>
    <message>
        <source>no space left on the file system mounted at %1</source>
        <translation>%1에 마운트된 파일 시스템에 남은 공간이 없습니다 (no space left)</translation>
    </message>
    <message>
        <source>no space left on the file system mounted at %1 (%2)</source>
        <translation>%1에 마운트된 파일 시스템(%2)에 남은 공간이 없습니다 (no space left)</translation>
    </message>
    <message>
        <source>%1: a symbolic link, or a loop of them</source>
        <translation>%1: 심볼릭 링크이거나 링크가 순환합니다</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>심볼릭 링크</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(이름 있는 파이프)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>일반 파일</translation>
    </message>
    <message>
        <source>%1: is a symbolic link, which is never followed here</source>
        <translation>%1: 심볼릭 링크이며, 여기서는 링크를 따라가지 않습니다</translation>
    </message>
    <message>
        <source>%1: not a regular file but %2</source>
        <translation>%1: 일반 파일이 아니라 %2입니다</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the limit of %3</source>
        <translation>%1: %2바이트로 한도 %3바이트를 넘습니다</translation>
    </message>
    <message>
        <source>%1: grew past the limit of %2 bytes</source>
        <translation>%1: 읽는 사이에 한도 %2바이트를 넘게 커졌습니다</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2 is in the way</source>
        <translation>디렉터리 %1을(를) 만들 수 없습니다: 그 자리에 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>디렉토리 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::GpgSession</name>
    <message>
        <source>GnuPG (gpg) is not installed or too old for GPGME</source>
        <translation>GnuPG(gpg)가 설치되어 있지 않거나 GPGME에 쓰기에 너무 오래되었습니다</translation>
    </message>
    <message>
        <source>cannot make a private GnuPG home: %1</source>
        <translation>전용 GnuPG 홈을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot start GPGME: %1</source>
        <translation>GPGME를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot point GnuPG at %1: %2</source>
        <translation>GnuPG가 %1을(를) 쓰게 할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the keyring %1 does not exist</source>
        <translation>키링 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot read the keyring %1: %2</source>
        <translation>키링 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the keyring %1 holds no OpenPGP key</source>
        <translation>키링 %1에 OpenPGP 키가 없습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::HelmIgnore</name>
    <message>
        <source>double-star (**) syntax is not supported</source>
        <translation>이중 별표(**) 구문은 지원되지 않습니다</translation>
    </message>
    <message>
        <source>syntax error in pattern &quot;%1&quot;</source>
        <translation>패턴 &quot;%1&quot;에 구문 오류가 있습니다</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 %2행: %3</translation>
    </message>
</context>
<context>
    <name>charthouse::Index</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2) — truncated or edited by hand?</source>
        <translation>오프셋 %1에서 올바른 JSON이 아닙니다 (%2) — 잘렸거나 직접 편집되었나요?</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>schemaVersion is not 2</source>
        <translation>schemaVersion이 2가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;manifests&quot; is not a list</source>
        <translation>&quot;manifests&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>manifest entry %1 is not an object</source>
        <translation>매니페스트 항목 %1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>manifest entry %1</source>
        <translation>매니페스트 항목 %1</translation>
    </message>
</context>
<context>
    <name>charthouse::Keychain</name>
    <message>
        <source>the keychain refused access to the password for %1 (locked?): %2</source>
        <translation>키체인이 %1의 비밀번호에 대한 접근을 거부했습니다 (잠겨 있나요?): %2</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>키체인: %1</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>%1에 로그인되어 있지 않습니다</translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation>사용할 수 있는 키체인이 없습니다 (gnome-keyring 같은 Secret Service가 실행 중인가요?): %1</translation>
    </message>
</context>
<context>
    <name>charthouse::KeyringField</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Keyring for signatures</source>
        <translation>서명 확인용 키링</translation>
    </message>
    <message>
        <source>The GnuPG public keyring chart signatures are checked against. Empty: Helm&apos;s default, %1</source>
        <translation>차트 서명을 확인할 GnuPG 공개 키링입니다. 비워 두면 Helm의 기본값: %1</translation>
    </message>
    <message>
        <source>Choose the keyring for signatures</source>
        <translation>서명 확인용 키링 선택</translation>
    </message>
    <message>
        <source>GnuPG keyrings (*.gpg *.kbx *.asc *.pgp);;All files (*)</source>
        <translation>GnuPG 키링 (*.gpg *.kbx *.asc *.pgp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>키링을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n key(s).</source>
        <translation>
            <numerusform>%1에 키가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist: signatures cannot be checked until it does, or another keyring is chosen.</source>
        <translation>%1이(가) 없습니다. 이 파일이 생기거나 다른 키링을 고르기 전에는 서명을 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not a keyring GnuPG can read: %1</source>
        <translation>GnuPG가 읽을 수 있는 키링이 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::ListJob</name>
    <message>
        <source>List charts</source>
        <translation>차트 목록</translation>
    </message>
</context>
<context>
    <name>charthouse::ListingPlaceholder</name>
    <message>
        <source>Reading the cache</source>
        <translation>캐시를 읽는 중</translation>
    </message>
    <message>
        <source>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</source>
        <translation>캐시에 차트가 아직 없습니다.

차트 디렉토리나 .tgz 패키지를 여기에 끌어다 놓아 저장하거나, 레지스트리에서 가져오세요.</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>캐시를 읽는 중…</translation>
    </message>
    <message>
        <source>The cache could not be read.

%1</source>
        <translation>캐시를 읽을 수 없습니다.

%1</translation>
    </message>
</context>
<context>
    <name>charthouse::LocalRegistry</name>
    <message>
        <source>invalid address &quot;%1&quot;: expected HOST:PORT, e.g. localhost:5000</source>
        <translation>잘못된 주소 &quot;%1&quot;: HOST:PORT 형식이어야 합니다. 예: localhost:5000</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;: &quot;%2&quot; is not a host name or IP address</source>
        <translation>잘못된 주소 &quot;%1&quot;: &quot;%2&quot;은(는) 호스트 이름이나 IP 주소가 아닙니다</translation>
    </message>
    <message>
        <source>no local registry has run on %1</source>
        <translation>%1에서 실행된 로컬 레지스트리가 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read the htpasswd file %1</source>
        <translation>htpasswd 파일 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>htpasswd is needed to hash the password: sudo apt-get install apache2-utils</source>
        <translation>비밀번호를 해시하려면 htpasswd가 필요합니다: sudo apt-get install apache2-utils</translation>
    </message>
    <message>
        <source>htpasswd could not hash the password: %1</source>
        <translation>htpasswd가 비밀번호를 해시하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the registry on %1 did not answer within %2 seconds</source>
        <translation>%1의 레지스트리가 %2초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>docker-registry is not installed. It is Debian&apos;s package of the registry server (the &quot;registry&quot; container image): sudo apt-get install docker-registry</source>
        <translation>docker-registry가 설치되어 있지 않습니다. 레지스트리 서버(&quot;registry&quot; 컨테이너 이미지)의 데비안 패키지입니다: sudo apt-get install docker-registry</translation>
    </message>
    <message>
        <source>give a user or an htpasswd file, not both</source>
        <translation>사용자와 htpasswd 파일 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>the user %1 needs a password</source>
        <translation>사용자 %1에게 비밀번호가 필요합니다</translation>
    </message>
    <message>
        <source>cannot find the address of %1</source>
        <translation>%1의 주소를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1에서 연결을 받을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>디렉토리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the storage directory %1</source>
        <translation>저장 디렉토리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no local registry runs on %1</source>
        <translation>%1에서 실행 중인 로컬 레지스트리가 없습니다</translation>
    </message>
    <message>
        <source>the registry on %1 (pid %2) does not stop</source>
        <translation>%1의 레지스트리(pid %2)가 멈추지 않습니다</translation>
    </message>
    <message>
        <source>docker-registry stopped right after starting on %1:</source>
        <translation>docker-registry가 %1에서 시작하자마자 멈췄습니다:</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;: give HOST:PORT without a scheme or credentials, e.g. localhost:5000</source>
        <translation>잘못된 주소 &quot;%1&quot;: 스킴이나 자격 증명 없이 HOST:PORT로 주십시오. 예: localhost:5000</translation>
    </message>
    <message>
        <source>the user name must not contain a colon</source>
        <translation>사용자 이름에는 콜론(:)을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a local registry already runs on %1 (pid %2)</source>
        <translation>%1에서 로컬 레지스트리가 이미 실행 중입니다 (pid %2)</translation>
    </message>
</context>
<context>
    <name>charthouse::LocalRegistryDialog</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Local test registry</source>
        <translation>로컬 테스트 레지스트리</translation>
    </message>
    <message>
        <source>Runs Debian&apos;s docker-registry (the server of the &quot;registry&quot; container image) in the background on this computer, for trying out pushes and pulls.</source>
        <translation>이 컴퓨터의 백그라운드에서 데비안의 docker-registry(&quot;registry&quot; 컨테이너 이미지의 서버)를 실행합니다. 푸시와 풀을 시험해 볼 때 씁니다.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Temporary: removed when the registry stops</source>
        <translation>임시: 레지스트리가 멈추면 지워집니다</translation>
    </message>
    <message>
        <source>Storage directory</source>
        <translation>저장 디렉토리</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose the storage directory</source>
        <translation>저장 디렉토리 선택</translation>
    </message>
    <message>
        <source>Keep the registry&apos;s data in</source>
        <translation>레지스트리 데이터를 둘 곳</translation>
    </message>
    <message>
        <source>None: anyone may push</source>
        <translation>없음: 누구나 푸시할 수 있습니다</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>저장소(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>임시</translation>
    </message>
    <message>
        <source>No local registry runs on %1.</source>
        <translation>%1에서 실행 중인 로컬 레지스트리가 없습니다.</translation>
    </message>
    <message>
        <source>Running on %1 since %2 (pid %3).</source>
        <translation>%2부터 %1에서 실행 중입니다 (pid %3).</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>저장소: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::LoginJob</name>
    <message>
        <source>Log in to %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <source>a user name is required to log in</source>
        <translation>로그인하려면 사용자 이름이 필요합니다</translation>
    </message>
</context>
<context>
    <name>charthouse::LogoutJob</name>
    <message>
        <source>Log out of %1</source>
        <translation>로그아웃: %1</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>%1에 로그인되어 있지 않습니다</translation>
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
        <translation>캐시된 차트</translation>
    </message>
    <message>
        <source>Filter by reference, name or version (Ctrl+F)</source>
        <translation>참조, 이름, 버전으로 필터 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Settings saved. A new cache location or language applies when Charthouse starts again.</source>
        <translation>설정을 저장했습니다. 새 캐시 위치나 언어는 Charthouse를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), %1</source>
        <translation>
            <numerusform>차트 %n개, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached chart(s) could not be read: %1</source>
        <translation>
            <numerusform>캐시된 차트 %n개를 읽을 수 없습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1: only local chart directories and .tgz packages can be saved</source>
        <translation>%1: 로컬 차트 디렉토리와 .tgz 패키지만 저장할 수 있습니다</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Choose a chart directory</source>
        <translation>차트 디렉토리 선택</translation>
    </message>
    <message>
        <source>Export charts to</source>
        <translation>차트를 내보낼 위치</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1을(를) %2(으)로 내보냄</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>%1 푸시됨</translation>
    </message>
    <message>
        <source>Remove charts</source>
        <translation>차트 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n chart(s) from the cache?

%1</source>
        <translation>
            <numerusform>캐시에서 차트 %n개를 제거할까요?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 제거됨</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 완료</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>레지스트리(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Clean up the cache</source>
        <translation>캐시 정리</translation>
    </message>
    <message>
        <source>Every file in the cache belongs to a chart: there is nothing to clean up.</source>
        <translation>캐시의 모든 파일이 차트에 속해 있어 정리할 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to clean up now. %n unused file(s) changed in the last minutes are kept: another program may still be saving them.</source>
        <translation>
            <numerusform>지금은 정리할 것이 없습니다. 최근 몇 분 안에 바뀐, 쓰이지 않는 파일 %n개는 남겨 둡니다: 다른 프로그램이 아직 저장하는 중일 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the cache belong to no chart (%1). Remove them?</source>
        <translation>
            <numerusform>캐시의 파일 %n개(%1)가 어느 차트에도 속하지 않습니다. 지울까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unused file(s), %1</source>
        <translation>
            <numerusform>쓰이지 않는 파일 %n개(%1)를 지웠습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>푸시(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ull…</source>
        <translation>가져오기(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Clea&amp;n up the cache…</source>
        <translation>캐시 정리(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>참조 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;gistries…</source>
        <translation>레지스트리(&amp;G)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Start a &amp;local test registry…</source>
        <translation>로컬 테스트 레지스트리 시작(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Charthouse</source>
        <translation>Charthouse 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>찾기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>전송(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>도구 모음(&amp;O)</translation>
    </message>
    <message>
        <source>Click to dismiss.</source>
        <translation>누르면 닫힙니다.</translation>
    </message>
    <message>
        <source>Click to see it in Transfers.</source>
        <translation>누르면 전송 창에서 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 취소됨</translation>
    </message>
    <message numerus="yes">
        <source>Reading the cache… %n chart(s) so far</source>
        <translation>
            <numerusform>캐시를 읽는 중… 지금까지 차트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>캐시를 읽는 중…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>비교(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>charthouse::Manifest</name>
    <message>
        <source>the manifest is not a JSON object (%1)</source>
        <translation>매니페스트가 JSON 객체가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>the manifest&apos;s schemaVersion is not 2</source>
        <translation>매니페스트의 schemaVersion이 2가 아닙니다</translation>
    </message>
    <message>
        <source>unsupported manifest media type &quot;%1&quot;</source>
        <translation>지원되지 않는 매니페스트 미디어 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the manifest has no config</source>
        <translation>매니페스트에 구성이 없습니다</translation>
    </message>
    <message>
        <source>manifest config</source>
        <translation>매니페스트 구성</translation>
    </message>
    <message>
        <source>manifest layer %1</source>
        <translation>매니페스트 레이어 %1</translation>
    </message>
    <message>
        <source>not a Helm chart (its config is %1)</source>
        <translation>Helm 차트가 아닙니다(설정 미디어 유형이 %1입니다)</translation>
    </message>
    <message>
        <source>its config blob claims %1 bytes, more than the limit of %2 bytes</source>
        <translation>설정 블롭이 %1바이트라고 하며, 한도 %2바이트보다 큽니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceMessage</name>
    <message>
        <source>the signed message has no &quot;...&quot; line between the metadata and the file hashes</source>
        <translation>서명된 메시지에 메타데이터와 파일 해시 사이의 &quot;...&quot; 줄이 없습니다</translation>
    </message>
    <message>
        <source>the signed message has no files: map</source>
        <translation>서명된 메시지에 files: 맵이 없습니다</translation>
    </message>
    <message>
        <source>the files: map holds something other than names and hashes</source>
        <translation>files: 맵에 이름과 해시가 아닌 것이 있습니다</translation>
    </message>
    <message>
        <source>the file hashes are not YAML: %1</source>
        <translation>파일 해시가 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the chart&apos;s config is not a JSON object</source>
        <translation>차트의 config가 JSON 객체가 아닙니다</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceSigner</name>
    <message>
        <source>more than one key of %1 has a user ID containing &quot;%2&quot;</source>
        <translation>%1에서 사용자 ID에 &quot;%2&quot;이(가) 들어 있는 키가 둘 이상입니다</translation>
    </message>
    <message>
        <source>no secret key in %1 has a user ID containing &quot;%2&quot;</source>
        <translation>%1에 사용자 ID에 &quot;%2&quot;이(가) 들어 있는 비밀 키가 없습니다</translation>
    </message>
    <message>
        <source>the passphrase of the key &quot;%1&quot; is wrong</source>
        <translation>키 &quot;%1&quot;의 암호가 틀립니다</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; needs a passphrase</source>
        <translation>키 &quot;%1&quot;에는 암호가 필요합니다</translation>
    </message>
    <message>
        <source>cannot sign with the key &quot;%1&quot;: %2</source>
        <translation>키 &quot;%1&quot;(으)로 서명할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>charthouse::ProvenanceVerifier</name>
    <message>
        <source>the provenance is larger than %1 KiB</source>
        <translation>출처 증명이 %1 KiB보다 큽니다</translation>
    </message>
    <message>
        <source>signature block not found</source>
        <translation>서명 블록이 없습니다</translation>
    </message>
    <message>
        <source>the provenance holds no signature</source>
        <translation>출처 증명에 서명이 없습니다</translation>
    </message>
    <message>
        <source>the provenance names no file %1</source>
        <translation>출처 증명에 파일 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::PruneJob</name>
    <message>
        <source>Look for unused blobs</source>
        <translation>사용하지 않는 블롭 찾기</translation>
    </message>
    <message>
        <source>Remove unused blobs</source>
        <translation>사용하지 않는 블롭 지우기</translation>
    </message>
</context>
<context>
    <name>charthouse::PullJob</name>
    <message>
        <source>Pull %1</source>
        <translation>가져오기: %1</translation>
    </message>
    <message>
        <source>%1 is not a Helm chart (its config is %2)</source>
        <translation>%1은(는) Helm 차트가 아닙니다 (구성: %2)</translation>
    </message>
    <message>
        <source>%1 has no chart layer</source>
        <translation>%1에 차트 레이어가 없습니다</translation>
    </message>
    <message>
        <source>%1: a layer of %2 (%3) is larger than the limit of %4; nothing was downloaded</source>
        <translation>%1: 레이어 %3의 크기 %2이(가) 한도 %4보다 큽니다. 아무것도 내려받지 않았습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::PushJob</name>
    <message>
        <source>Push %1</source>
        <translation>푸시: %1</translation>
    </message>
    <message>
        <source>pushing needs a tag: %1</source>
        <translation>푸시하려면 태그가 필요합니다: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::Reference</name>
    <message>
        <source>invalid reference &quot;%1&quot;: %2</source>
        <translation>잘못된 참조 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it needs a registry and a repository, e.g. localhost:5000/myrepo/mychart:2.7.0</source>
        <translation>레지스트리와 저장소가 필요합니다. 예: localhost:5000/myrepo/mychart:2.7.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host[:port]</source>
        <translation>&quot;%1&quot;은(는) 올바른 레지스트리 host[:port]가 아닙니다</translation>
    </message>
    <message>
        <source>the repository is empty</source>
        <translation>저장소가 비어 있습니다</translation>
    </message>
    <message>
        <source>repository part &quot;%1&quot; must be lowercase letters, digits and . _ - separators</source>
        <translation>저장소 부분 &quot;%1&quot;에는 소문자, 숫자와 구분자 . _ -만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>이름이 255자보다 깁니다</translation>
    </message>
    <message>
        <source>a tag is required, e.g. localhost:5000/myrepo/mychart:2.7.0</source>
        <translation>태그가 필요합니다. 예: localhost:5000/myrepo/mychart:2.7.0</translation>
    </message>
    <message>
        <source>give a repository without tag or digest, e.g. localhost:5000/myrepo/mychart</source>
        <translation>태그나 다이제스트 없이 저장소를 지정하세요. 예: localhost:5000/myrepo/mychart</translation>
    </message>
    <message>
        <source>give HOST[:PORT]/REPOSITORY/NAME:TAG without a scheme or credentials (log in for those)</source>
        <translation>스킴이나 자격 증명 없이 HOST[:PORT]/REPOSITORY/NAME:TAG 형식으로 주십시오 (자격 증명은 로그인으로 줍니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry HOST[:PORT] (give it without a scheme, path or credentials)</source>
        <translation>&quot;%1&quot;은(는) 레지스트리 HOST[:PORT]가 아닙니다 (스킴, 경로, 자격 증명 없이 주십시오)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; may contain only letters, digits, _ . - and + (at most 128)</source>
        <translation>태그 &quot;%1&quot;에는 문자, 숫자, _ . - +만 쓸 수 있습니다(최대 128자)</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistriesDialog</name>
    <message>
        <source>Plain HTTP</source>
        <translation>일반 HTTP</translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation>TLS 검증 건너뛰기</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <source>Known registries</source>
        <translation>알려진 레지스트리</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>CA file (optional)</source>
        <translation>CA 파일 (선택)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 파일</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>레지스트리(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 파일:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>%1 — logged in as %2</source>
        <translation>%1 — %2(으)로 로그인됨</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>%1에 로그인하는 중…</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>%1에 로그인했습니다.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>키체인 없음</translation>
    </message>
    <message>
        <source>%1

Use these credentials for this session only? They will not be stored.</source>
        <translation>%1

이 자격 증명을 이번 세션에만 사용할까요? 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Using the credentials for %1 until Charthouse quits.</source>
        <translation>Charthouse를 종료할 때까지 %1의 자격 증명을 사용합니다.</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>%1에서 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>No registries yet. Type one below and log in.</source>
        <translation>아직 레지스트리가 없습니다. 아래에 입력하고 로그인하세요.</translation>
    </message>
    <message>
        <source>&amp;Known registries:</source>
        <translation>알려진 레지스트리(&amp;K):</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryBrowser</name>
    <message>
        <source>Registry &amp;browser</source>
        <translation>레지스트리 브라우저(&amp;B)</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryCall</name>
    <message>
        <source>cancelled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>%1: the registry sent more than the %2 bytes the blob should have</source>
        <translation>%1: 레지스트리가 블롭 크기인 %2바이트보다 많이 보냈습니다</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s answer is larger than %2 bytes</source>
        <translation>%1: 레지스트리 응답이 %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>%1: refusing a redirect from HTTPS to %2</source>
        <translation>%1: HTTPS에서 %2(으)로의 리디렉션을 거부합니다</translation>
    </message>
    <message>
        <source>%1: the user name or password was not accepted</source>
        <translation>%1: 사용자 이름이나 비밀번호가 거부되었습니다</translation>
    </message>
    <message>
        <source>cannot read a PEM certificate from the CA file %1</source>
        <translation>CA 파일 %1에서 PEM 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>a client certificate needs both a certificate file and a key file (given only %1)</source>
        <translation>클라이언트 인증서에는 인증서 파일과 키 파일이 모두 필요합니다 (%1만 지정됨)</translation>
    </message>
    <message>
        <source>cannot read a PEM certificate from the client certificate file %1</source>
        <translation>클라이언트 인증서 파일 %1에서 PEM 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation>클라이언트 키 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the client key %1 is neither an RSA nor an EC private key in PEM format (an encrypted key is not supported)</source>
        <translation>클라이언트 키 %1은(는) PEM 형식의 RSA 또는 EC 개인 키가 아닙니다 (암호화된 키는 지원하지 않습니다)</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s Docker-Content-Digest &quot;%2&quot; is not a sha256 or sha512 digest; refusing the answer</source>
        <translation>%1: 레지스트리의 Docker-Content-Digest &quot;%2&quot;은(는) sha256이나 sha512 다이제스트가 아니므로 응답을 거부합니다</translation>
    </message>
    <message>
        <source>cannot reach %1: no answer within %2 s</source>
        <translation>%1에 연결할 수 없습니다: %2초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>%1: the registry stopped sending after %2 bytes: nothing within %3 s</source>
        <translation>%1: 레지스트리가 %2바이트를 보낸 뒤 %3초 동안 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the transfer moved %2 bytes in %3 s, below the speed limit of %4 bytes</source>
        <translation>%1: 전송이 %3초 동안 %2바이트만 옮겨 속도 한도 %4바이트에 못 미쳤습니다</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes</source>
        <translation>%1: %3바이트 중 %2바이트를 받은 뒤 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 bytes</source>
        <translation>%1: %2바이트를 받은 뒤 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2 {1:?}</translation>
    </message>
    <message>
        <source>%1: too many redirects (more than %2)</source>
        <translation>%1: 리디렉션이 너무 많습니다(%2회 초과)</translation>
    </message>
    <message>
        <source>%1: a redirect to an address that is not valid</source>
        <translation>%1: 올바르지 않은 주소로 리디렉션합니다</translation>
    </message>
    <message>
        <source>%1: the registry sent %2 when asked for %3</source>
        <translation>%1: %3을(를) 요청했는데 레지스트리가 %2을(를) 보냈습니다</translation>
    </message>
    <message>
        <source>%1: %2, where the registry sent us, refused access (HTTP %3)</source>
        <translation>%1: 레지스트리가 보낸 곳인 %2이(가) 접근을 거부했습니다(HTTP %3)</translation>
    </message>
    <message>
        <source>%1: the registry stored the content under another digest (%2) than the one it was sent</source>
        <translation>%1: 레지스트리가 보낸 내용과 다른 다이제스트(%2)로 저장했습니다</translation>
    </message>
    <message>
        <source>%1: what the registry sent for %2 does not match its digest</source>
        <translation>%1: 레지스트리가 %2(으)로 보낸 내용이 다이제스트와 맞지 않습니다</translation>
    </message>
    <message>
        <source>%1: the answer for %2 does not match the registry&apos;s Docker-Content-Digest (%3)</source>
        <translation>%1: %2의 응답이 레지스트리의 Docker-Content-Digest(%3)와 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryClient</name>
    <message>
        <source>%1: the manifest of %2 %3</source>
        <translation>%1: %2의 매니페스트가 %3</translation>
    </message>
    <message>
        <source>does not match the digest asked for</source>
        <translation>요청한 다이제스트와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>%1: the blob %2 claims %3 bytes, more than the limit of %4 bytes</source>
        <translation>%1: 블롭 %2의 크기가 %3바이트로, 한도 %4바이트보다 큽니다</translation>
    </message>
    <message>
        <source>%1: the registry&apos;s list goes on past %2 pages or %3 entries; stopped</source>
        <translation>%1: 레지스트리의 목록이 %2페이지 또는 %3항목을 넘어 계속되어 멈췄습니다</translation>
    </message>
    <message>
        <source>%1: the registry did not name the digest of %2</source>
        <translation>%1: 레지스트리가 %2의 다이제스트를 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>%1: what the registry sent for %2 does not match its digest</source>
        <translation>%1: 레지스트리가 %2(으)로 보낸 내용이 다이제스트와 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistryErrors</name>
    <message>
        <source>repository &quot;%1&quot;</source>
        <translation>저장소 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>access to %1 denied: your account may not have the permission</source>
        <translation>%1에 대한 접근이 거부되었습니다: 계정에 권한이 없을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid name for this registry</source>
        <translation>%1은(는) 이 레지스트리에서 올바른 이름이 아닙니다</translation>
    </message>
    <message>
        <source>no such chart version in %1</source>
        <translation>%1에 해당 차트 버전이 없습니다</translation>
    </message>
    <message>
        <source>a blob of %1 is missing on the registry</source>
        <translation>레지스트리에 %1의 블롭이 없습니다</translation>
    </message>
    <message>
        <source>the registry lost track of an upload to %1; try again</source>
        <translation>레지스트리가 %1에 대한 업로드를 놓쳤습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <source>the registry says uploaded content for %1 does not match its digest</source>
        <translation>레지스트리에 따르면 %1에 업로드한 내용이 다이제스트와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>the registry says uploaded content for %1 does not match its size</source>
        <translation>레지스트리에 따르면 %1에 업로드한 내용이 크기와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>the manifest for %1 refers to blobs the registry does not have</source>
        <translation>%1의 매니페스트가 레지스트리에 없는 블롭을 참조합니다</translation>
    </message>
    <message>
        <source>the registry refused the manifest for %1 as invalid</source>
        <translation>레지스트리가 %1의 매니페스트를 유효하지 않다며 거부했습니다</translation>
    </message>
    <message>
        <source>the registry refused the tag for %1</source>
        <translation>레지스트리가 %1의 태그를 거부했습니다</translation>
    </message>
    <message>
        <source>too many requests: the registry asks to slow down; try again later</source>
        <translation>요청이 너무 많습니다: 레지스트리가 속도를 줄여 달라고 합니다. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>the registry does not support this operation on %1</source>
        <translation>레지스트리가 %1에 대해 이 작업을 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the registry answered HTTP %1%2</source>
        <translation>레지스트리 응답: HTTP %1%2</translation>
    </message>
    <message>
        <source>not found in repository &quot;%1&quot; (HTTP 404)</source>
        <translation>저장소 &quot;%1&quot;에서 찾을 수 없습니다 (HTTP 404)</translation>
    </message>
    <message>
        <source>authentication required</source>
        <translation>인증이 필요합니다</translation>
    </message>
</context>
<context>
    <name>charthouse::RegistrySidebar</name>
    <message>
        <source>Registries and repositories</source>
        <translation>레지스트리와 저장소</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>저장소 필터</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>로컬 캐시</translation>
    </message>
    <message>
        <source>Expand to list the repositories</source>
        <translation>펼치면 저장소 목록을 가져옵니다</translation>
    </message>
    <message>
        <source>Listing repositories…</source>
        <translation>저장소 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Cannot list the repositories: %1</source>
        <translation>저장소 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No repositories</source>
        <translation>저장소 없음</translation>
    </message>
    <message>
        <source>Add repositor&amp;y…</source>
        <translation>저장소 추가(&amp;Y)…</translation>
    </message>
    <message>
        <source>For a registry that does not list its repositories: add one by its name</source>
        <translation>저장소 목록을 보여 주지 않는 레지스트리용: 이름으로 저장소를 추가합니다</translation>
    </message>
    <message>
        <source>This registry does not offer its catalog: these are the repositories known here (pushed, pulled, listed before or added by hand).</source>
        <translation>이 레지스트리는 카탈로그를 제공하지 않습니다: 여기 보이는 것은 이 컴퓨터가 아는 저장소입니다(푸시, 풀, 이전에 목록을 본 것, 직접 추가한 것).</translation>
    </message>
    <message>
        <source>No catalog here: add a repository by hand</source>
        <translation>카탈로그 없음: 저장소를 직접 추가하세요</translation>
    </message>
    <message>
        <source>No catalog here: the repositories known on this computer</source>
        <translation>카탈로그 없음: 이 컴퓨터가 아는 저장소</translation>
    </message>
    <message>
        <source>Add repository</source>
        <translation>저장소 추가</translation>
    </message>
    <message>
        <source>Repository (REGISTRY/REPOSITORY, e.g. registry.example.com/team/chart):</source>
        <translation>저장소(REGISTRY/REPOSITORY, 예: registry.example.com/team/chart):</translation>
    </message>
    <message>
        <source>“%1” is no repository: %2</source>
        <translation>“%1”은(는) 저장소 이름이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Cannot remember %1: %2</source>
        <translation>%1을(를) 기억할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteBrowser</name>
    <message>
        <source>Pull charts</source>
        <translation>차트 가져오기</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>태그 목록</translation>
    </message>
    <message>
        <source>Pull selected</source>
        <translation>선택 항목 가져오기</translation>
    </message>
    <message>
        <source>Listing tags…</source>
        <translation>태그를 나열하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>태그 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>The registry did not say</source>
        <translation>레지스트리가 알려 주지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 받아 오는 중…</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteDetailsJob</name>
    <message>
        <source>Read %1</source>
        <translation>읽기: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoteVerifyJob</name>
    <message>
        <source>Verify the signature of %1</source>
        <translation>%1의 서명 확인</translation>
    </message>
</context>
<context>
    <name>charthouse::RemoveJob</name>
    <message>
        <source>Remove %1</source>
        <translation>제거: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::RepositoriesJob</name>
    <message>
        <source>List repositories of %1</source>
        <translation>%1의 저장소 목록</translation>
    </message>
</context>
<context>
    <name>charthouse::SaveDialog</name>
    <message>
        <source>Legacy layer media type (for Helm 3.0–3.6)</source>
        <translation>레거시 레이어 미디어 유형 (Helm 3.0–3.6용)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>참조(&amp;R):</translation>
    </message>
    <message>
        <source>The reference needs a tag, e.g. :1.0.0</source>
        <translation>참조에 태그가 필요합니다. 예: :1.0.0</translation>
    </message>
    <message>
        <source>The media type a push sends: the legacy one for registries that Helm 3.0–3.6 pull from. Helm 3.0–3.6 read the shared cache either way.</source>
        <translation>푸시할 때 보내는 미디어 유형입니다. Helm 3.0–3.6이 받아 가는 레지스트리에는 레거시 유형을 쓰십시오. 공유 캐시는 어느 쪽이든 Helm 3.0–3.6이 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>charthouse::SaveJob</name>
    <message>
        <source>Save %1</source>
        <translation>저장: %1</translation>
    </message>
    <message>
        <source>%1 has no tag, and the chart&apos;s version %2 cannot be one; give the reference a tag</source>
        <translation>%1에 태그가 없고, 차트 버전 %2은(는) 태그가 될 수 없습니다. 참조에 태그를 붙이세요</translation>
    </message>
</context>
<context>
    <name>charthouse::SettingsDialog</name>
    <message>
        <source>Save with the legacy layer media type (Helm 3.0–3.6)</source>
        <translation>레거시 레이어 미디어 유형으로 저장 (Helm 3.0–3.6)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>캐시 위치</translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation>기본 저장소</translation>
    </message>
    <message>
        <source>Parallel transfers</source>
        <translation>동시 전송 수</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>캐시(&amp;C):</translation>
    </message>
    <message>
        <source>Default &amp;repository:</source>
        <translation>기본 저장소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>동시 전송 수(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest chart layer a pull accepts, in MiB</source>
        <translation>가져오기가 받아들이는 가장 큰 차트 레이어(MiB)</translation>
    </message>
    <message>
        <source>A chart whose layer is larger is refused before it is downloaded. Helm&apos;s limit is 100 MiB.</source>
        <translation>레이어가 이보다 큰 차트는 내려받기 전에 거부합니다. Helm의 한도는 100 MiB입니다.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>사용 안 함</translation>
    </message>
    <message numerus="yes">
        <source> bytes in %n s</source>
        <translation>
            <numerusform> 바이트 (%n초 동안)</numerusform>
        </translation>
    </message>
    <message>
        <source>End a transfer that moves fewer bytes than this</source>
        <translation>이보다 적은 바이트를 옮기는 전송은 끝냅니다</translation>
    </message>
    <message>
        <source>For slow links, lower it, or choose 0 to never end a slow transfer.</source>
        <translation>느린 연결에서는 값을 낮추거나, 느린 전송을 끝내지 않으려면 0을 고르세요.</translation>
    </message>
    <message>
        <source>Largest chart la&amp;yer:</source>
        <translation>가장 큰 차트 레이어(&amp;Y):</translation>
    </message>
    <message>
        <source>End transfers slower &amp;than:</source>
        <translation>다음보다 느린 전송 끝내기(&amp;T):</translation>
    </message>
    <message>
        <source>Keyring for si&amp;gnatures:</source>
        <translation>서명 확인용 키링(&amp;G):</translation>
    </message>
</context>
<context>
    <name>charthouse::SettingsFile</name>
    <message>
        <source>%1: the settings could not be written completely</source>
        <translation>%1: 설정을 끝까지 쓰지 못했습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::SideBySideView</name>
    <message>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 버전: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::SignatureText</name>
    <message>
        <source>Signature: checking…</source>
        <translation>서명: 확인하는 중…</translation>
    </message>
    <message>
        <source>Signature: not signed</source>
        <translation>서명: 서명되지 않음</translation>
    </message>
    <message>
        <source>Signature: signed with key %1, which is not in the keyring %2</source>
        <translation>서명: 키 %1(으)로 서명되었지만 이 키는 키링 %2에 없습니다</translation>
    </message>
    <message>
        <source>Signature: does not verify; the provenance was changed after signing (%1)</source>
        <translation>서명: 확인되지 않음. 서명한 뒤 출처 증명이 바뀌었습니다 (%1)</translation>
    </message>
    <message>
        <source>Signature: the chart is not the archive that was signed (SHA-256 %1, signed %2)</source>
        <translation>서명: 이 차트는 서명된 아카이브가 아닙니다 (SHA-256 %1, 서명된 값 %2)</translation>
    </message>
    <message>
        <source>Signature: the provenance cannot be read: %1</source>
        <translation>서명: 출처 증명을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Signature: cannot be checked: %1</source>
        <translation>서명: 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>알 수 없는 날짜</translation>
    </message>
    <message>
        <source>Signature: verified, signed by %1 (key %2); the archive&apos;s SHA-256 matches</source>
        <translation>서명: 확인됨, 서명한 사람 %1 (키 %2), 아카이브의 SHA-256 일치</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but the key expired on %3</source>
        <translation>서명: %1이(가) 서명했지만 (키 %2) 그 키는 %3에 만료되었습니다</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but its owner revoked the key; do not trust it</source>
        <translation>서명: %1이(가) 서명했지만 (키 %2) 키 소유자가 그 키를 폐기했습니다. 신뢰하지 마십시오</translation>
    </message>
    <message>
        <source>Signature: signed by %1 (key %2), but the signature expired on %3</source>
        <translation>서명: %1이(가) 서명했지만 (키 %2) 서명이 %3에 만료되었습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::StartLocalRegistryJob</name>
    <message>
        <source>Start a local registry on %1</source>
        <translation>로컬 레지스트리 시작: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::StopLocalRegistryJob</name>
    <message>
        <source>Stop the local registry on %1</source>
        <translation>로컬 레지스트리 중지: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::TagsJob</name>
    <message>
        <source>List tags of %1</source>
        <translation>태그 목록: %1</translation>
    </message>
</context>
<context>
    <name>charthouse::TokenRequest</name>
    <message>
        <source>%1: the token service address is not valid</source>
        <translation>%1: 토큰 서비스 주소가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>%1: refusing to ask a token service over plain HTTP for an HTTPS registry</source>
        <translation>%1: HTTPS 레지스트리의 토큰을 일반 HTTP로 요청하지 않습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>%1: the token service&apos;s answer is larger than %2 bytes</source>
        <translation>%1: 토큰 서비스의 응답이 %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>cannot reach the token service %1: no answer within %2 s</source>
        <translation>토큰 서비스 %1에 연결할 수 없습니다: %2초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>the token service %1 sent %2 bytes in %3 s, slower than the limit</source>
        <translation>토큰 서비스 %1이(가) %3초 동안 %2바이트만 보내 한도보다 느립니다</translation>
    </message>
    <message>
        <source>%1: the token service sent us to %2, which refused access (HTTP %3)</source>
        <translation>%1: 토큰 서비스가 보낸 %2에서 접근을 거부했습니다 (HTTP %3)</translation>
    </message>
    <message>
        <source>%1: the user name or password was not accepted</source>
        <translation>%1: 사용자 이름이나 비밀번호가 거부되었습니다</translation>
    </message>
    <message>
        <source>%1: authentication required</source>
        <translation>%1: 인증이 필요합니다</translation>
    </message>
    <message>
        <source>%1: the token service answered %2</source>
        <translation>%1: 토큰 서비스 응답: %2</translation>
    </message>
    <message>
        <source>%1: the token service gave no token</source>
        <translation>%1: 토큰 서비스가 토큰을 주지 않았습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::TransfersDock</name>
    <message>
        <source>Transfers</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>선택한 작업 취소</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 진행률</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>%1 of %2, %3/s</source>
        <translation>%1 / %2, %3/s</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>완료된 항목 지우기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>목록에서 지우기</translation>
    </message>
    <message>
        <source>Remove the selected ended jobs from the list, failed ones too</source>
        <translation>끝난 작업 중 선택한 것을 목록에서 지웁니다(실패한 작업 포함)</translation>
    </message>
    <message>
        <source>Remove finished and cancelled jobs from the list; failed ones stay</source>
        <translation>완료되거나 취소된 작업을 목록에서 지웁니다. 실패한 작업은 남습니다</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>charthouse::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 확인</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsDeleter</name>
    <message>
        <source>Looking for what else deleting %1 removes…</source>
        <translation>%1을(를) 삭제하면 함께 지워지는 것을 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Looking for what else deleting %n version(s) removes…</source>
        <translation>
            <numerusform>버전 %n개를 삭제하면 함께 지워지는 것을 찾는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted. %1: %2</source>
        <translation>아무것도 삭제하지 않았습니다. %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the registry?</source>
        <translation>레지스트리에서 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete %1 from the registry? The same chart (%2) is also tagged %3: those tags go too.</source>
        <translation>레지스트리에서 %1을(를) 삭제할까요? 같은 차트(%2)에 %3 태그도 붙어 있어 그 태그도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>%1 (the same chart is also tagged %2: those tags go too)</source>
        <translation>%1 (같은 차트에 %2 태그도 붙어 있어 그 태그도 함께 삭제됩니다)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n version(s) of %1 from the registry?</source>
        <translation>
            <numerusform>레지스트리에서 %1의 버전 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the registry</source>
        <translation>레지스트리에서 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 취소됨</translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation>%2에서 %1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsJob</name>
    <message>
        <source>List versions of %1</source>
        <translation>%1의 버전 목록</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsModel</name>
    <message>
        <source>In cache</source>
        <translation>캐시에 있음</translation>
    </message>
    <message>
        <source>Newer remote</source>
        <translation>원격이 더 새로움</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>This version could not be described: %1</source>
        <translation>이 버전의 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The cache holds another chart under this tag</source>
        <translation>캐시에 이 태그로 다른 차트가 있습니다</translation>
    </message>
    <message>
        <source>The registry has a newer version than the cached one</source>
        <translation>레지스트리에 캐시된 것보다 새 버전이 있습니다</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
</context>
<context>
    <name>charthouse::VersionsPanel</name>
    <message>
        <source>Show &amp;pre-releases</source>
        <translation>사전 릴리스 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Show pre-releases</source>
        <translation>사전 릴리스 표시</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>풀(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy &amp;to…</source>
        <translation>다른 곳에 복사(&amp;T)…</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>태그 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Listing the versions of %1…</source>
        <translation>%1의 버전 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Cannot list the versions of %1: %2</source>
        <translation>%1의 버전 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-release(s) only: tick “Show pre-releases” to see them.</source>
        <translation>
            <numerusform>사전 릴리스 %n개만 있습니다. “사전 릴리스 표시”를 켜면 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a repository on the left.</source>
        <translation>왼쪽에서 저장소를 고르세요.</translation>
    </message>
    <message>
        <source>%1 has no versions.</source>
        <translation>%1에 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Showing the versions seen last time; checking the registry…</source>
        <translation>지난번에 본 버전을 보여 주는 중입니다. 레지스트리를 확인하는 중…</translation>
    </message>
    <message>
        <source>Listing versions…</source>
        <translation>버전 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Cannot reach the registry: %1</source>
        <translation>레지스트리에 연결할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>버전 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pre-release(s) hidden</source>
        <translation>
            <numerusform>, 사전 릴리스 %n개 숨김</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n version(s)…</source>
        <translation>
            <numerusform>버전 %n개를 풀하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: 취소됨</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>다른 곳에 복사</translation>
    </message>
    <message>
        <source>Copy %1 to (REGISTRY/REPOSITORY[:TAG]):</source>
        <translation>%1을(를) 복사할 곳(REGISTRY/REPOSITORY[:TAG]):</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1을(를) %2(으)로 복사함</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>New tag for %1:</source>
        <translation>%1의 새 태그:</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag: letters, digits, _ . + - only, at most 128.</source>
        <translation>“%1”은(는) 올바른 태그가 아닙니다. 글자, 숫자, _ . + - 만 쓸 수 있고 128자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Tagged %1 as %2</source>
        <translation>%1에 %2 태그를 붙임</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Check every tag with the registry again (F5)</source>
        <translation>모든 태그를 레지스트리에서 다시 확인 (F5)</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>자세히(&amp;E)…</translation>
    </message>
    <message>
        <source>Verif&amp;y signature</source>
        <translation>서명 확인(&amp;Y)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the signature of %1…</source>
        <translation>%1의 서명을 확인하는 중…</translation>
    </message>
</context>
</TS>
