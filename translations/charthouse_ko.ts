<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
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
        <source>API version</source>
        <translation>API 버전</translation>
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
        <translation><numerusform>%n바이트</numerusform></translation>
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
        <translation><numerusform>%n분 전</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n시간 전</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n일 전</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation><numerusform>%n개월 전</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation><numerusform>%n년 전</numerusform></translation>
    </message>
</context>
<context>
    <name>charthouse::DetailsJob</name>
    <message>
        <source>Read %1</source>
        <translation>%1 읽기</translation>
    </message>
</context>
<context>
    <name>charthouse::ExportJob</name>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
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
    <name>charthouse::LoginJob</name>
    <message>
        <source>Log in to %1</source>
        <translation>%1에 로그인</translation>
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
        <translation>%1에서 로그아웃</translation>
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
        <source>No charts in the cache yet.

Drop a chart directory or a .tgz package here to save it, or pull one from a registry.</source>
        <translation>캐시에 차트가 아직 없습니다.

차트 디렉토리나 .tgz 패키지를 여기에 끌어다 놓아 저장하거나, 레지스트리에서 가져오세요.</translation>
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
        <source>Save chart…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>푸시</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>참조 복사</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Registries…</source>
        <translation>레지스트리…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s), %1</source>
        <translation><numerusform>차트 %n개, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cached chart(s) could not be read: %1</source>
        <translation><numerusform>캐시된 차트 %n개를 읽을 수 없습니다: %1</numerusform></translation>
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
        <translation><numerusform>캐시에서 차트 %n개를 제거할까요?

%1</numerusform></translation>
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
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>charthouse::PullJob</name>
    <message>
        <source>Pull %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>%1 is not a Helm chart (its config is %2)</source>
        <translation>%1은(는) Helm 차트가 아닙니다 (구성: %2)</translation>
    </message>
    <message>
        <source>%1 has no chart layer</source>
        <translation>%1에 차트 레이어가 없습니다</translation>
    </message>
</context>
<context>
    <name>charthouse::PushJob</name>
    <message>
        <source>Push %1</source>
        <translation>%1 푸시</translation>
    </message>
    <message>
        <source>pushing needs a tag: %1</source>
        <translation>푸시하려면 태그가 필요합니다: %1</translation>
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
        <translation><numerusform>태그 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>charthouse::RemoveJob</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
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
</context>
<context>
    <name>charthouse::SaveJob</name>
    <message>
        <source>Save %1</source>
        <translation>%1 저장</translation>
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
</context>
<context>
    <name>charthouse::TagsJob</name>
    <message>
        <source>List tags of %1</source>
        <translation>%1의 태그 목록</translation>
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
</context>
</TS>